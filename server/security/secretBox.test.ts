import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from './secretBox';

describe('sealed secrets', () => {
  const key = randomBytes(32);
  const secret = randomBytes(20);

  it('opens what it sealed, and the sealed text shows nothing of the secret', () => {
    const sealed = sealSecret(key, secret, 'user-a');
    expect(openSecret(key, sealed, 'user-a')).toEqual(new Uint8Array(secret));
    expect(Buffer.from(sealed, 'base64').includes(secret)).toBe(false);
    expect(sealSecret(key, secret, 'user-a')).not.toBe(sealed);
  });

  it('refuses another key, another owner, or a changed byte', () => {
    const sealed = sealSecret(key, secret, 'user-a');
    expect(() => openSecret(randomBytes(32), sealed, 'user-a')).toThrow();
    expect(() => openSecret(key, sealed, 'user-b')).toThrow();
    const bytes = Buffer.from(sealed, 'base64');
    bytes[14] = (bytes[14] ?? 0) ^ 1;
    expect(() => openSecret(key, bytes.toString('base64'), 'user-a')).toThrow();
  });
});
