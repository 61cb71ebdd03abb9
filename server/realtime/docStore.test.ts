import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docSnapshots, docUpdates } from '../db/schema';
import {
  createTestDatabase,
  TEST_DATABASE_KINDS,
  type TestDatabase,
} from '../testing/testDatabase';
import {
  appendUpdates,
  applyStored,
  compactDocument,
  compactState,
  loadDocument,
  storeSnapshot,
} from './docStore';

/** Updates of one client: each sets a key, and every third deletes an earlier one. */
function edits(count: number): { updates: Uint8Array[]; expected: Record<string, number> } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < count; i++) {
    doc.getMap('m').set(`k${i}`, i);
    if (i % 3 === 2) doc.getMap('m').delete(`k${i - 1}`);
  }
  const expected = doc.getMap('m').toJSON() as Record<string, number>;
  doc.destroy();
  return { updates, expected };
}

const contentOf = (state: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc.getMap('m').toJSON();
};

describe.each(TEST_DATABASE_KINDS)('document store (%s)', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database?.destroy());

  it('an unknown document loads empty', async () => {
    const stored = await loadDocument(database.db, 'board:empty');
    expect(contentOf(compactState(stored.parts))).toEqual({});
    expect(stored.logRows).toBe(0);
  });

  it('loads snapshot plus tail, before and after compaction, and compaction empties the log', async () => {
    const name = 'board:compact';
    const { updates, expected } = edits(60);
    await appendUpdates(
      database.db,
      updates.slice(0, 40).map((update) => ({ docName: name, update })),
    );
    await compactDocument(database.db, name);
    await appendUpdates(
      database.db,
      updates.slice(40).map((update) => ({ docName: name, update })),
    );

    const beforeSecond = await loadDocument(database.db, name);
    expect(contentOf(compactState(beforeSecond.parts))).toEqual(expected);
    expect(beforeSecond.logRows).toBe(updates.length - 40);

    await compactDocument(database.db, name);
    const after = await loadDocument(database.db, name);
    expect(contentOf(compactState(after.parts))).toEqual(expected);
    expect(after.logRows).toBe(0);
    const rows = await database.db.select().from(docUpdates).where(eq(docUpdates.docName, name));
    expect(rows).toHaveLength(0);
    const [snapshot] = await database.db
      .select()
      .from(docSnapshots)
      .where(eq(docSnapshots.docName, name));
    expect(snapshot?.throughUpdateId).toBeGreaterThan(0);
    // Garbage-collected: smaller than the log it replaced.
    expect(snapshot?.state.byteLength).toBeLessThan(
      updates.reduce((sum, u) => sum + u.byteLength, 0),
    );
  });

  it('stores a snapshot from memory, deleting only the rows it was given and keeping later ones', async () => {
    const name = 'board:memory';
    const { updates, expected } = edits(30);
    const ids = await appendUpdates(
      database.db,
      updates.slice(0, 20).map((update) => ({ docName: name, update })),
    );
    expect(ids).toHaveLength(20);
    const loaded = await loadDocument(database.db, name);
    expect(loaded.logIds).toEqual(ids);
    // A row stored after the state was taken (and not merged) must survive the compaction.
    const memory = new Y.Doc();
    applyStored(memory, loaded.parts);
    const state = Y.encodeStateAsUpdate(memory);
    await appendUpdates(
      database.db,
      updates.slice(20).map((update) => ({ docName: name, update })),
    );
    const result = await storeSnapshot(database.db, name, state, ids, loaded.snapshotThrough);
    expect(result).toMatchObject({ stored: true, through: Math.max(...ids) });
    const after = await loadDocument(database.db, name);
    expect(after.logRows).toBe(updates.length - 20);
    expect(contentOf(compactState(after.parts))).toEqual(expected);

    // Someone else compacted meanwhile: nothing is written, the caller merges from the database.
    await compactDocument(database.db, name);
    expect(await storeSnapshot(database.db, name, state, [], after.snapshotThrough)).toEqual({
      stored: false,
    });
    expect(contentOf(compactState((await loadDocument(database.db, name)).parts))).toEqual(
      expected,
    );
  });

  it('keeps documents apart', async () => {
    const a = edits(5);
    const b = edits(7);
    await appendUpdates(database.db, [
      ...a.updates.map((update) => ({ docName: 'board:a', update })),
      ...b.updates.map((update) => ({ docName: 'board:b', update })),
    ]);
    await compactDocument(database.db, 'board:a');
    expect(contentOf(compactState((await loadDocument(database.db, 'board:a')).parts))).toEqual(
      a.expected,
    );
    expect(contentOf(compactState((await loadDocument(database.db, 'board:b')).parts))).toEqual(
      b.expected,
    );
    expect((await loadDocument(database.db, 'board:b')).logRows).toBe(b.updates.length);
  });
});
