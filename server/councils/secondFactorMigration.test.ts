import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Migration 0015 gives every council that never chose a day the FY2027 start (MHLW guideline 6.0
// asks for a second factor by then) and keeps a day a council had chosen. Run on a database
// migrated to just before it, holding both kinds of council.

const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as {
  entries: { idx: number; tag: string }[];
};
const statements = (tag: string) =>
  readFileSync(`drizzle/${tag}.sql`, 'utf8')
    .split('--> statement-breakpoint')
    .map((statement) => statement.trim())
    .filter(Boolean);

describe('migration 0015: a second factor from the FY2027 start by default', () => {
  const db = new PGlite();
  const entries = journal.entries.toSorted((a, b) => a.idx - b.idx);
  const index = entries.findIndex((entry) => entry.tag === '0015_second_factor_scope');

  beforeAll(async () => {
    for (const { tag } of entries.slice(0, index)) {
      for (const statement of statements(tag)) await db.exec(statement);
    }
    await db.exec(`
      INSERT INTO councils (name) VALUES ('日付を決めていない協議会');
      INSERT INTO councils (name, second_factor_required_from)
        VALUES ('早めた協議会', '2026-10-01T00:00:00+09:00');
    `);
    for (const statement of statements('0015_second_factor_scope')) await db.exec(statement);
  }, 60_000);
  afterAll(() => db.close());

  it('gives a council without a day 2027-04-01 (Japan time) and keeps a chosen day', async () => {
    const { rows } = await db.query<{ name: string; from: string; for: string }>(
      `SELECT name, to_char(second_factor_required_from AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD HH24:MI') AS from,
              second_factor_for AS for
         FROM councils ORDER BY name`,
    );
    expect(rows).toEqual([
      { name: '日付を決めていない協議会', from: '2027-04-01 00:00', for: 'secretariat' },
      { name: '早めた協議会', from: '2026-10-01 00:00', for: 'secretariat' },
    ]);
  });

  it('leaves no council without a day, and a new one gets the default', async () => {
    await expect(
      db.exec(`INSERT INTO councils (name, second_factor_required_from) VALUES ('x', NULL)`),
    ).rejects.toThrow(/null value/);
    await db.exec(`INSERT INTO councils (name) VALUES ('新しい協議会')`);
    const { rows } = await db.query<{ from: string }>(
      `SELECT to_char(second_factor_required_from AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS from
         FROM councils WHERE name = '新しい協議会'`,
    );
    expect(rows).toEqual([{ from: '2027-04-01' }]);
  });
});
