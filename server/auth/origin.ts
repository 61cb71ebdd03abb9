import type { IncomingHttpHeaders } from 'node:http';

// CSRF defence for cookie sessions: state-changing requests and socket upgrades must come from
// our own origin. With PUBLIC_ORIGIN set (behind a proxy) that list is the truth; otherwise the
// origin must match the Host the request was sent to.
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
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
