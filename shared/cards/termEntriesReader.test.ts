import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { CARD_COLUMNS } from '../domain';
import * as termDocument from './termDocument';
import {
  addCardEntry,
  entriesOf,
  moveCardEntry,
  readTermEntries,
  removeCardEntry,
  shiftCardEntry,
  updateCardEntryText,
} from './termDocument';
import { createTermEntriesReader, type TermEntries } from './termEntriesReader';

const cardA = '11111111-1111-4111-8111-111111111111';
const cardB = '22222222-2222-4222-8222-222222222222';
const cardC = '33333333-3333-4333-8333-333333333333';
const cardD = '44444444-4444-4444-8444-444444444444';
const cards = [cardA, cardB, cardC, cardD];

function add(doc: Y.Doc, cardId: string, column: (typeof CARD_COLUMNS)[number], text: string) {
  const added = addCardEntry(doc, { cardId, column, text }, null);
  if (!added.ok) throw new Error('add failed');
  return added.value.id;
}

/** The reading as readTermEntries gives it: cards without valid entries left out. */
const asMap = (entries: TermEntries) =>
  new Map(
    cards
      .map((id) => [id, entries.columnsOf(id)] as const)
      .filter(([, columns]) => Object.values(columns).some((list) => list.length > 0)),
  );

function termWithThreeCards() {
  const doc = new Y.Doc();
  const a1 = add(doc, cardA, 'existing', '相談支援事業所');
  const a2 = add(doc, cardA, 'existing', '地域活動支援センター');
  const a3 = add(doc, cardA, 'ideas', '夜間の相談窓口');
  add(doc, cardB, 'existing', '家族会');
  add(doc, cardC, 'doneToPolicy', '居場所づくり');
  return { doc, a1, a2, a3 };
}

describe('term entries reader', () => {
  it('reads what readTermEntries reads, and the same reading until something changes', () => {
    const { doc } = termWithThreeCards();
    const reader = createTermEntriesReader(doc);
    const first = reader.read();
    expect(asMap(first)).toEqual(readTermEntries(doc));
    expect(reader.read()).toBe(first);
    expect(first.columnsOf(cardA)).toBe(first.columnsOf(cardA));
    expect(first.tallestColumn(cardA)).toBe(2);
    expect(first.tallestColumn(cardD)).toBe(0);
    reader.destroy();
  });

  it('validates only the cards asked for', () => {
    const { doc } = termWithThreeCards();
    const reader = createTermEntriesReader(doc);
    const validate = vi.spyOn(termDocument, 'readCardEntry');
    reader.read().columnsOf(cardB);
    expect(validate).toHaveBeenCalledTimes(1);
    validate.mockRestore();
    reader.destroy();
  });

  it('rebuilds only the card and column an edit touched', () => {
    const { doc, a1 } = termWithThreeCards();
    const reader = createTermEntriesReader(doc);
    const before = reader.read();
    const [a, b, c] = [before.columnsOf(cardA), before.columnsOf(cardB), before.columnsOf(cardC)];
    updateCardEntryText(doc, a1, '基幹相談支援センター', null);
    const after = reader.read();
    expect(after).not.toBe(before);
    expect(asMap(after)).toEqual(readTermEntries(doc));
    expect(after.columnsOf(cardB)).toBe(b);
    expect(after.columnsOf(cardC)).toBe(c);
    const changed = after.columnsOf(cardA);
    expect(changed).not.toBe(a);
    expect(changed.existing).not.toBe(a.existing);
    expect(changed.ideas).toBe(a.ideas);
    // The untouched entry of the rebuilt column keeps its object too.
    expect(changed.existing[1]).toBe(a.existing[1]);
    reader.destroy();
  });

  it('follows moves between columns, reorders, removals and new cards', () => {
    const { doc, a1, a2, a3 } = termWithThreeCards();
    const reader = createTermEntriesReader(doc);
    const before = reader.read();
    const b = before.columnsOf(cardB);
    moveCardEntry(doc, a1, 'ideas', a3, null);
    expect(asMap(reader.read())).toEqual(readTermEntries(doc));
    expect(
      reader
        .read()
        .columnsOf(cardA)
        .ideas.map((e) => e.id),
    ).toEqual([a1, a3]);
    shiftCardEntry(doc, a3, -1, null);
    expect(
      reader
        .read()
        .columnsOf(cardA)
        .ideas.map((e) => e.id),
    ).toEqual([a3, a1]);
    removeCardEntry(doc, a2, null);
    removeCardEntry(doc, a3, null);
    removeCardEntry(doc, a1, null);
    const emptied = reader.read();
    expect(asMap(emptied)).toEqual(readTermEntries(doc));
    expect(emptied.columnsOf(cardA)).toBe(emptied.columnsOf(cardD));
    expect(emptied.columnsOf(cardB)).toBe(b);
    add(doc, cardD, 'proposalToPolicy', '市への提言');
    expect(asMap(reader.read())).toEqual(readTermEntries(doc));
    reader.destroy();
  });

  it('leaves out an invalid entry and takes it back once it is valid again', () => {
    const { doc, a1 } = termWithThreeCards();
    const reader = createTermEntriesReader(doc);
    reader.read().columnsOf(cardA);
    entriesOf(doc).get(a1)?.set('column', 'nowhere');
    expect(asMap(reader.read())).toEqual(readTermEntries(doc));
    expect(reader.read().columnsOf(cardA).existing).toHaveLength(1);
    entriesOf(doc).get(a1)?.set('column', 'ideas');
    expect(asMap(reader.read())).toEqual(readTermEntries(doc));
    entriesOf(doc).get(a1)?.set('text', '');
    expect(asMap(reader.read())).toEqual(readTermEntries(doc));
    reader.destroy();
  });

  it('reads remote updates the same way and agrees after many random edits', () => {
    const { doc } = termWithThreeCards();
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    const reader = createTermEntriesReader(doc);
    reader.read();
    let seed = 7;
    const pick = <T>(list: readonly T[]): T => {
      seed = (seed * 16807) % 2147483647;
      return list[seed % list.length] as T;
    };
    for (let step = 0; step < 200; step++) {
      const ids = [...entriesOf(remote).keys()];
      const action = ids.length === 0 ? 0 : pick([0, 1, 2, 3]);
      if (action === 0) add(remote, pick(cards), pick(CARD_COLUMNS), `項目${step}`);
      if (action === 1) moveCardEntry(remote, pick(ids), pick(CARD_COLUMNS), null, null);
      if (action === 2) updateCardEntryText(remote, pick(ids), `書き換え${step}`, null);
      if (action === 3) removeCardEntry(remote, pick(ids), null);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)));
      // Read now and then, and only some cards: the others catch up when asked.
      if (step % 7 === 0) reader.read().columnsOf(pick(cards));
      if (step % 10 === 0) expect(asMap(reader.read())).toEqual(readTermEntries(doc));
    }
    expect(asMap(reader.read())).toEqual(readTermEntries(doc));
    reader.destroy();
  });
});
