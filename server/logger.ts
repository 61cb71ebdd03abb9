import pino, { type Logger } from 'pino';

/** The app's one logger: Fastify's requests and the realtime server both write to it. */
export function createLogger(level: string): Logger {
  return pino({ level, redact: ['req.headers.cookie'] });
}
