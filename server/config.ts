import { resolve } from 'node:path';
import { z } from 'zod';

// Every environment variable the server reads, in one place; README.md lists the same.
const env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  // Several processes (docs/deploy.md): every process of one deployment gets the same PostgreSQL
  // DATABASE_URL and REDIS_URL; keys in Redis start with REDIS_PREFIX. PROCESS_NAME names the
  // process in the x-tsunagu-process response header (default: host name and pid).
  REDIS_URL: z.string().url().optional(),
  REDIS_PREFIX: z.string().min(1).default('tsunagu:'),
  PROCESS_NAME: z.string().min(1).optional(),
  // How often each process re-reads, from PostgreSQL, what its loaded documents may have missed
  // of the others' edits beyond what Redis relays (a safety net; docs/realtime.md).
  REDIS_CATCH_UP_SECONDS: z.coerce.number().min(1).default(10),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Comma-separated origins allowed to send state-changing requests and open sockets. Behind a
  // reverse proxy, set it to the public URL (e.g. https://tsunagu.example.jp).
  PUBLIC_ORIGIN: z.string().optional(),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  // Sign-in, setup and invitation attempts allowed per IP address per minute.
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  // Case spaces refuse a session unused for this long (they hold sensitive personal information).
  CASE_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  // Base64 of at least 32 random bytes: the key of the audit log's chain, known-device cookies and
  // second-factor secrets. Without it, DATA_DIR/secret.key is made on first start and kept.
  TSUNAGU_SECRET: z.string().min(44).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  redisPrefix: string;
  processName: string | undefined;
  catchUpIntervalMs: number;
  production: boolean;
  allowedOrigins: string[] | undefined;
  trustProxy: boolean;
  authRateLimit: number;
  caseIdleMs: number;
  logLevel: string;
  secret: string | undefined;
};

export function readConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.REDIS_URL && !e.DATABASE_URL) {
    throw new Error(
      'Invalid configuration:\n  REDIS_URL: several processes need DATABASE_URL (PostgreSQL); the built-in database serves one process',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    processName: e.PROCESS_NAME,
    catchUpIntervalMs: e.REDIS_CATCH_UP_SECONDS * 1000,
    production: e.NODE_ENV === 'production',
    allowedOrigins: e.PUBLIC_ORIGIN?.split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
    trustProxy: e.TRUST_PROXY === 'true',
    authRateLimit: e.AUTH_RATE_LIMIT,
    caseIdleMs: e.CASE_IDLE_MINUTES * 60 * 1000,
    logLevel: e.LOG_LEVEL,
    secret: e.TSUNAGU_SECRET,
  };
}
