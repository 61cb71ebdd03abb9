import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, MAX_TEXTS } from '../../shared/readings/readingsApi';
import { auditLog } from '../db/schema';
import {
  addMember,
  call,
  createTestApp,
  setUpCouncil,
  signInToOtherCouncil,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { createMeeting, joinAsGuest } from '../testing/testMeeting';
import { ANNOTATE_PER_MINUTE } from './routes';

// POST /api/readings on the real analyser (kuromoji, loaded once for this file) and the
// council's own readings, kept by the secretariat.

describe.each(TEST_DATABASE_KINDS)('readings of user text (%s)', (kind) => {
  let t: TestApp;
  let councilId: string;
  let secretariat: string;
  let member: string;
  let guest: string;
  let meetingId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const setup = await setUpCouncil(t.app);
    ({ councilId } = setup);
    secretariat = setup.cookie;
    member = (await addMember(t.app, secretariat, councilId, 'member', 'm@example.jp')).cookie;
    meetingId = await createMeeting(t.app, secretariat, councilId);
    guest = await joinAsGuest(t.app, secretariat, meetingId);
  });
  afterAll(() => t?.close());

  const annotate = (body: object, cookie?: string) =>
    call(t.app, { method: 'POST', url: '/api/readings', cookie, body });
  const setReading = (word: string, reading: string, cookie = secretariat) =>
    call(t.app, {
      method: 'PUT',
      url: `/api/councils/${councilId}/readings`,
      cookie,
      body: { word, reading },
    });

  it("reads a council member's text, the kanji with their readings", async () => {
    const response = await annotate({ councilId, texts: ['相談支援事業所に行く', 'ABC'] }, member);
    expect(response.statusCode).toBe(200);
    expect(response.json().ruby).toEqual([
      [
        ['相談', 'そうだん'],
        ['支援', 'しえん'],
        ['事業', 'じぎょう'],
        ['所', 'しょ'],
        'に',
        ['行', 'い'],
        'く',
      ],
      ['ABC'],
    ]);
  });

  it("applies the council's own readings, which only the secretariat sets (audited)", async () => {
    expect((await setReading('日向台', 'ヒナタダイ', member)).statusCode).toBe(403);
    expect((await setReading('日向台', '日向')).statusCode).toBe(400);
    const set = await setReading('日向台', 'ヒナタダイ');
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject([{ word: '日向台', reading: 'ひなただい' }]);
    const read = await annotate({ councilId, texts: ['日向台で会う'] }, member);
    expect(read.json().ruby[0]).toEqual([['日向台', 'ひなただい'], 'で', ['会', 'あ'], 'う']);

    const audited = await t.database.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.councilId, councilId), eq(auditLog.action, 'council.readingChange')));
    expect(audited.map((a) => JSON.parse(a.detail))).toEqual([
      { word: '日向台', from: null, to: 'ひなただい' },
    ]);

    const list = await call(t.app, {
      method: 'GET',
      url: `/api/councils/${councilId}/readings`,
      cookie: secretariat,
    });
    const removed = await call(t.app, {
      method: 'DELETE',
      url: `/api/councils/${councilId}/readings/${list.json()[0].id}`,
      cookie: secretariat,
    });
    expect(removed.json()).toEqual([]);
    const after = await annotate({ councilId, texts: ['日向台で会う'] }, member);
    expect(after.json().ruby[0][0]).toEqual(['日向台', 'ひゅうがだい']);
  });

  it('reads for a guest of the open meeting through the meeting, and nothing else', async () => {
    const ok = await annotate({ meetingId, texts: ['議事録'] }, guest);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().ruby[0].length).toBeGreaterThan(0);
    expect((await annotate({ councilId, texts: ['議事録'] }, guest)).statusCode).toBe(403);
    const other = await createMeeting(t.app, secretariat, councilId, { title: '別の会議' });
    expect((await annotate({ meetingId: other, texts: ['議事録'] }, guest)).statusCode).toBe(404);
  });

  it('answers only people of the council or its meeting', async () => {
    expect((await annotate({ councilId, texts: ['議事録'] })).statusCode).toBe(401);
    const outsider = await signInToOtherCouncil(t);
    expect((await annotate({ councilId, texts: ['議事録'] }, outsider)).statusCode).toBe(403);
    expect((await annotate({ meetingId, texts: ['議事録'] }, outsider)).statusCode).toBe(404);
  });

  it('refuses what is not one scope and a bounded list of texts', async () => {
    const long = '字'.repeat(MAX_TEXT_LENGTH);
    const refused = [
      { texts: ['議事録'] },
      { councilId, meetingId, texts: ['議事録'] },
      { councilId, texts: [] },
      { councilId, texts: [''] },
      { councilId, texts: Array(MAX_TEXTS + 1).fill('議事録') },
      { councilId, texts: [`${long}字`] },
      { councilId, texts: Array(11).fill(long) },
      { councilId, texts: ['議事\u0000録'] },
    ];
    for (const body of refused) {
      const response = await annotate(body, member);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    const bounds = await annotate({ councilId, texts: Array(10).fill(long) }, member);
    expect(bounds.statusCode).toBe(200);
  });

  it('limits each person, not each address', async () => {
    const codes: number[] = [];
    for (let i = 0; i <= ANNOTATE_PER_MINUTE; i++) {
      codes.push((await annotate({ meetingId, texts: ['会議'] }, secretariat)).statusCode);
    }
    expect(codes.filter((c) => c === 429).length).toBeGreaterThan(0);
    expect(codes.at(-1)).toBe(429);
    expect((await annotate({ meetingId, texts: ['会議'] }, guest)).statusCode).toBe(200);
  });
});
