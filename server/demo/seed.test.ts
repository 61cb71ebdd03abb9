import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffBoards } from '../../shared/board/boardDiff';
import { computeCoverage } from '../../shared/board/coverage';
import { readBoard } from '../../shared/board/document';
import { boardDocName } from '../../shared/board/documentLayout';
import { planOf, readTermPlans } from '../../shared/cards/planDocument';
import { readTermEntries, termDocName } from '../../shared/cards/termDocument';
import { HUB_FUNCTIONS } from '../../shared/domain';
import { fiscalYearsOf, readHubReview } from '../../shared/reports/hubReview';
import { findSnapshot } from '../cards/boardSnapshots';
import { cardHistory } from '../cards/history';
import { councilTerms, currentTermId, termCards, termSubcommittees } from '../cards/store';
import { boards, councils, docUpdates } from '../db/schema';
import { applyStored, loadDocument } from '../realtime/docStore';
import {
  createTestDatabase,
  TEST_DATABASE_KINDS,
  type TestDatabase,
} from '../testing/testDatabase';
import { DEMO_PREVIOUS_CARDS } from './issueCards';
import { DEMO_ACCOUNTS, seedDemo } from './seed';

describe.each(TEST_DATABASE_KINDS)('demo seed on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.destroy();
  });

  async function boardDocument(name: string) {
    const { db } = database;
    const [board] = await db.select().from(boards).where(eq(boards.name, name));
    if (!board) throw new Error(`no board ${name}`);
    const rows = await db
      .select()
      .from(docUpdates)
      .where(eq(docUpdates.docName, boardDocName(board.id)))
      .orderBy(asc(docUpdates.id));
    const doc = new Y.Doc();
    for (const row of rows) Y.applyUpdate(doc, row.update);
    return { rows, board: readBoard(doc) };
  }

  it('fills the first board with a valid city network of about sixty agencies', async () => {
    expect(await seedDemo(database.db)).toEqual(DEMO_ACCOUNTS);
    const { rows, board } = await boardDocument('市全体ネットワーク');
    // The board as 第9期 left it, then what changed in 第10期.
    expect(rows).toHaveLength(2);
    expect(board.problems).toEqual([]);
    expect(board.agencies.length).toBeGreaterThanOrEqual(55);
    expect(board.ties.length).toBeGreaterThanOrEqual(85);
    expect(new Set(board.agencies.map((a) => a.layer)).size).toBe(5);
    expect(new Set(board.agencies.map((a) => a.area))).toEqual(
      new Set(['北町', '中央', '南台', '東原', '市外']),
    );
  });

  it('第9期 froze the city board as it was: comparing it with today\u2019s shows real changes', async () => {
    const { db } = database;
    const [previous] = await councilTerms(db, (await db.select().from(councils))[0]?.id ?? '');
    const [board] = await db.select().from(boards).where(eq(boards.name, '市全体ネットワーク'));
    const snapshot = previous && board && (await findSnapshot(db, previous.id, board.id));
    if (!snapshot) throw new Error('no snapshot of the city board');
    const frozen = new Y.Doc();
    Y.applyUpdate(frozen, snapshot.state);
    const diff = diffBoards(readBoard(frozen), (await boardDocument('市全体ネットワーク')).board);
    expect(diff.agencies.added.map((a) => a.name)).toEqual(['タイムステイ ぽけっと']);
    expect(diff.agencies.removed.map((a) => a.name)).toEqual(['東原ふれあいサロン']);
    expect(diff.agencies.changed.map((c) => [c.after.name, c.fields])).toEqual([
      ['ショートステイ そよかぜ', ['capacity', 'hours', 'nightHolidayResponse']],
    ]);
    expect(diff.ties.added.length).toBeGreaterThan(0);
    expect(diff.ties.removed).toHaveLength(1);
  });

  it('tells the seeds\u2019 story: at night and on holidays the named needs have no emergency place', async () => {
    const { board } = await boardDocument('市全体ネットワーク');
    const night = computeCoverage(board.agencies, { outOfHoursOnly: true });
    for (const need of ['brainInjury', 'deafblind'] as const) {
      expect(night.cells[need].emergency.level).toBe('empty');
    }
    for (const need of ['mental', 'developmental', 'medicalCare', 'behavioural'] as const) {
      expect(night.cells[need].emergency.count).toBeLessThanOrEqual(1);
    }
    const allHours = computeCoverage(board.agencies);
    expect(allHours.cells.intellectualSevere.emergency.level).toBe('covered');
  });

  it('fills the child board with the agencies working with children, and seeds only once', async () => {
    const { board } = await boardDocument('子ども分野ネットワーク');
    expect(board.problems).toEqual([]);
    expect(board.agencies.length).toBeGreaterThan(10);
    expect(board.agencies.every((a) => a.fields.includes('child'))).toBe(true);
    expect(await seedDemo(database.db)).toBeNull();
  });

  it('has two terms: the previous closed with its carry-over review, the current with the seed’s table', async () => {
    const { db } = database;
    const [council] = await db.select().from(councils);
    if (!council) throw new Error('no demo council');
    const [previous, current] = await councilTerms(db, council.id);
    if (!previous || !current) throw new Error('the demo should have two terms');
    expect(previous.closedAt).not.toBeNull();
    expect(current.closedAt).toBeNull();
    expect(await currentTermId(db, council.id)).toBe(current.id);
    const subs = await termSubcommittees(db, current.id);
    expect(subs.map((s) => s.name)).toEqual(['相談支援ネットワーク部会', '地域生活支援拠点部会']);

    const oldCards = await termCards(db, previous.id);
    const closed = oldCards.find((c) => c.code === 'E');
    expect(closed?.status).toBe('done');
    const merged = oldCards.find((c) => c.title.startsWith('医療的ケア'));
    expect(merged?.mergedIntoId).toBe(oldCards.find((c) => c.title.startsWith('夜間'))?.id);
    const closedStory = await cardHistory(db, closed?.id ?? '');
    expect(closedStory.at(-1)).toMatchObject({ kind: 'status', detail: { to: 'done' } });
    expect(closedStory.at(-1)?.reason).toContain('完了');

    const cards = await termCards(db, current.id);
    const network = cards.filter((c) => c.subcommitteeId === subs[0]?.id);
    expect(network.map((c) => c.code)).toEqual(['A', 'B', 'C', 'D', 'D-a', 'D-b', 'D-c', 'D-d']);
    expect(cards.every((c) => oldCards.some((old) => old.id === c.carriedFromId))).toBe(true);
    const parent = network.find((c) => c.code === 'D');
    expect(network.filter((c) => c.parentId === parent?.id).map((c) => c.code)).toEqual([
      'D-a',
      'D-b',
      'D-c',
      'D-d',
    ]);
    expect(cards.filter((c) => c.subcommitteeId === subs[1]?.id)).toHaveLength(1);

    const doc = new Y.Doc();
    applyStored(doc, (await loadDocument(db, termDocName(current.id))).parts);
    const entries = readTermEntries(doc);
    const byCode = (code: string) => entries.get(network.find((c) => c.code === code)?.id ?? '');
    const a = byCode('A');
    const seedA = DEMO_PREVIOUS_CARDS.find((c) => c.key === 'A')?.entries;
    expect(a?.existing.map((e) => e.text)).toEqual(seedA?.existing);
    expect(a?.proposalToPolicy.map((e) => e.text.slice(0, 2))).toEqual(['a.', 'b.']);
    for (const column of ['existing', 'ideas', 'doneToPolicy', 'proposalToPolicy'] as const) {
      expect(byCode('C')?.[column].length, column).toBeGreaterThan(0);
    }
    expect(byCode('C')?.ideas.at(-1)?.text).toContain('相談支援ネットワークフェア');
    const plans = readTermPlans(doc);
    const planA = planOf(plans, network[0]?.id ?? '');
    expect([planA.goals.short, planA.goals.mid, planA.goals.long].map((g) => g.length)).toEqual([
      1, 1, 1,
    ]);
    expect(planOf(plans, network[2]?.id ?? '').evaluations[0]?.indicator).toContain('参加者数');

    const story = await cardHistory(db, network[0]?.id ?? '');
    expect(story.map((e) => `${e.termName}:${e.kind}`)).toEqual([
      '第9期（令和5〜6年度）:created',
      '第9期（令和5〜6年度）:status',
      '第9期（令和5〜6年度）:status',
      '第10期（令和7〜8年度）:term',
    ]);
  });

  it('the current term\u2019s 地域生活支援拠点部会 holds the hub review: goals for each function, 令和7年度 rated', async () => {
    const { db } = database;
    const [council] = await db.select().from(councils);
    const current = (await councilTerms(db, council?.id ?? '')).at(-1);
    if (!current) throw new Error('no current term');
    const hub = (await termSubcommittees(db, current.id)).find((s) =>
      s.name.startsWith('地域生活支援拠点'),
    );
    const doc = new Y.Doc();
    applyStored(doc, (await loadDocument(db, termDocName(current.id))).parts);
    const review = readHubReview(doc, fiscalYearsOf(current));
    expect(review.holder).toBe(hub?.id);
    expect([...review.years.keys()]).toEqual([2025, 2026]);
    for (const fn of HUB_FUNCTIONS) {
      const reviewed = review.years.get(2025)?.[fn];
      expect([reviewed?.goalShort, reviewed?.goalMid, reviewed?.goalLong].every(Boolean), fn).toBe(
        true,
      );
      expect(reviewed?.done, fn).not.toBe('');
      expect(reviewed?.rating, fn).not.toBe('notRated');
    }
  });
});
