import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCardGoal } from '../../shared/cards/planDocument';
import { addCardEntry, termDocName } from '../../shared/cards/termDocument';
import type { CardColumn } from '../../shared/domain';
import type { ProposalView } from '../../shared/reports/reportApi';
import { terms } from '../db/schema';
import { storedDocuments } from '../realtime/storedDocuments';
import { docxXml } from '../testing/docxXml';
import {
  addMember,
  call,
  createTestApp,
  setUpCouncil,
  signInToOtherCouncil,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { createMeeting } from '../testing/testMeeting';

const ENTRIES: Record<CardColumn, string> = {
  existing: '地域活動支援センターの居場所',
  ideas: 'ふらっと入れるカフェのような場所',
  doneToPolicy: '当事者部会で5名から聞き取った',
  proposalToPolicy: '空き時間の事業所と組んで居場所を開く',
};
const JA_COLUMNS = [
  '今あるもの（社会資源）',
  'あったらいいな（アイデア）',
  '既に取り組んだこと→施策',
  '提言→施策',
];

describe.each(TEST_DATABASE_KINDS)('提言書 of a 部会 (%s)', (kind) => {
  let t: TestApp;
  let secretariat: string;
  let member: { cookie: string; userId: string };
  let councilId: string;
  let termId: string;
  let subId: string;
  const cardIds: Record<string, string> = {};
  const url = (suffix = '') => `/api/terms/${termId}/subcommittees/${subId}/proposal${suffix}`;
  const get = (path: string, cookie: string) => call(t.app, { method: 'GET', url: path, cookie });

  beforeAll(async () => {
    t = await createTestApp(kind);
    const setup = await setUpCouncil(t.app);
    ({ councilId, cookie: secretariat } = setup);
    member = await addMember(t.app, secretariat, councilId, 'member', 'tanaka@example.jp');
    const listed = await get(`/api/councils/${councilId}/terms`, member.cookie);
    termId = listed.json()[0].id;
    const sub = await call(t.app, {
      method: 'POST',
      url: `/api/terms/${termId}/subcommittees`,
      cookie: secretariat,
      body: {
        name: '相談支援ネットワーク部会',
        purpose: '相談が途切れない体制を考える',
        chairId: member.userId,
        memberIds: [member.userId, setup.userId],
      },
    });
    subId = sub.json().id;
    for (const [code, title, parent] of [
      ['A', '誰もがゆるやかにつながれる居場所づくり', null],
      ['B', 'ライフステージをまたいだ相談支援', null],
      ['B-a', '65歳の引き継ぎ', 'B'],
    ] as const) {
      const card = await call(t.app, {
        method: 'POST',
        url: `/api/terms/${termId}/cards`,
        cookie: member.cookie,
        body: {
          subcommitteeId: subId,
          code,
          title,
          summary: `${title}の説明`,
          parentId: parent ? cardIds[parent] : null,
        },
      });
      cardIds[code] = card.json().id;
    }
    await storedDocuments(t.database.db).change(termDocName(termId), (doc) => {
      for (const [column, text] of Object.entries(ENTRIES)) {
        addCardEntry(
          doc,
          { cardId: cardIds.A as string, column: column as CardColumn, text },
          null,
        );
      }
      addCardEntry(
        doc,
        { cardId: cardIds['B-a'] as string, column: 'ideas', text: '引き継ぎの確認表' },
        null,
      );
      addCardGoal(
        doc,
        {
          cardId: cardIds.A as string,
          horizon: 'mid',
          text: '居場所を1か所開く',
          targetDate: '2027-03-31',
          progress: 20,
        },
        null,
      );
    });
    const held = new Date(Date.now() - 86_400_000).toISOString();
    const cardLink = (id: string) => [{ kind: 'card' as const, id, label: '' }];
    await createMeeting(t.app, member.cookie, councilId, {
      kind: 'subcommittee',
      title: '第1回 相談支援ネットワーク部会',
      startsAt: held,
      agenda: [
        {
          id: crypto.randomUUID(),
          title: '居場所',
          minutes: 30,
          presenter: '',
          links: cardLink(cardIds.A as string),
        },
      ],
    });
    await createMeeting(t.app, member.cookie, councilId, {
      title: '他の部会の会議',
      startsAt: held,
    });
    await createMeeting(t.app, member.cookie, councilId, {
      title: 'これからの部会',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      agenda: [
        {
          id: crypto.randomUUID(),
          title: '居場所',
          minutes: 30,
          presenter: '',
          links: cardLink(cardIds.A as string),
        },
      ],
    });
  }, 180_000);
  afterAll(() => t?.close());

  it('numbers each card, sub-items under their parent, with meetings held and members', async () => {
    const response = await get(url(), member.cookie);
    expect(response.statusCode).toBe(200);
    const view = response.json() as ProposalView;
    expect(view.items.map((i) => [i.code, i.number, i.parentNumber])).toEqual([
      ['A', 1, null],
      ['B', 2, null],
      ['B-a', 1, 2],
    ]);
    expect(view.items[0]?.columns.proposalToPolicy).toEqual([ENTRIES.proposalToPolicy]);
    expect(view.items[0]?.goals.mid).toEqual([
      { text: '居場所を1か所開く', targetDate: '2027-03-31', progress: 20 },
    ]);
    expect(view.meetings.map((m) => m.title)).toEqual(['第1回 相談支援ネットワーク部会']);
    expect(view.subcommittee).toMatchObject({
      chair: 'tanaka',
      members: ['tanaka', SECRETARIAT_NAME],
    });
  });

  it('downloads as DOCX holding each card, the four column headings and every entry', async () => {
    const response = await get(url('.docx'), member.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml.document');
    expect(response.headers['content-disposition']).toContain(
      encodeURIComponent('相談支援ネットワーク部会'),
    );
    const xml = docxXml(response.rawPayload);
    for (const text of [
      'はじめに',
      '部会における検討状況',
      '相談が途切れない体制を考える',
      '第1回 相談支援ネットワーク部会',
      '協議事項1　A．誰もがゆるやかにつながれる居場所づくり',
      '協議事項2　B．ライフステージをまたいだ相談支援',
      '（1）B-a．65歳の引き継ぎ',
      ...JA_COLUMNS,
      ...Object.values(ENTRIES).map((entry) => `・${entry}`),
      '・引き継ぎの確認表',
      '【中期】居場所を1か所開く',
    ]) {
      expect(xml, text).toContain(text);
    }
    expect(xml).not.toContain('これからの部会');
    const english = docxXml((await get(url('.docx?lang=en'), member.cookie)).rawPayload);
    expect(english).toContain('Introduction');
    expect(english).toContain('Matter 1: A. 誰もがゆるやかにつながれる居場所づくり');
  });

  it('is refused to another council, to no one signed in, and for a 部会 of another term', async () => {
    const outsider = await signInToOtherCouncil(t);
    expect((await get(url(), outsider)).statusCode).toBe(404);
    expect((await get(url('.docx'), outsider)).statusCode).toBe(404);
    expect((await get(url('.docx'), '')).statusCode).toBe(401);
    const other = await call(t.app, {
      method: 'POST',
      url: `/api/councils/${councilId}/terms`,
      cookie: secretariat,
      body: { name: '別の期', startsOn: '2040-04-01', endsOn: '2042-03-31' },
    });
    const wrong = `/api/terms/${other.json().id}/subcommittees/${subId}/proposal.docx`;
    expect((await get(wrong, secretariat)).statusCode).toBe(404);
  });

  it('a closed term still gives its documents, as they were', async () => {
    await t.database.db.update(terms).set({ closedAt: new Date() }).where(eq(terms.id, termId));
    const xml = docxXml((await get(url('.docx'), member.cookie)).rawPayload);
    expect(xml).toContain(ENTRIES.existing);
  });
});

const SECRETARIAT_NAME = '事務局 山田';
