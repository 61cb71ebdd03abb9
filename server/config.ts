import { resolve } from 'node:path';
import { z } from 'zod';

// Every environment variable the server reads, in one place; README.md lists the same.
const env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
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
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
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
