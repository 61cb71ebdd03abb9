import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOfJapanDay } from '../../shared/councilDay';
import { listAudit } from '../audit/auditLog';
import { councils, secondFactors } from '../db/schema';
import {
  addMember,
  call,
  createTestApp,
  SECRETARIAT,
  sessionCookieOf,
  setUpCouncil,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { currentStep } from './totp';

// Two-step sign-in over HTTP: setup with a code, sign-in with a code or a recovery code, the
// lock after five wrong codes, the case gate once the council requires it, the secretariat's
// audited reset. Codes are computed here with @oslojs/otp, as an authenticator app would.

const PASSWORD = 'member password 1';
const codeFor = (secret: string, stepOffset = 0) =>
  generateHOTP(decodeBase32IgnorePadding(secret), BigInt(currentStep() + stepOffset), 6);

describe.each(TEST_DATABASE_KINDS)('two-step sign-in (%s)', (kind) => {
  let t: TestApp;
  let secretariat: { cookie: string; councilId: string; userId: string };
  let people = 0;
  beforeAll(async () => {
    t = await createTestApp(kind);
    secretariat = await setUpCouncil(t.app);
  });
  afterAll(() => t?.close());

  const newMember = async () => {
    const email = `twostep-${++people}@example.jp`;
    const member = await addMember(
      t.app,
      secretariat.cookie,
      secretariat.councilId,
      'member',
      email,
    );
    return { ...member, email };
  };
  /** Sets up an authenticator for the person; returns its secret, codes and the new cookie. */
  const enrol = async (cookie: string) => {
    const setup = await call(t.app, { method: 'POST', url: '/api/me/second-factor/setup', cookie });
    expect(setup.statusCode).toBe(200);
    const { secret, uri } = setup.json() as { secret: string; uri: string };
    expect(uri).toContain(secret);
    expect(decodeBase32IgnorePadding(secret).byteLength).toBe(20);
    const wrong = await call(t.app, {
      method: 'POST',
      url: '/api/me/second-factor/confirm',
      cookie,
      body: { code: '000000' === codeFor(secret) ? '111111' : '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    const confirmed = await call(t.app, {
      method: 'POST',
      url: '/api/me/second-factor/confirm',
      cookie,
      body: { code: codeFor(secret) },
    });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
    return { secret, recoveryCodes, cookie: sessionCookieOf(confirmed) };
  };
  const passwordStep = async (email: string) => {
    const response = await call(t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email, password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ secondFactorRequired: true });
    expect(response.cookies.find((c) => c.name === 'tsunagu_session')).toBeUndefined();
    const pending = response.cookies.find((c) => c.name === 'tsunagu_pending');
    return `tsunagu_pending=${pending?.value}`;
  };
  const secondStep = (pending: string, body: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      headers: { origin: 'http://localhost:3000', cookie: pending },
      payload: body,
    });

  it('sets up with a confirmed code, stores the key only encrypted, gives ten recovery codes once', async () => {
    const person = await newMember();
    const { secret, recoveryCodes } = await enrol(person.cookie);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const [row] = await t.database.db
      .select()
      .from(secondFactors)
      .where(eq(secondFactors.userId, person.userId));
    expect(row?.totpSecret).not.toContain(secret);
    expect(
      Buffer.from(row?.totpSecret ?? '', 'base64').includes(
        Buffer.from(decodeBase32IgnorePadding(secret)),
      ),
    ).toBe(false);
    // The session that set it up was ended with the others (a second-factor change).
    const old = await call(t.app, { method: 'GET', url: '/api/me', cookie: person.cookie });
    expect(old.statusCode).toBe(401);
  });

  it('signs in with the password and then a code; a code is not accepted twice', async () => {
    const person = await newMember();
    const { secret } = await enrol(person.cookie);
    const pending = await passwordStep(person.email);
    const code = codeFor(secret, 1);
    const signedIn = await secondStep(pending, { code });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user.email).toBe(person.email);
    const me = await call(t.app, {
      method: 'GET',
      url: '/api/me',
      cookie: sessionCookieOf(signedIn),
    });
    expect(me.statusCode).toBe(200);
    const again = await secondStep(await passwordStep(person.email), { code });
    expect(again.statusCode).toBe(401);
  });

  it('signs in with a recovery code once; it does not work a second time', async () => {
    const person = await newMember();
    const { recoveryCodes } = await enrol(person.cookie);
    const code = (recoveryCodes[3] ?? '').toUpperCase();
    expect(
      (await secondStep(await passwordStep(person.email), { recoveryCode: code })).statusCode,
    ).toBe(200);
    expect(
      (await secondStep(await passwordStep(person.email), { recoveryCode: code })).statusCode,
    ).toBe(401);
  });

  it('five wrong codes lock the second factor for 15 minutes, even against the right code', async () => {
    const person = await newMember();
    const { secret } = await enrol(person.cookie);
    const pending = await passwordStep(person.email);
    const wrong = codeFor(secret) === '123456' ? '654321' : '123456';
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push((await secondStep(pending, { code: wrong })).statusCode);
    expect(answers).toEqual([401, 401, 401, 401, 429]);
    const locked = await secondStep(pending, { code: codeFor(secret) });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toBe('second_factor_locked');
    // The password itself still works: only the second step is locked.
    await passwordStep(person.email);
  });

  it('without the pending cookie there is no second step', async () => {
    const forged = await secondStep('tsunagu_pending=someone.9999999999999.forged', {
      code: '123456',
    });
    expect(forged.statusCode).toBe(401);
  });

  it('once the council requires it, a case opens only to a session signed in with a second factor', async () => {
    const person = await newMember();
    const created = await call(t.app, {
      method: 'POST',
      url: `/api/councils/${secretariat.councilId}/cases`,
      cookie: person.cookie,
      body: { pseudonym: 'Cさん', legalBasis: 'supportMeeting106_6', agency: '相談支援事業所' },
    });
    expect(created.statusCode).toBe(201);
    const caseId = created.json().id as string;
    await call(t.app, {
      method: 'POST',
      url: `/api/cases/${caseId}/pledge`,
      cookie: person.cookie,
    });
    const before = await call(t.app, {
      method: 'GET',
      url: '/api/me/second-factor',
      cookie: person.cookie,
    });
    // A case member is told the council's day (set up in this test's fixture, months ahead).
    expect(before.json()).toMatchObject({
      enabled: false,
      requiredFrom: startOfJapanDay(SECRETARIAT.secondFactorRequiredFrom).toISOString(),
    });
    // Within the notice period the case still opens.
    expect(
      (await call(t.app, { method: 'GET', url: `/api/cases/${caseId}`, cookie: person.cookie }))
        .statusCode,
    ).toBe(200);

    await t.database.db
      .update(councils)
      .set({ secondFactorRequiredFrom: new Date(Date.now() - 1000) })
      .where(eq(councils.id, secretariat.councilId));
    try {
      const refused = await call(t.app, {
        method: 'GET',
        url: `/api/cases/${caseId}`,
        cookie: person.cookie,
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toBe('second_factor_required');
      const { cookie } = await enrol(person.cookie);
      expect(
        (await call(t.app, { method: 'GET', url: `/api/cases/${caseId}`, cookie })).statusCode,
      ).toBe(200);
    } finally {
      await t.database.db
        .update(councils)
        .set({ secondFactorRequiredFrom: new Date(Date.now() + 14 * 24 * 3600 * 1000) })
        .where(eq(councils.id, secretariat.councilId));
    }
  });

  it('the secretariat resets a lost second factor: audited, the person signs in with the password again', async () => {
    const person = await newMember();
    const { cookie } = await enrol(person.cookie);
    const byMember = await call(t.app, {
      method: 'DELETE',
      url: `/api/councils/${secretariat.councilId}/members/${person.userId}/second-factor`,
      cookie,
    });
    expect(byMember.statusCode).toBe(403);
    const reset = await call(t.app, {
      method: 'DELETE',
      url: `/api/councils/${secretariat.councilId}/members/${person.userId}/second-factor`,
      cookie: secretariat.cookie,
    });
    expect(reset.statusCode).toBe(204);
    expect((await call(t.app, { method: 'GET', url: '/api/me', cookie })).statusCode).toBe(401);
    const signIn = await call(t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: person.email, password: PASSWORD },
    });
    expect(signIn.json().user.email).toBe(person.email);
    const audit = await listAudit(t.database.db, { councilId: secretariat.councilId });
    expect(audit.find((e) => e.action === 'account.secondFactorReset')).toMatchObject({
      actorId: secretariat.userId,
    });
  });
});
