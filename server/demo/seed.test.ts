import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { computeCoverage } from '../../shared/board/coverage';
import { readBoard } from '../../shared/board/document';
import { boards, docUpdates } from '../db/schema';
import {
  createTestDatabase,
  TEST_DATABASE_KINDS,
  type TestDatabase,
} from '../testing/testDatabase';
import { boardDocName } from './board';
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
    expect(rows).toHaveLength(1);
    expect(board.problems).toEqual([]);
    expect(board.agencies.length).toBeGreaterThanOrEqual(55);
    expect(board.ties.length).toBeGreaterThanOrEqual(85);
    expect(new Set(board.agencies.map((a) => a.layer)).size).toBe(5);
    expect(new Set(board.agencies.map((a) => a.area))).toEqual(
      new Set(['北町', '中央', '南台', '東原', '市外']),
    );
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
});
