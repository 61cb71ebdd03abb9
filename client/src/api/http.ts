import { z } from 'zod';

// The one way the client talks to the HTTP API: JSON in and out, the session cookie, and every
// failure turned into an ApiError that pages can describe to the person in their language.
// A response is checked against its shared zod schema (shared/api.ts), not cast: a server of
// another version, or a bug, shows as `bad_response` naming what did not match.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The server's machine-readable `error` code, or `network` when the server was unreachable. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const sessionLostListeners = new Set<() => void>();

/** Called when a request finds the session gone (expired, or signed out on another device). */
export function onSessionLost(listener: () => void): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string') {
    const message = 'message' in body && typeof body.message === 'string' ? body.message : '';
    return new ApiError(response.status, body.error, message);
  }
  return new ApiError(response.status, 'http_error', response.statusText);
}

/** The UI language (i18n keeps <html lang> in step), so the server words its errors in it. */
function language(): string {
  return typeof document === 'undefined' ? 'ja' : document.documentElement.lang || 'ja';
}

/** What did not match, for the developer: `path: message` of each zod issue. */
function mismatch(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
}

/** The schema of an answer the client does not read: 204 No Content, or an acknowledgement. */
export const noContent = z.unknown().transform((): void => undefined);

/**
 * `response`: the schema the answer must match (what the caller gets is what it parsed to);
 * `noContent` for an answer that is not read.
 */
export async function request<T>(
  method: Method,
  path: string,
  body: unknown,
  response: z.ZodType<T>,
): Promise<T> {
  let answer: Response;
  try {
    answer = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json', 'accept-language': language() }
          : {
              accept: 'application/json',
              'accept-language': language(),
              'content-type': 'application/json',
            },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }
  if (!answer.ok) {
    const error = await errorFrom(answer);
    if (error.code === 'unauthorized') for (const listener of sessionLostListeners) listener();
    throw error;
  }
  const json: unknown = answer.status === 204 ? undefined : await answer.json();
  const parsed = response.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new ApiError(
    answer.status,
    'bad_response',
    `${method} /api${path} answered an unexpected shape: ${mismatch(parsed.error)}`,
  );
}
