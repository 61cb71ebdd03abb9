import { CLIENT_ERROR_LIMITS, type ClientErrorReport } from '../../../shared/clientErrorApi';
import { noContent, request } from '../api/http';

// A page that fails in someone's browser is otherwise seen by nobody: the report goes to the
// server's log (POST /api/client-errors). Only what finds the fault is sent — the message, the
// top of the stack, the route's pattern and the build — never the address, a form or the data.

/** A page in an error loop stops reporting after this many (the server also counts). */
const MAX_REPORTS_PER_PAGE = 10;
const sent = new Set<string>();

// Control characters the report's text fields refuse (the stack keeps its line feeds).
const CONTROL = /\p{Cc}/gu;
const CONTROL_BUT_LINES = /(?![\n\t])\p{Cc}/gu;

/** The route's pattern of an address: each parameter's value replaced by its name. */
export function routePattern(
  pathname: string,
  params: Readonly<Record<string, string | undefined>>,
): string {
  const segments = pathname.split('/');
  const splat = params['*'];
  // The catch-all route (an unknown address): what it caught is not sent.
  const kept = splat ? segments.slice(0, segments.length - splat.split('/').length) : segments;
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    if (name !== '*' && value) names.set(value, name);
  }
  const pattern = kept.map((segment) => {
    const name = names.get(safeDecode(segment));
    return name ? `:${name}` : segment;
  });
  return (splat ? [...pattern, '*'] : pattern).join('/').slice(0, CLIENT_ERROR_LIMITS.route);
}

function safeDecode(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The message and the top of the stack, within the report's bounds. */
export function describeError(error: unknown): Pick<ClientErrorReport, 'message' | 'stack'> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : safeString(error);
  const stack =
    error instanceof Error && error.stack
      ? error.stack
          .replace(CONTROL_BUT_LINES, ' ')
          .split('\n')
          .slice(0, CLIENT_ERROR_LIMITS.stackLines)
          .join('\n')
          .slice(0, CLIENT_ERROR_LIMITS.stack)
      : undefined;
  return {
    message: message.replace(CONTROL, ' ').slice(0, CLIENT_ERROR_LIMITS.message) || '(no message)',
    ...(stack ? { stack } : {}),
  };
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

/** Sends one report; the same error is sent once. Never throws: reporting must not fail a page. */
export function reportClientError(
  kind: ClientErrorReport['kind'],
  error: unknown,
  route: string,
): void {
  const described = describeError(error);
  const key = `${described.message}\n${described.stack ?? ''}`;
  if (sent.has(key) || sent.size >= MAX_REPORTS_PER_PAGE) return;
  sent.add(key);
  const report: ClientErrorReport = { kind, ...described, route, buildId: __BUILD_ID__ };
  request('POST', '/client-errors', report, noContent).catch(() => undefined);
}

/** Reports the window's uncaught errors and rejections; returns the way to stop. */
export function reportWindowErrors(route: () => string): () => void {
  const onError = (event: ErrorEvent) => {
    // Chromium's notice that a resize observer skipped a frame: not a fault of the page.
    if (/^ResizeObserver loop/u.test(event.message)) return;
    reportClientError('error', event.error ?? event.message, route());
  };
  const onRejection = (event: PromiseRejectionEvent) =>
    reportClientError('unhandledrejection', event.reason, route());
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
}

/** For tests: forget what was sent. */
export function resetReportedErrors() {
  sent.clear();
}
