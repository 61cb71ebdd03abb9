import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { refusedTexts } from './refusedTexts';

// The words of edits a read-only document refused, read back from the updates themselves.

const edits = (doc: Y.Doc, change: () => void): Uint8Array => {
  const before = Y.encodeStateVector(doc);
  change();
  return Y.encodeStateAsUpdate(doc, before);
};

describe('refusedTexts', () => {
  it('lists the last text each refused edit wrote to an entry, nothing else', () => {
    const doc = new Y.Doc();
    const entries = doc.getMap<Y.Map<unknown>>('entries');
    const first = edits(doc, () => {
      const entry = new Y.Map<unknown>();
      entries.set('e1', entry);
      entry.set('cardId', 'card-1');
      entry.set('column', 'ideas');
      entry.set('text', '居場所マップ');
    });
    const second = edits(doc, () => entries.get('e1')?.set('text', '居場所マップを作る'));
    const third = edits(doc, () => {
      const entry = new Y.Map<unknown>();
      entries.set('e2', entry);
      entry.set('text', '送迎ボランティア');
    });
    expect(refusedTexts(doc, [first, second, third], ['text'])).toEqual([
      '居場所マップを作る',
      '送迎ボランティア',
    ]);
    // Only the refused edits count: an entry saved before is not listed.
    expect(refusedTexts(doc, [third], ['text'])).toEqual(['送迎ボランティア']);
  });
});
