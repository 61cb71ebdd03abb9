import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTie } from '../../shared/board/document';
import { boardContent, noteOf, removeNote, setNote } from '../testing/boardEdits';
import {
  type BoardCouncil,
  connectClient,
  createBoardDoc,
  type RealtimeTestServer,
  startWithBoardCouncil,
  type TestClient,
  waitFor,
} from '../testing/realtimeHarness';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { applyStored, loadDocument } from './docStore';

async function storedContent(t: RealtimeTestServer, docName: string) {
  const doc = new Y.Doc();
  applyStored(doc, (await loadDocument(t.database.db, docName)).parts);
  const content = boardContent(doc);
  doc.destroy();
  return content;
}

// One step of the random schedule: a client edits, or goes offline / comes back.
const step = fc.record({
  client: fc.nat(3),
  action: fc.oneof(
    fc.record({ kind: fc.constant('set' as const), key: fc.nat(5), value: fc.string() }),
    fc.record({ kind: fc.constant('delete' as const), key: fc.nat(5) }),
    fc.record({ kind: fc.constant('tie' as const), from: fc.nat(5), to: fc.nat(5) }),
    fc.record({ kind: fc.constant('toggle' as const) }),
    fc.record({ kind: fc.constant('pause' as const) }),
  ),
});
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

async function apply(client: TestClient, { action }: Step) {
  const { doc, provider } = client;
  switch (action.kind) {
    case 'set':
      setNote(doc, `k${action.key}`, action.value);
      break;
    case 'delete':
      removeNote(doc, `k${action.key}`);
      break;
    case 'tie':
      // Refused locally when an end is missing or the tie exists: still a valid schedule step.
      addTie(doc, { from: `k${action.from}`, to: `k${action.to}`, kind: 'cooperation' });
      break;
    case 'toggle':
      if (provider.shouldConnect) provider.disconnect();
      else provider.connect();
      break;
    case 'pause':
      await new Promise((resolve) => setTimeout(resolve, 5));
      break;
  }
}

describe.each(TEST_DATABASE_KINDS)('convergence (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
  });
  afterAll(() => t?.close());

  it('syncs an edit between two clients and reports it saved once stored', async () => {
    const a = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    const b = connectClient(t.wsUrl, council.boardDoc, council.secretariat.cookie);
    try {
      await Promise.all([a.synced(), b.synced()]);
      setNote(a.doc, 'a1', '相談支援センター');
      await waitFor(() => noteOf(b.doc, 'a1') === '相談支援センター');
      await waitFor(() => a.allSaved(), 5000, 'saved');
      expect(await storedContent(t, council.boardDoc)).toBe(boardContent(a.doc));
    } finally {
      a.destroy();
      b.destroy();
    }
  });

  it('random concurrent edits, with clients going offline and back, converge to what is stored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 60 }), async (steps) => {
        const docName = await createBoardDoc(
          t.server,
          council.secretariat.cookie,
          council.councilId,
        );
        const cookies = [council.secretariat.cookie, council.member.cookie];
        const clients = [0, 1, 2, 3].map((i) => connectClient(t.wsUrl, docName, cookies[i % 2]));
        try {
          await Promise.all(clients.map((c) => c.synced()));
          for (const s of steps) await apply(clients[s.client] as TestClient, s);
          for (const c of clients) if (!c.provider.shouldConnect) c.provider.connect();
          const expected = () => boardContent((clients[0] as TestClient).doc);
          await waitFor(
            () => clients.every((c) => c.allSaved() && boardContent(c.doc) === expected()),
            5_000,
            'clients to converge and be saved',
          );
          expect(await storedContent(t, docName)).toBe(expected());
        } finally {
          for (const c of clients) c.destroy();
        }
      }),
      { numRuns: 6 },
    );
  });
});
