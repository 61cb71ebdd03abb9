import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agenciesOf } from '../../shared/board/documentLayout';
import { noteOf, setNote } from '../testing/boardEdits';
import {
  type BoardCouncil,
  connectClient,
  type RealtimeTestServer,
  startWithBoardCouncil,
  waitFor,
} from '../testing/realtimeHarness';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { applyStored, loadDocument } from './docStore';

// `realtime.change(name, apply)`: an edit made by the server goes the way a client's does —
// checked against the kind's rules, broadcast, stored — whether or not anyone has it open.

describe.each(TEST_DATABASE_KINDS)('server-side changes (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
  });
  afterAll(() => t?.close());

  const stored = async () => {
    const doc = new Y.Doc();
    applyStored(doc, (await loadDocument(t.database.db, council.boardDoc)).parts);
    return doc;
  };

  it('stores a change to a document no one has open', async () => {
    await t.server.realtime.change(council.boardDoc, (doc) => setNote(doc, 'closed', '閉じたまま'));
    expect(noteOf(await stored(), 'closed')).toBe('閉じたまま');
    await waitFor(() => t.server.realtime.stats().loadedDocuments === 0);
  });

  it('reaches clients that have it open, and is stored when it resolves', async () => {
    const client = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    try {
      await client.synced();
      await t.server.realtime.change(council.boardDoc, (doc) => setNote(doc, 'live', '開いたまま'));
      expect(noteOf(await stored(), 'live')).toBe('開いたまま');
      await waitFor(() => noteOf(client.doc, 'live') === '開いたまま');
    } finally {
      client.destroy();
    }
  });

  it('undoes and rejects a change that breaks the rules', async () => {
    await expect(
      t.server.realtime.change(council.boardDoc, (doc) =>
        agenciesOf(doc).set('broken', new Y.Map<unknown>([['layer', 'nowhere']])),
      ),
    ).rejects.toThrow();
    await waitFor(async () => !agenciesOf(await stored()).has('broken'));
  });
});

describe.each(TEST_DATABASE_KINDS)('server-side reads (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
  });
  afterAll(() => t?.close());

  it('reads what a client wrote to an open document, and unloads one no one has open', async () => {
    const client = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    try {
      await client.synced();
      setNote(client.doc, 'fresh', '書いたばかり');
      await waitFor(
        async () =>
          (await t.server.realtime.read(council.boardDoc, (doc) => noteOf(doc, 'fresh'))) ===
          '書いたばかり',
      );
    } finally {
      client.destroy();
    }
    await waitFor(() => t.server.realtime.stats().loadedDocuments === 0);
    expect(await t.server.realtime.read(council.boardDoc, (doc) => noteOf(doc, 'fresh'))).toBe(
      '書いたばかり',
    );
    await waitFor(() => t.server.realtime.stats().loadedDocuments === 0);
  });
});
