import { generateHOTP, generateTOTP } from '@oslojs/otp';
import { describe, expect, it } from 'vitest';
import { currentStep, matchTotp, newTotpKey, totpUri } from './totp';

describe('TOTP codes', () => {
  const key = newTotpKey();

  it('uses a 160-bit key and an address authenticator apps read', () => {
    expect(key.byteLength).toBe(20);
    const uri = new URL(totpUri('jimu@example.jp', key));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('issuer')).toBe('Tsunagu');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
  });

  it('accepts the current code and the ones a step before and after, nothing further', () => {
    const now = Date.now();
    const step = currentStep(now);
    const code = (s: number) => generateHOTP(key, BigInt(s), 6);
    expect(matchTotp(key, generateTOTP(key, 30, 6), 0, now)).not.toBeNull();
    expect(matchTotp(key, code(step), 0, now)).toBe(step);
    expect(matchTotp(key, code(step - 1), 0, now)).toBe(step - 1);
    expect(matchTotp(key, code(step + 1), 0, now)).toBe(step + 1);
    expect(matchTotp(key, code(step - 2), 0, now)).toBeNull();
    expect(matchTotp(key, code(step + 2), 0, now)).toBeNull();
    expect(matchTotp(key, '12345', 0, now)).toBeNull();
  });

  it('never accepts a step already used, or one before it', () => {
    const now = Date.now();
    const step = currentStep(now);
    const code = generateHOTP(key, BigInt(step), 6);
    expect(matchTotp(key, code, step, now)).toBeNull();
    expect(matchTotp(key, generateHOTP(key, BigInt(step - 1), 6), step, now)).toBeNull();
  });
});
