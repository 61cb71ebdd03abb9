import { clientErrorReport } from '../../shared/clientErrorApi';
import type { App } from '../http/types';

// Errors the browser met (a page that failed to render or load, an uncaught exception or
// rejection) go to the server's log, where whoever runs the server looks; the browser's console
// is seen by nobody. Open to everyone (the sign-in and guest pages fail too), so it is small and
// counted: a page in an error loop must not fill the log.

/** Reports per minute of one person (signed in or a meeting's guest), else of one address. */
export const CLIENT_ERRORS_PER_MINUTE = 10;
/** Bytes of one report: the schema's bounds in UTF-8 and JSON escapes, with room to spare. */
export const CLIENT_ERROR_BODY_LIMIT = 24 * 1024;
const USER_AGENT_LENGTH = 300;

export function clientErrorRoutes(app: App) {
  app.post(
    '/api/client-errors',
    {
      bodyLimit: CLIENT_ERROR_BODY_LIMIT,
      config: {
        rateLimit: {
          max: CLIENT_ERRORS_PER_MINUTE,
          timeWindow: '1 minute',
          // After the session is known: a hall of guests behind one address is many people.
          hook: 'preHandler',
          keyGenerator: (request) => `client-errors:${request.actor?.userId ?? request.ip}`,
        },
      },
      schema: { body: clientErrorReport },
    },
    async (request, reply) => {
      // Who met it, never what they sent or were looking at beyond the route's pattern.
      request.log.warn(
        {
          clientError: {
            ...request.body,
            userAgent: request.headers['user-agent']?.slice(0, USER_AGENT_LENGTH),
          },
          userId: request.actor?.userId ?? null,
        },
        'client error',
      );
      return reply.code(204).send();
    },
  );
}
