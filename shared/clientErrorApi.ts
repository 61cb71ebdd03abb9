// What the browser sends when a page fails (POST /api/client-errors): enough to find the fault
// in the server's log, nothing of what the person was working on. The client trims to these
// bounds before sending; a longer report is refused, not cut, so the bounds are the contract.
import { z } from 'zod';
import { text } from './issues/text';

export const CLIENT_ERROR_LIMITS = {
  message: 500,
  stack: 4000,
  stackLines: 30,
  route: 300,
  buildId: 64,
} as const;

/** Where the error was caught: the route's error element, or the window's two last resorts. */
export const clientErrorKinds = ['route', 'error', 'unhandledrejection'] as const;

export const clientErrorReport = z.strictObject({
  kind: z.enum(clientErrorKinds),
  message: text().max(CLIENT_ERROR_LIMITS.message),
  stack: text({ multiline: true }).max(CLIENT_ERROR_LIMITS.stack).optional(),
  // The route's pattern (/boards/:boardId), never the address itself: a guest link's token is in
  // its path.
  route: text().max(CLIENT_ERROR_LIMITS.route),
  buildId: text().min(1).max(CLIENT_ERROR_LIMITS.buildId),
});
export type ClientErrorReport = z.infer<typeof clientErrorReport>;
