import { describe, expect, it } from 'vitest';
import { appCodeSchema, recoveryCodeSchema, typedCode } from './codeFields';

describe('codes as people type them', () => {
  it('ignores spaces, hyphens and full-width digits', () => {
    expect(typedCode(' 123 456 ')).toBe('123456');
    expect(typedCode('１２３\u3000４５６')).toBe('123456');
    expect(typedCode('abcd-efgh-ijkl')).toBe('abcdefghijkl');
  });

  it('asks for six digits from the app, with the sixDigitCode issue', () => {
    expect(appCodeSchema.safeParse({ code: '123 456' }).success).toBe(true);
    for (const code of ['12345', '1234567', 'abcdef', '']) {
      const result = appCodeSchema.safeParse({ code });
      expect(result.success, code).toBe(false);
    }
    const short = appCodeSchema.safeParse({ code: '12345' });
    expect(JSON.stringify(short.error?.issues)).toContain('sixDigitCode');
  });

  it('takes any non-empty recovery code (the server knows which are real)', () => {
    expect(recoveryCodeSchema.safeParse({ recoveryCode: 'abcd-efgh-ijkl' }).success).toBe(true);
    expect(recoveryCodeSchema.safeParse({ recoveryCode: ' - ' }).success).toBe(false);
  });
});
