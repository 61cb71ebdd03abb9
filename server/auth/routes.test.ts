import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createTestApp,
  SECRETARIAT,
  sessionCookieOf,
  setUpCouncil,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

describe.each(TEST_DATABASE_KINDS)('accounts and sessions (%s)', (kind) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('offers setup only while no council exists, then never again', async () => {
    expect((await call(t.app, { method: 'GET', url: '/api/status' })).json()).toEqual({
      setupRequired: true,
    });
    const setup = await setUpCouncil(t.app);
    cookie = setup.cookie;
    expect((await call(t.app, { method: 'GET', url: '/api/status' })).json()).toEqual({
      setupRequired: false,
    });
    const again = await call(t.app, {
      method: 'POST',
      url: '/api/setup',
      body: { ...SECRETARIAT, email: 'other@example.jp' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('signs the setup account in as the secretariat of the new council', async () => {
    const me = await call(t.app, { method: 'GET', url: '/api/me', cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { email: SECRETARIAT.email, displayName: SECRETARIAT.displayName, locale: 'ja' },
      councils: [{ name: SECRETARIAT.councilName, role: 'secretariat' }],
    });
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and stores only the token hash', async () => {
    const response = await call(t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: SECRETARIAT.email, password: SECRETARIAT.password },
    });
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    const token = sessionCookieOf(response).split('=')[1] as string;
    const stored = await t.database.db.query.sessions.findMany();
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some((s) => s.id === token)).toBe(false);
  });

  it('signs in with a differently cased email, and refuses a wrong password without saying which part was wrong', async () => {
    const ok = await call(t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: SECRETARIAT.email.toUpperCase(), password: SECRETARIAT.password },
    });
    expect(ok.statusCode).toBe(200);
    const wrongPassword = await call(t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: SECRETARIAT.email, password: 'not the password' },
    });
    const noAccount = await call(t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: 'nobody@example.jp', password: 'not the password' },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(noAccount.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(noAccount.json());
  });

  it('locks an account after repeated failures, even with the right password', async () => {
    const email = 'locked@example.jp';
    for (let i = 0; i < 5; i++) {
      await call(t.app, {
        method: 'POST',
        url: '/api/auth/sign-in',
        body: { email, password: 'wrong' },
      });
    }
    const locked = await call(t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email, password: 'wrong' },
    });
    expect(locked.statusCode).toBe(429);
    // Other accounts are not affected.
    const other = await call(t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: SECRETARIAT.email, password: SECRETARIAT.password },
    });
    expect(other.statusCode).toBe(200);
  });

  it('signs out server-side: the old cookie no longer works', async () => {
    const signIn = await call(t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: SECRETARIAT.email, password: SECRETARIAT.password },
    });
    const session = sessionCookieOf(signIn);
    expect((await call(t.app, { method: 'GET', url: '/api/me', cookie: session })).statusCode).toBe(
      200,
    );
    expect(
      (await call(t.app, { method: 'POST', url: '/api/auth/sign-out', cookie: session }))
        .statusCode,
    ).toBe(204);
    expect((await call(t.app, { method: 'GET', url: '/api/me', cookie: session })).statusCode).toBe(
      401,
    );
  });

  it('signs out everywhere', async () => {
    const sessions = await Promise.all(
      [1, 2].map(async () =>
        sessionCookieOf(
          await call(t.app, {
            method: 'POST',
            url: '/api/auth/sign-in',
            body: { email: SECRETARIAT.email, password: SECRETARIAT.password },
          }),
        ),
      ),
    );
    const [a, b] = sessions as [string, string];
    await call(t.app, { method: 'POST', url: '/api/auth/sign-out-everywhere', cookie: a });
    expect((await call(t.app, { method: 'GET', url: '/api/me', cookie: b })).statusCode).toBe(401);
    expect((await call(t.app, { method: 'GET', url: '/api/me', cookie })).statusCode).toBe(401);
  });

  it('answers a forged or expired session cookie with 401', async () => {
    const forged = await call(t.app, {
      method: 'GET',
      url: '/api/me',
      cookie: 'tsunagu_session=forged-token-value',
    });
    expect(forged.statusCode).toBe(401);
    const fresh = sessionCookieOf(
      await call(t.app, {
        method: 'POST',
        url: '/api/auth/sign-in',
        body: { email: SECRETARIAT.email, password: SECRETARIAT.password },
      }),
    );
    await t.database.db
      .update((await import('../db/schema')).sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) });
    expect((await call(t.app, { method: 'GET', url: '/api/me', cookie: fresh })).statusCode).toBe(
      401,
    );
  });

  it('refuses state-changing requests from another origin or with no origin (CSRF)', async () => {
    const body = { email: SECRETARIAT.email, password: SECRETARIAT.password };
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { origin: 'https://evil.example' },
      payload: body,
    });
    expect(foreign.statusCode).toBe(403);
    const none = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: body });
    expect(none.statusCode).toBe(403);
  });

  it('updates the profile and changes the password, signing out other devices', async () => {
    const login = async (password: string) =>
      call(t.app, {
        method: 'POST',
        url: '/api/auth/sign-in',
        body: { email: SECRETARIAT.email, password },
      });
    const here = sessionCookieOf(await login(SECRETARIAT.password));
    const elsewhere = sessionCookieOf(await login(SECRETARIAT.password));
    const profile = await call(t.app, {
      method: 'PATCH',
      url: '/api/me',
      cookie: here,
      body: { locale: 'en' },
    });
    expect(profile.json().user.locale).toBe('en');
    const easy = await call(t.app, {
      method: 'PATCH',
      url: '/api/me',
      cookie: here,
      body: { locale: 'ja-easy' },
    });
    expect(easy.json().user.locale).toBe('ja-easy');
    const unknown = await call(t.app, {
      method: 'PATCH',
      url: '/api/me',
      cookie: here,
      body: { locale: 'fr' },
    });
    expect(unknown.statusCode).toBe(400);
    const wrong = await call(t.app, {
      method: 'POST',
      url: '/api/me/password',
      cookie: here,
      body: { currentPassword: 'wrong one', newPassword: 'a brand new password' },
    });
    expect(wrong.statusCode).toBe(400);
    const changed = await call(t.app, {
      method: 'POST',
      url: '/api/me/password',
      cookie: here,
      body: { currentPassword: SECRETARIAT.password, newPassword: 'a brand new password' },
    });
    expect(changed.statusCode).toBe(204);
    expect(
      (await call(t.app, { method: 'GET', url: '/api/me', cookie: elsewhere })).statusCode,
    ).toBe(401);
    expect(
      (await call(t.app, { method: 'GET', url: '/api/me', cookie: sessionCookieOf(changed) }))
        .statusCode,
    ).toBe(200);
    expect((await login('a brand new password')).statusCode).toBe(200);
    expect((await login(SECRETARIAT.password)).statusCode).toBe(401);
  });
});
