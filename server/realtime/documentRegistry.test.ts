import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardRules } from '../../shared/board/documentCheck';
import { createLogger } from '../logger';
import { boardContent, removeNote, setNote } from '../testing/boardEdits';
import {
  createTestDatabase,
  TEST_DATABASE_KINDS,
  type TestDatabase,
} from '../testing/testDatabase';
import { applyStored, databaseStorage, loadDocument } from './docStore';
import { createDocumentRegistry } from './documentRegistry';
import { realtimeLimits } from './limits';
import type { DocumentPeer } from './liveDocument';

// Whatever clients send, cut or whole, in any order, the stored log replays to exactly the live
// document: nothing the server holds is missing from the log (a crash would lose it), nothing
// the log holds is missing from what clients were sent.

type Step =
  | { kind: 'edit'; client: number; key: number; remove: boolean; cutAt: number | null }
  | { kind: 'resync'; client: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      client: fc.integer({ min: 0, max: 1 }),
      key: fc.integer({ min: 0, max: 4 }),
      remove: fc.boolean(),
      // null: sent whole; otherwise the fraction of its bytes that arrive.
      cutAt: fc.option(fc.double({ min: 0, max: 0.999, noNaN: true }), { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('resync' as const),
      client: fc.integer({ min: 0, max: 1 }),
    }),
  },
);

const peer = (): DocumentPeer => ({
  writer: { id: 'writer', moderates: false },
  send: () => {},
  close: () => {},
  awarenessIds: new Set(),
});

describe.each(TEST_DATABASE_KINDS)('document registry (%s)', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database?.destroy());

  it('the stored log always replays to the live document, however updates are cut', async () => {
    const registry = createDocumentRegistry({
      storage: databaseStorage(database.db),
      limits: realtimeLimits(),
      rulesOf: () => boardRules,
      logger: createLogger('silent'),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const name = `board:property-${run++}`;
        const live = await registry.acquire(name);
        const sender = peer();
        live.join(sender);
        const clients = [new Y.Doc(), new Y.Doc()];
        const send = (update: Uint8Array) => {
          try {
            live.applyUpdate(sender, update);
          } catch {
            // A cut update is refused whole; the client does not learn of it here.
          }
        };
        for (const s of steps) {
          const client = clients[s.client] as Y.Doc;
          if (s.kind === 'resync') {
            send(Y.encodeStateAsUpdate(client, Y.encodeStateVector(live.doc)));
            continue;
          }
          const updates: Uint8Array[] = [];
          const capture = (u: Uint8Array) => updates.push(u);
          client.on('update', capture);
          if (s.remove) removeNote(client, `k${s.key}`);
          else setNote(client, `k${s.key}`, `${s.client}:${s.key}`);
          client.off('update', capture);
          for (const update of updates) {
            send(s.cutAt === null ? update : update.slice(0, Math.floor(update.length * s.cutAt)));
          }
        }
        await live.lastWrite;
        const replayed = new Y.Doc();
        applyStored(replayed, (await loadDocument(database.db, name)).parts);
        expect(Y.encodeStateVector(replayed)).toEqual(Y.encodeStateVector(live.doc));
        expect(boardContent(replayed)).toEqual(boardContent(live.doc));
        live.leave(sender);
      }),
      { numRuns: 40 },
    );
    await registry.shutdown(() => {});
  }, 120_000);
});
