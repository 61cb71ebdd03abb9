import type { Logger } from 'pino';

// The realtime server logs through the app's pino logger (server/logger.ts), so LOG_LEVEL decides
// what is written. Every entry names the document (`doc`) and, where there is one, the user.
export type RealtimeLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;
