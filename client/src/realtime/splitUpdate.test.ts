import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { splitUpdate } from './splitUpdate';

/** A seeded generator, so a failing case can be replayed. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

/** Applies the pieces in order and checks that each one integrates with nothing left pending. */
function applyPieces(target: Y.Doc, pieces: Uint8Array[]) {
  for (const piece of pieces) {
    Y.applyUpdate(target, piece);
    expect(target.store.pendingStructs).toBeNull();
    expect(target.store.pendingDs).toBeNull();
  }
}

const agencies = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('agencies');

function addAgencies(doc: Y.Doc, from: number, count: number) {
  doc.transact(() => {
    for (let i = from; i < from + count; i++) {
      const entry = new Y.Map<unknown>();
      agencies(doc).set(`agency-${i}`, entry);
      entry.set('name', `事業所${i}`);
      entry.set('notes', 'メモ'.repeat(50));
      entry.set('fields', ['disability', 'medical']);
    }
  });
}

describe('splitting a big update into pieces under the message limit', () => {
  it('leaves a small update whole', () => {
    const doc = new Y.Doc();
    addAgencies(doc, 0, 1);
    const update = Y.encodeStateAsUpdate(doc);
    expect(splitUpdate(update, 1024 * 1024)).toEqual([update]);
  });

  it('cuts an import of 2,000 agencies into pieces that each fit and give the same document', () => {
    const server = new Y.Doc();
    addAgencies(server, 0, 3);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    addAgencies(client, 3, 2000);
    agencies(client).delete('agency-0');
    const update = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(update.length).toBeGreaterThan(256 * 1024);

    const pieces = splitUpdate(update, 64 * 1024);
    expect(pieces.length).toBeGreaterThan(update.length / (64 * 1024));
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(64 * 1024);
    applyPieces(server, pieces);
    expect(server.toJSON()).toEqual(client.toJSON());
    expect(agencies(server).size).toBe(2002);
  }, 30_000);

  it('ends a piece before a new entry, so no piece leaves an agency half written', () => {
    const client = new Y.Doc();
    addAgencies(client, 0, 500);
    const server = new Y.Doc();
    const pieces = splitUpdate(Y.encodeStateAsUpdate(client), 8 * 1024, 64 * 1024);
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) {
      applyPieces(server, [piece]);
      for (const entry of agencies(server).values()) {
        expect([...entry.keys()].sort()).toEqual(['fields', 'name', 'notes']);
      }
    }
    expect(agencies(server).size).toBe(500);
  });

  it('orders the edits of several clients by what they refer to (random edits, many seeds)', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const pick = random(seed);
      const server = new Y.Doc();
      const peers = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
      // Three people edit in turns, each seeing the others' edits: later edits refer to earlier ones.
      for (let round = 0; round < 25; round++) {
        const doc = peers[pick(peers.length)] as Y.Doc;
        for (const other of peers) Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
        const list = doc.getArray<string>('list');
        doc.transact(() => {
          for (let i = 0; i < 1 + pick(20); i++) {
            const at = pick(list.length + 1);
            list.insert(at, [`${seed}-${round}-${i}-${'x'.repeat(pick(200))}`]);
          }
          if (list.length > 5 && pick(3) === 0) list.delete(pick(list.length - 1), 1);
          const map = doc.getMap<string>('map');
          map.set(`k${pick(10)}`, `v${round}`);
        });
      }
      const all = new Y.Doc();
      for (const peer of peers) Y.applyUpdate(all, Y.encodeStateAsUpdate(peer));
      const update = Y.encodeStateAsUpdate(all);
      const pieces = splitUpdate(update, 512 + pick(2048));
      applyPieces(server, pieces);
      expect(server.getArray('list').toJSON()).toEqual(all.getArray('list').toJSON());
      expect(server.getMap('map').toJSON()).toEqual(all.getMap('map').toJSON());
    }
  }, 30_000);

  it('gives a struct bigger than the limit a piece of its own', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('small', 'a');
    doc.getMap('m').set('big', 'x'.repeat(10_000));
    doc.getMap('m').set('after', 'b');
    const pieces = splitUpdate(Y.encodeStateAsUpdate(doc), 1000);
    expect(pieces.filter((p) => p.length > 1000)).toHaveLength(1);
    const copy = new Y.Doc();
    applyPieces(copy, pieces);
    expect(copy.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
  });
});
