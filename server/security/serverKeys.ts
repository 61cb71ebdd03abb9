import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Keys that must never sit in the database (a database dump or a superuser must not be able to
// forge audit entries, known-device cookies or read second-factor secrets). One master secret,
// from TSUNAGU_SECRET or a file in the data directory made on first start, and one key per
// purpose derived from it, so a key used for one thing is never used for another.

export type ServerKeys = {
  /** HMAC key chaining the audit log. */
  audit: Uint8Array;
  /** HMAC key signing known-device cookies (sign-in throttling). */
  device: Uint8Array;
  /** AES-256-GCM key for second-factor secrets. */
  secrets: Uint8Array;
  /** HMAC key signing the cookie between the password and the second factor. */
  pendingSignIn: Uint8Array;
};

export const SECRET_FILE = 'secret.key';
const MIN_SECRET_BYTES = 32;

function derive(master: Uint8Array, purpose: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', master, new Uint8Array(0), `tsunagu:${purpose}`, 32));
}

export function keysFromSecret(master: Uint8Array): ServerKeys {
  if (master.length < MIN_SECRET_BYTES) {
    throw new Error(`The server secret must be at least ${MIN_SECRET_BYTES} bytes.`);
  }
  return {
    audit: derive(master, 'audit'),
    device: derive(master, 'device'),
    secrets: derive(master, 'secrets'),
    pendingSignIn: derive(master, 'pending-sign-in'),
  };
}

/** The secret from the environment (base64), else the data directory's file, made if missing. */
export function loadServerKeys(dataDir: string, fromEnv: string | undefined): ServerKeys {
  if (fromEnv) return keysFromSecret(Buffer.from(fromEnv, 'base64'));
  const file = join(dataDir, SECRET_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    // 'wx': two processes starting at once must not each write a different secret.
    try {
      writeFileSync(file, randomBytes(MIN_SECRET_BYTES).toString('base64'), {
        mode: 0o600,
        flag: 'wx',
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return keysFromSecret(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
}

/** Fresh random keys, for tests that need no persistence. */
export function randomServerKeys(): ServerKeys {
  return keysFromSecret(randomBytes(MIN_SECRET_BYTES));
}
