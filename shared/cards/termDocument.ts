// The Yjs document of a term's issue cards, `cards:<termId>`: the co-edited content of every
// card of the term (one document per term, so a 部会's table of many cards is one connection and
// closing the term makes one document read-only). Layout:
//   Y.Map 'entries': entry id → Y.Map { cardId, column, text, position, citations? }
// (citations: a plain array of { boardId, agencyId }, last writer wins, shared/cards/citations.ts).
// Each entry is its own Y.Map, so two people editing different entries, or the text and the
// column of one entry, merge. Order within a column is by `position` (a number; a move between
// two entries takes the midpoint), so a reorder writes one field of one entry.
// The cards themselves (code, title, status, owner 部会) are database rows (server/cards).
import * as Y from 'yjs';
import { type EntryMap, insertEntry, newEntryId, writeEntry } from '../document/entries';
import type { CardColumn } from '../domain';
import { failure, parseWith, type Result } from '../issues/fieldIssue';
import { type CardEntry, cardEntrySchema } from './cardEntry';

export const entriesOf = (doc: Y.Doc): Y.Map<EntryMap> => doc.getMap<EntryMap>('entries');

export const termDocName = (termId: string): string => `cards:${termId}`;

const NOT_A_MAP = [{ path: '', code: 'notAMap' as const }];

export function readCardEntry(id: string, entry: unknown): Result<CardEntry> {
  if (!(entry instanceof Y.Map)) return { ok: false, issues: NOT_A_MAP };
  return parseWith(cardEntrySchema, { ...entry.toJSON(), id });
}

/** A card's entries, by column, each column in order. */
export type CardColumns = Record<CardColumn, CardEntry[]>;

const emptyColumns = (): CardColumns => ({
  existing: [],
  ideas: [],
  doneToPolicy: [],
  proposalToPolicy: [],
});

const byPosition = (a: CardEntry, b: CardEntry) =>
  a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Puts one column's entries in their order (by position, ties by id so every client agrees). */
export const sortColumn = (list: CardEntry[]): CardEntry[] => list.sort(byPosition);

/** Every valid entry grouped by card and column; invalid ones are skipped. */
export function readTermEntries(doc: Y.Doc): Map<string, CardColumns> {
  const cards = new Map<string, CardColumns>();
  for (const [id, entry] of entriesOf(doc)) {
    const read = readCardEntry(id, entry);
    if (!read.ok) continue;
    let columns = cards.get(read.value.cardId);
    if (!columns) {
      columns = emptyColumns();
      cards.set(read.value.cardId, columns);
    }
    columns[read.value.column].push(read.value);
  }
  for (const columns of cards.values()) for (const list of Object.values(columns)) sortColumn(list);
  return cards;
}

/** One object for every card without entries, so its table row stays the same between readings. */
export const NO_ENTRIES: CardColumns = Object.freeze({
  existing: Object.freeze([]) as unknown as CardEntry[],
  ideas: Object.freeze([]) as unknown as CardEntry[],
  doneToPolicy: Object.freeze([]) as unknown as CardEntry[],
  proposalToPolicy: Object.freeze([]) as unknown as CardEntry[],
});

export function columnsOf(cards: Map<string, CardColumns>, cardId: string): CardColumns {
  return cards.get(cardId) ?? NO_ENTRIES;
}

/**
 * One card's entries in one column, in order. Only that card's entries are validated (a term
 * has thousands; a keyboard move reads its column twice).
 */
function columnEntries(doc: Y.Doc, cardId: string, column: CardColumn): CardEntry[] {
  const list: CardEntry[] = [];
  for (const [id, entry] of entriesOf(doc)) {
    if (!(entry instanceof Y.Map) || entry.get('cardId') !== cardId) continue;
    const read = readCardEntry(id, entry);
    if (read.ok && read.value.column === column) list.push(read.value);
  }
  return sortColumn(list);
}

const afterLast = (list: readonly CardEntry[]) => (list.at(-1)?.position ?? 0) + 1;

/** Adds an entry at the end of a card's column. */
export function addCardEntry(
  doc: Y.Doc,
  input: {
    cardId: string;
    column: CardColumn;
    text: string;
    id?: string;
    fromNote?: CardEntry['fromNote'];
  },
  origin: unknown,
): Result<CardEntry> {
  const position = afterLast(columnEntries(doc, input.cardId, input.column));
  const parsed = parseWith(cardEntrySchema, { ...input, id: input.id ?? newEntryId(), position });
  if (!parsed.ok) return parsed;
  const map = entriesOf(doc);
  if (map.has(parsed.value.id)) return failure('id', 'duplicateId');
  doc.transact(() => insertEntry(map, parsed.value.id, parsed.value), origin);
  return parsed;
}

export function updateCardEntryText(
  doc: Y.Doc,
  id: string,
  text: string,
  origin: unknown,
): Result<CardEntry> {
  const entry = entriesOf(doc).get(id);
  if (!entry) return failure('', 'notFound');
  const parsed = parseWith(cardEntrySchema, { ...entry.toJSON(), id, text });
  if (!parsed.ok) return parsed;
  doc.transact(() => writeEntry(entry, { text: parsed.value.text }), origin);
  return parsed;
}

/**
 * Moves an entry to `column`, before the entry `beforeId` (or to the end when null). Only the
 * moved entry is written: its column and a position between its new neighbours.
 */
export function moveCardEntry(
  doc: Y.Doc,
  id: string,
  column: CardColumn,
  beforeId: string | null,
  origin: unknown,
): Result<CardEntry> {
  const entry = entriesOf(doc).get(id);
  if (!entry) return failure('', 'notFound');
  const current = readCardEntry(id, entry);
  if (!current.ok) return current;
  const list = columnEntries(doc, current.value.cardId, column).filter((e) => e.id !== id);
  const index = beforeId === null ? -1 : list.findIndex((e) => e.id === beforeId);
  let position: number;
  if (index < 0) position = afterLast(list);
  else {
    const next = list[index] as CardEntry;
    const previous = list[index - 1];
    position = previous ? (previous.position + next.position) / 2 : next.position - 1;
  }
  // Citations belong to 今あるもの only: an entry moved out of it lets them go.
  const citations = column === 'existing' ? current.value.citations : undefined;
  doc.transact(() => writeEntry(entry, { column, position, citations }), origin);
  return { ok: true, value: { ...current.value, column, position, citations } };
}

/** One step up or down within its column (keyboard reordering); false at either end. */
export function shiftCardEntry(doc: Y.Doc, id: string, step: -1 | 1, origin: unknown): boolean {
  const current = readCardEntry(id, entriesOf(doc).get(id));
  if (!current.ok) return false;
  const list = columnEntries(doc, current.value.cardId, current.value.column);
  const index = list.findIndex((e) => e.id === id);
  const target = index + step;
  if (target < 0 || target >= list.length) return false;
  // Moving down one place is moving before the entry two places down (or to the end).
  const before = step < 0 ? (list[target] as CardEntry).id : (list[target + 1]?.id ?? null);
  return moveCardEntry(doc, id, current.value.column, before, origin).ok;
}

export function removeCardEntry(doc: Y.Doc, id: string, origin: unknown): boolean {
  const map = entriesOf(doc);
  if (!map.has(id)) return false;
  doc.transact(() => map.delete(id), origin);
  return true;
}

/** Where an entry is now: its column and 1-based place in it (for announcing a move). */
export function entryPlace(doc: Y.Doc, id: string): { column: CardColumn; place: number } | null {
  const current = readCardEntry(id, entriesOf(doc).get(id));
  if (!current.ok) return null;
  const list = columnEntries(doc, current.value.cardId, current.value.column);
  return { column: current.value.column, place: list.findIndex((e) => e.id === id) + 1 };
}
