import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { japanDay, japanDayAfter, latestSecondFactorDay } from '../../shared/councilDay';
import { listAudit } from '../audit/auditLog';
import { currentStep } from '../auth/totp';
import {
  addMember,
  call,
  createTestApp,
  SECRETARIAT,
  sessionCookieOf,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// The council's two-step setting: only the secretariat reads or changes it, a change is audited,
// it decides who is asked for a second factor and from when, and case members always are.

describe.each(TEST_DATABASE_KINDS)('council security setting (%s)', (kind) => {
  let t: TestApp;
  let secretariat: { cookie: string; councilId: string; userId: string };
  let member: { cookie: string; userId: string };
  let caseMember: { cookie: string; userId: string };
  let caseId = '';
  beforeAll(async () => {
    t = await createTestApp(kind);
    // Set up as the first-run page does, without choosing a day.
    const { secondFactorRequiredFrom: _chosen, ...withoutDay } = SECRETARIAT;
    const setup = await call(t.app, { method: 'POST', url: '/api/setup', body: withoutDay });
    expect(setup.statusCode).toBe(201);
    secretariat = {
      cookie: sessionCookieOf(setup),
      councilId: setup.json().councils[0].id,
      userId: setup.json().user.id,
    };
    const add = (email: string) =>
      addMember(t.app, secretariat.cookie, secretariat.councilId, 'member', email);
    member = await add('security-member@example.jp');
    caseMember = await add('security-case@example.jp');
    const created = await call(t.app, {
      method: 'POST',
      url: `/api/councils/${secretariat.councilId}/cases`,
      cookie: caseMember.cookie,
      body: { pseudonym: 'Dさん', legalBasis: 'supportMeeting106_6', agency: '相談支援事業所' },
    });
    expect(created.statusCode).toBe(201);
    caseId = created.json().id;
    await call(t.app, {
      method: 'POST',
      url: `/api/cases/${caseId}/pledge`,
      cookie: caseMember.cookie,
    });
  });
  afterAll(() => t?.close());

  const url = () => `/api/councils/${secretariat.councilId}/security`;
  const put = (cookie: string, body: unknown) =>
    call(t.app, { method: 'PUT', url: url(), cookie, body });
  const requiredFrom = async (cookie: string) =>
    (await call(t.app, { method: 'GET', url: '/api/me/second-factor', cookie })).json()
      .requiredFrom as string | null;

  it('a new council requires it from the FY2027 start, of its secretariat and case members; members may neither read nor change it', async () => {
    const read = await call(t.app, { method: 'GET', url: url(), cookie: secretariat.cookie });
    expect(read.json()).toEqual({
      secondFactorRequiredFrom: '2027-04-01',
      secondFactorFor: 'secretariat',
    });
    const fy2027 = '2027-03-31T15:00:00.000Z';
    expect(await requiredFrom(secretariat.cookie)).toBe(fy2027);
    expect(await requiredFrom(caseMember.cookie)).toBe(fy2027);
    expect(await requiredFrom(member.cookie)).toBeNull();
    expect(
      (await call(t.app, { method: 'GET', url: url(), cookie: member.cookie })).statusCode,
    ).toBe(403);
    const change = { secondFactorRequiredFrom: '2027-01-04', secondFactorFor: 'everyone' };
    expect((await put(member.cookie, change)).statusCode).toBe(403);
    const after = await call(t.app, { method: 'GET', url: url(), cookie: secretariat.cookie });
    expect(after.json()).toEqual(read.json());
  });

  it('refuses what is not a calendar day, a day beyond the latest, "never", or an unknown group, with the field named', async () => {
    const valid = { secondFactorRequiredFrom: '2027-04-01', secondFactorFor: 'secretariat' };
    for (const bad of ['2027-02-30', '1/4/2027', '', 20270401, null]) {
      const response = await put(secretariat.cookie, { ...valid, secondFactorRequiredFrom: bad });
      expect(response.statusCode, String(bad)).toBe(400);
      expect(response.body).toContain('secondFactorRequiredFrom');
    }
    const latest = latestSecondFactorDay(new Date());
    const tooLate = await put(secretariat.cookie, {
      ...valid,
      secondFactorRequiredFrom: japanDayAfter(new Date(`${latest}T12:00:00+09:00`), 1),
    });
    expect(tooLate.statusCode).toBe(400);
    expect(tooLate.json().issues).toEqual([
      expect.objectContaining({
        path: 'secondFactorRequiredFrom',
        code: 'dayTooLate',
        params: { max: latest },
      }),
    ]);
    for (const bad of ['nobody', 'members', undefined]) {
      const response = await put(secretariat.cookie, { ...valid, secondFactorFor: bad });
      expect(response.statusCode, String(bad)).toBe(400);
      expect(response.body).toContain('secondFactorFor');
    }
    expect((await put(secretariat.cookie, { ...valid, extra: 1 })).statusCode).toBe(400);
  });

  it('who is asked follows the council’s choice, case members always; the case gate does not depend on it; changes are audited', async () => {
    const later = latestSecondFactorDay(new Date());
    const set = await put(secretariat.cookie, {
      secondFactorRequiredFrom: later,
      secondFactorFor: 'everyone',
    });
    expect(set.json()).toEqual({ secondFactorRequiredFrom: later, secondFactorFor: 'everyone' });
    const laterMoment = new Date(`${later}T00:00:00+09:00`).toISOString();
    for (const person of [secretariat, member, caseMember]) {
      expect(await requiredFrom(person.cookie)).toBe(laterMoment);
    }

    // Case members only, from today: the secretariat and a plain member are no longer asked; the
    // case member is, and is refused the case until signed in with a second factor.
    const today = japanDay(new Date());
    await put(secretariat.cookie, {
      secondFactorRequiredFrom: today,
      secondFactorFor: 'caseMembers',
    });
    expect(await requiredFrom(secretariat.cookie)).toBeNull();
    expect(await requiredFrom(member.cookie)).toBeNull();
    expect(await requiredFrom(caseMember.cookie)).toBe(
      new Date(`${today}T00:00:00+09:00`).toISOString(),
    );
    const refused = await call(t.app, {
      method: 'GET',
      url: `/api/cases/${caseId}`,
      cookie: caseMember.cookie,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('second_factor_required');

    await put(secretariat.cookie, {
      secondFactorRequiredFrom: later,
      secondFactorFor: 'secretariat',
    });
    expect(
      (await call(t.app, { method: 'GET', url: `/api/cases/${caseId}`, cookie: caseMember.cookie }))
        .statusCode,
    ).toBe(200);
    const audit = await listAudit(t.database.db, { councilId: secretariat.councilId });
    const changes = audit.filter((e) => e.action === 'council.secondFactorRequirement');
    expect(changes.map((e) => JSON.parse(e.detail))).toEqual(
      expect.arrayContaining([
        {
          from: { secondFactorRequiredFrom: '2027-04-01', secondFactorFor: 'secretariat' },
          to: { secondFactorRequiredFrom: later, secondFactorFor: 'everyone' },
        },
        {
          from: { secondFactorRequiredFrom: later, secondFactorFor: 'everyone' },
          to: { secondFactorRequiredFrom: today, secondFactorFor: 'caseMembers' },
        },
      ]),
    );
    expect(changes).toHaveLength(3);
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
