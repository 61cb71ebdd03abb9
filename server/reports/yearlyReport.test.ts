import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_CARD_STATUSES } from '../../shared/domain';
import type { YearlyReportView } from '../../shared/reports/reportApi';
import { councilTerms } from '../cards/store';
import { DEMO_PREVIOUS_CARDS, DEMO_SUBCOMMITTEES, DEMO_TERMS } from '../demo/issueCards';
import { DEMO_ACCOUNTS, seedDemo } from '../demo/seed';
import { docxXml } from '../testing/docxXml';
import {
  call,
  createTestApp,
  sessionCookieOf,
  signInToOtherCouncil,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { createMeeting } from '../testing/testMeeting';

// The 年次報告 of the demo council's terms: 第9期 closed (cards carried into 第10期, one closed
// with a reason, one merged), 第10期 current with its two 部会 and the hub review.
const carried = DEMO_PREVIOUS_CARDS.filter((card) => !card.close);
const closedCard = DEMO_PREVIOUS_CARDS.find((card) => card.close?.action === 'done');
const mergedCard = DEMO_PREVIOUS_CARDS.find((card) => card.close?.action === 'merge');

describe.each(TEST_DATABASE_KINDS)('年次報告 of a term (%s)', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let councilId: string;
  const termIds = { previous: '', current: '' };
  const get = (path: string, cookie: string) => call(t.app, { method: 'GET', url: path, cookie });
  const report = (term: keyof typeof termIds, cookie: string, suffix = '') =>
    get(`/api/terms/${termIds[term]}/report${suffix}`, cookie);

  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedDemo(t.database.db);
    for (const account of DEMO_ACCOUNTS) {
      const signedIn = await call(t.app, {
        method: 'POST',
        url: '/api/auth/sign-in',
        body: { email: account.email, password: account.password },
      });
      cookies[account.role] ??= sessionCookieOf(signedIn);
      councilId = signedIn.json().councils[0].id;
    }
    const terms = await councilTerms(t.database.db, councilId);
    termIds.previous = terms.find((row) => row.name === DEMO_TERMS.previous.name)?.id ?? '';
    termIds.current = terms.find((row) => row.name === DEMO_TERMS.current.name)?.id ?? '';
    const cards = await get(`/api/terms/${termIds.current}`, cookies.member as string);
    const placeCard = cards.json().cards.find((card: { code: string }) => card.code === 'A');
    await createMeeting(t.app, cookies.member as string, councilId, {
      kind: 'subcommittee',
      title: '第3回 相談支援ネットワーク部会',
      startsAt: new Date(Date.now() - 86_400_000).toISOString(),
      agenda: [
        {
          id: crypto.randomUUID(),
          title: '居場所',
          minutes: 30,
          presenter: '',
          links: [{ kind: 'card', id: placeCard.id, label: '' }],
        },
      ],
    });
  }, 180_000);
  afterAll(() => t?.close());

  it('lists every 部会 with its meetings and cards, and counts the cards by status', async () => {
    const response = await report('current', cookies.member as string);
    expect(response.statusCode).toBe(200);
    const view = response.json() as YearlyReportView;
    expect(view.term).toMatchObject({ name: DEMO_TERMS.current.name, closed: false });
    expect(view.subcommittees.map((sub) => sub.name)).toEqual([
      DEMO_SUBCOMMITTEES.network.name,
      DEMO_SUBCOMMITTEES.hub.name,
    ]);
    const [network, hub] = view.subcommittees;
    expect(network?.purpose).toBe(DEMO_SUBCOMMITTEES.network.purpose);
    expect(network?.meetings.map((m) => m.title)).toEqual(['第3回 相談支援ネットワーク部会']);
    expect(hub?.meetings).toEqual([]);
    // Every card carried into the term stands under its 部会, with the status it had.
    for (const card of carried) {
      const sub = card.subcommittee === 'network' ? network : hub;
      expect(sub?.cards, card.title).toContainEqual(
        expect.objectContaining({ code: card.code, title: card.title, status: card.status }),
      );
    }
    const expected = Object.fromEntries(
      ISSUE_CARD_STATUSES.map((status) => [
        status,
        carried.filter((card) => card.status === status).length,
      ]),
    );
    expect(view.counts).toEqual(expected);
    expect(hub?.counts.discussed).toBe(1);
    expect(view.unassigned).toEqual([]);
  });

  it('names the cards carried in, the one closed with its reason and the merged one', async () => {
    const view = (
      await report('current', cookies.secretariat as string)
    ).json() as YearlyReportView;
    expect(view.closes).toHaveLength(1);
    const [close] = view.closes;
    expect(close).toMatchObject({ from: DEMO_TERMS.previous.name, into: DEMO_TERMS.current.name });
    expect(close?.carried.map((card) => card.title).sort()).toEqual(
      carried.map((card) => card.title).sort(),
    );
    expect(close?.closed).toEqual([
      expect.objectContaining({
        title: closedCard?.title,
        status: 'done',
        reason: closedCard?.close?.reason,
      }),
    ]);
    expect(close?.merged).toEqual([
      expect.objectContaining({
        title: mergedCard?.title,
        into: DEMO_PREVIOUS_CARDS.find((card) => card.key === 'H1')?.title,
        reason: mergedCard?.close?.reason,
      }),
    ]);
    // The closed term's report tells the same close, as its own.
    const previous = (await report('previous', cookies.member as string)).json();
    expect(previous.term.closed).toBe(true);
    expect(previous.closes).toEqual(view.closes);
  });

  it('carries the hub review: providers from the boards, goals, what was done, rating, comment', async () => {
    const view = (await report('current', cookies.member as string)).json() as YearlyReportView;
    expect(view.hub.holder).toBe(DEMO_SUBCOMMITTEES.hub.name);
    expect(view.hub.functions.map((fn) => fn.hubFunction)).toEqual([
      'consultation',
      'experience',
      'emergency',
      'workforce',
      'communityBuilding',
    ]);
    const emergency = view.hub.functions.find((fn) => fn.hubFunction === 'emergency');
    expect(emergency?.providers.length).toBeGreaterThan(0);
    expect(emergency?.years.map((year) => year.fiscalYear)).toEqual([2025, 2026]);
    expect(emergency?.years[0]).toMatchObject({
      goalShort: '夜間・休日に連絡がつく窓口と、当番の事業所を決める',
      rating: 'notAchieved',
    });
    expect(emergency?.cards.map((card) => card.title)).toContain(
      '夜間・休日に緊急の受け入れができる場所',
    );
  });

  it('downloads as DOCX with each 部会, card, status count, carried card and hub function', async () => {
    const response = await report('current', cookies.member as string, '.docx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(
      encodeURIComponent(`${DEMO_TERMS.current.name}_年次報告.docx`),
    );
    const xml = docxXml(response.rawPayload);
    for (const text of [
      `${DEMO_TERMS.current.name} 年次報告`,
      '課題の段階別の件数',
      ...['抽出', '協議', '提言', '計画反映', '評価', '完了', '保留', '計'],
      DEMO_SUBCOMMITTEES.network.name,
      DEMO_SUBCOMMITTEES.hub.name,
      ...carried.map((card) => card.title),
      `${DEMO_TERMS.previous.name}の終了時の判断`,
      `理由：${closedCard?.close?.reason}`,
      '開催した会議：1回',
      '①相談',
      '③緊急時の受入れ・対応',
      '⑤地域の体制づくり',
    ]) {
      expect(xml, text).toContain(text);
    }
    const english = docxXml(
      (await report('current', cookies.member as string, '.docx?lang=en')).rawPayload,
    );
    expect(english).toContain('Issues by stage');
  });

  it('is refused to a guest, another council and no one signed in', async () => {
    expect((await report('current', cookies.guest as string)).statusCode).toBe(403);
    expect((await report('previous', cookies.guest as string, '.docx')).statusCode).toBe(403);
    const outsider = await signInToOtherCouncil(t);
    expect((await report('current', outsider)).statusCode).toBe(404);
    expect((await report('current', outsider, '.docx')).statusCode).toBe(404);
    expect((await report('current', '')).statusCode).toBe(401);
  });
});
