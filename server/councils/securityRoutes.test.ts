import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../audit/auditLog';
import { currentStep } from '../auth/totp';
import { addMember, call, createTestApp, setUpCouncil, type TestApp } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { japanDay, startOfJapanDay } from './securityRoutes';

// The council's two-step setting: only the secretariat reads or changes it, a change is audited,
// and it is what decides from when the people it covers are asked for a second factor.

describe('Japan days', () => {
  it('a day starts at midnight Japan time, whatever the server’s zone', () => {
    expect(startOfJapanDay('2027-04-01').toISOString()).toBe('2027-03-31T15:00:00.000Z');
    expect(japanDay(new Date('2027-03-31T14:59:59Z'))).toBe('2027-03-31');
    expect(japanDay(new Date('2027-03-31T15:00:00Z'))).toBe('2027-04-01');
  });
});

describe.each(TEST_DATABASE_KINDS)('council security setting (%s)', (kind) => {
  let t: TestApp;
  let secretariat: { cookie: string; councilId: string; userId: string };
  let member: { cookie: string; userId: string };
  beforeAll(async () => {
    t = await createTestApp(kind);
    secretariat = await setUpCouncil(t.app);
    member = await addMember(
      t.app,
      secretariat.cookie,
      secretariat.councilId,
      'member',
      'security-member@example.jp',
    );
  });
  afterAll(() => t?.close());

  const url = () => `/api/councils/${secretariat.councilId}/security`;
  const put = (cookie: string, body: unknown) =>
    call(t.app, { method: 'PUT', url: url(), cookie, body });

  it('is not required until the secretariat sets a day; members may neither read nor change it', async () => {
    const read = await call(t.app, { method: 'GET', url: url(), cookie: secretariat.cookie });
    expect(read.json()).toEqual({ secondFactorRequiredFrom: null });
    expect(
      (await call(t.app, { method: 'GET', url: url(), cookie: member.cookie })).statusCode,
    ).toBe(403);
    expect((await put(member.cookie, { secondFactorRequiredFrom: '2027-04-01' })).statusCode).toBe(
      403,
    );
    const after = await call(t.app, { method: 'GET', url: url(), cookie: secretariat.cookie });
    expect(after.json()).toEqual({ secondFactorRequiredFrom: null });
  });

  it('refuses what is not a calendar day, with the field named', async () => {
    for (const bad of ['2027-02-30', '1/4/2027', '', 20270401]) {
      const response = await put(secretariat.cookie, { secondFactorRequiredFrom: bad });
      expect(response.statusCode, String(bad)).toBe(400);
      expect(response.body).toContain('secondFactorRequiredFrom');
    }
    expect(
      (await put(secretariat.cookie, { secondFactorRequiredFrom: null, extra: 1 })).statusCode,
    ).toBe(400);
  });

  it('a day set by the secretariat is what the covered people are told, and the change is audited', async () => {
    const set = await put(secretariat.cookie, { secondFactorRequiredFrom: '2027-04-01' });
    expect(set.json()).toEqual({ secondFactorRequiredFrom: '2027-04-01' });
    const status = await call(t.app, {
      method: 'GET',
      url: '/api/me/second-factor',
      cookie: secretariat.cookie,
    });
    expect(status.json().requiredFrom).toBe('2027-03-31T15:00:00.000Z');
    // A plain member in no case space is not covered.
    const memberStatus = await call(t.app, {
      method: 'GET',
      url: '/api/me/second-factor',
      cookie: member.cookie,
    });
    expect(memberStatus.json().requiredFrom).toBeNull();

    await put(secretariat.cookie, { secondFactorRequiredFrom: null });
    const audit = await listAudit(t.database.db, { councilId: secretariat.councilId });
    const changes = audit.filter((e) => e.action === 'council.secondFactorRequirement');
    expect(changes.map((e) => JSON.parse(e.detail))).toEqual(
      expect.arrayContaining([
        { from: null, to: '2027-04-01' },
        { from: '2027-04-01', to: null },
      ]),
    );
    expect(changes.every((e) => e.actorId === secretariat.userId)).toBe(true);
  });

  it('the member list says who has set up two-step sign-in (started but unconfirmed does not count)', async () => {
    const listed = async () => {
      const members = await call(t.app, {
        method: 'GET',
        url: `/api/councils/${secretariat.councilId}/members`,
        cookie: secretariat.cookie,
      });
      const rows = members.json() as { userId: string; secondFactor: boolean }[];
      return rows.find((r) => r.userId === member.userId)?.secondFactor;
    };
    expect(await listed()).toBe(false);
    const setup = await call(t.app, {
      method: 'POST',
      url: '/api/me/second-factor/setup',
      cookie: member.cookie,
    });
    const { secret } = setup.json() as { secret: string };
    expect(await listed()).toBe(false);
    const code = generateHOTP(decodeBase32IgnorePadding(secret), BigInt(currentStep()), 6);
    const confirmed = await call(t.app, {
      method: 'POST',
      url: '/api/me/second-factor/confirm',
      cookie: member.cookie,
      body: { code },
    });
    expect(confirmed.statusCode).toBe(200);
    expect(await listed()).toBe(true);
  });
});
