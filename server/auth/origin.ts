import type { IncomingHttpHeaders } from 'node:http';

// CSRF defence for cookie sessions: state-changing requests and socket upgrades must come from
// our own origin. With PUBLIC_ORIGIN set (behind a proxy) that list is the truth; otherwise the
// origin must be this server's own: plain http (the server itself never speaks TLS; behind a TLS
// proxy PUBLIC_ORIGIN is required) on the Host the request was sent to. Compared exactly, as a
// browser serialises an origin: scheme, host and port, lower case, default port left out.
export function isAllowedOrigin(
  headers: IncomingHttpHeaders,
  allowedOrigins: string[] | undefined,
): boolean {
  const origin = headers.origin;
  if (!origin) return false;
  if (allowedOrigins) return allowedOrigins.includes(origin);
  const host = headers.host;
  if (!host) return false;
  try {
    return new URL(`http://${host}`).origin === origin;
  } catch {
    return false;
  }
}
