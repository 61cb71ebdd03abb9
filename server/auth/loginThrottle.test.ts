import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  SECRETARIAT,
  setUpCouncil,
  TEST_ORIGIN,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { ACCOUNT_LIMIT, SOURCE_LIMIT } from './loginThrottle';

describe.each(TEST_DATABASE_KINDS)('sign-in throttling (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await setUpCouncil(t.app);
  });
  afterAll(() => t.close());

  const signIn = (ip: string, password: string, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      remoteAddress: ip,
      headers: { origin: TEST_ORIGIN, ...(cookie ? { cookie } : {}) },
      payload: { email: SECRETARIAT.email, password },
    });
  const deviceCookieOf = (response: Awaited<ReturnType<typeof signIn>>) => {
    const device = response.cookies.find((c) => c.name === 'tsunagu_device');
    if (!device) throw new Error('no device cookie');
    return `tsunagu_device=${device.value}`;
  };

  it('refuses a source after repeated failures, while the owner elsewhere still signs in', async () => {
    for (let i = 0; i < SOURCE_LIMIT.max; i++) {
      expect((await signIn('203.0.113.1', 'wrong password')).statusCode).toBe(401);
    }
    const fromAttacker = await signIn('203.0.113.1', SECRETARIAT.password);
    expect(fromAttacker.statusCode).toBe(429);
    expect(fromAttacker.json().error).toBe('too_many_attempts');
    expect((await signIn('198.51.100.7', SECRETARIAT.password)).statusCode).toBe(200);
  });

  it('locks the account against new devices after many failures from many sources; the owner’s known device still gets in', async () => {
    const owner = await signIn('198.51.100.7', SECRETARIAT.password);
    expect(owner.statusCode).toBe(200);
    const device = deviceCookieOf(owner);
    for (let i = 0; i < ACCOUNT_LIMIT.max; i++) {
      await signIn(`192.0.2.${i + 1}`, 'wrong password');
    }
    const stranger = await signIn('192.0.2.200', SECRETARIAT.password);
    expect(stranger.statusCode).toBe(429);
    expect(stranger.json().error).toBe('account_locked_for_new_devices');
    // A cookie forged for the device, or one issued to another account, does not count.
    const forged = await signIn('192.0.2.201', SECRETARIAT.password, 'tsunagu_device=abc.def');
    expect(forged.statusCode).toBe(429);
    const known = await signIn('198.51.100.8', SECRETARIAT.password, device);
    expect(known.statusCode).toBe(200);
  });

  it('a known device still cannot guess: its own failures lock it like any source', async () => {
    const owner = await signIn('198.51.100.9', SECRETARIAT.password);
    const device = deviceCookieOf(owner);
    for (let i = 0; i < SOURCE_LIMIT.max; i++) {
      await signIn('198.51.100.9', 'wrong password', device);
    }
    expect((await signIn('198.51.100.9', SECRETARIAT.password, device)).statusCode).toBe(429);
  });
});
