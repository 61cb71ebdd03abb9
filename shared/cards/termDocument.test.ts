import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCardEntry,
  moveCardEntry,
  readTermEntries,
  removeCardEntry,
  shiftCardEntry,
  updateCardEntryText,
} from './termDocument';

const cardId = '11111111-1111-4111-8111-111111111111';
const texts = (doc: Y.Doc, column: 'existing' | 'ideas') =>
  readTermEntries(doc)
    .get(cardId)
    ?.[column].map((e) => e.text) ?? [];

function docWith(...lines: string[]): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc();
  const ids = lines.map((text) => {
    const added = addCardEntry(doc, { cardId, column: 'existing', text }, null);
    if (!added.ok) throw new Error('add failed');
    return added.value.id;
  });
  return { doc, ids };
}

describe('term cards document', () => {
  it('keeps entries in the order added, per column', () => {
    const { doc } = docWith('相談支援事業所', '地域活動支援センター');
    expect(texts(doc, 'existing')).toEqual(['相談支援事業所', '地域活動支援センター']);
  });

  it('reorders one step and moves between columns, before a given entry or to the end', () => {
    const { doc, ids } = docWith('一', '二', '三');
    expect(shiftCardEntry(doc, ids[2] as string, -1, null)).toBe(true);
    expect(texts(doc, 'existing')).toEqual(['一', '三', '二']);
    expect(shiftCardEntry(doc, ids[0] as string, -1, null)).toBe(false);
    expect(shiftCardEntry(doc, ids[0] as string, 1, null)).toBe(true);
    expect(texts(doc, 'existing')).toEqual(['三', '一', '二']);
    moveCardEntry(doc, ids[1] as string, 'ideas', null, null);
    moveCardEntry(doc, ids[2] as string, 'ideas', ids[1] as string, null);
    expect(texts(doc, 'ideas')).toEqual(['三', '二']);
    expect(texts(doc, 'existing')).toEqual(['一']);
  });

  it('refuses empty text and keeps the old', () => {
    const { doc, ids } = docWith('居場所');
    expect(updateCardEntryText(doc, ids[0] as string, '  ', null).ok).toBe(false);
    expect(updateCardEntryText(doc, ids[0] as string, '子ども食堂', null).ok).toBe(true);
    expect(texts(doc, 'existing')).toEqual(['子ども食堂']);
    expect(removeCardEntry(doc, ids[0] as string, null)).toBe(true);
    expect(texts(doc, 'existing')).toEqual([]);
  });

  it('merges two people moving different entries at once', () => {
    const { doc: a, ids } = docWith('一', '二', '三');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    moveCardEntry(a, ids[0] as string, 'ideas', null, null);
    shiftCardEntry(b, ids[2] as string, -1, null);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(texts(a, 'existing')).toEqual(['三', '二']);
    expect(texts(b, 'existing')).toEqual(texts(a, 'existing'));
    expect(texts(b, 'ideas')).toEqual(['一']);
  });
});
