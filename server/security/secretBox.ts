import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Secrets kept in the database encrypted (second-factor keys): AES-256-GCM with the server's
// `secrets` key, which is never in the database. `context` (the owner's id) is authenticated
// with it, so a database writer cannot move one person's secret to another account.

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealSecret(key: Uint8Array, secret: Uint8Array, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(secret), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
}

/** The secret, or throws when the box was altered, sealed for another context or another key. */
export function openSecret(key: Uint8Array, sealed: string, context: string): Uint8Array {
  const bytes = Buffer.from(sealed, 'base64');
  const iv = bytes.subarray(0, IV_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(tag);
  const body = bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES);
  return new Uint8Array(Buffer.concat([decipher.update(body), decipher.final()]));
}
