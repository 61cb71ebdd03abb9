// What changed in a network between two moments (two terms' frozen boards, or a frozen board and
// the live one): agencies added, removed or changed (with the fields that changed), ties added,
// removed or changed. Moving an agency on the canvas is not a change of the network, so the
// positions are left out.
import * as Y from 'yjs';
import { insertEntry } from '../document/entries';
import type { Agency } from './agency';
import type { Board } from './document';
import { agenciesOf, tiesOf } from './documentLayout';
import type { Tie } from './tie';

export type Changed<T> = { before: T; after: T; fields: string[] };

export type BoardDiff = {
  agencies: { added: Agency[]; removed: Agency[]; changed: Changed<Agency>[] };
  ties: { added: Tie[]; removed: Tie[]; changed: Changed<Tie>[] };
};

export const DIFF_MARKS = ['added', 'removed', 'changed'] as const;
export type DiffMark = (typeof DIFF_MARKS)[number];
export type BoardMarks = { agencies: Map<string, DiffMark>; ties: Map<string, DiffMark> };

const NOT_A_CHANGE = new Set(['id', 'position', 'freePosition']);

/** The fields whose values differ, in a stable order; positions do not count. */
export function changedFields(before: object, after: object): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (key) => !NOT_A_CHANGE.has(key),
  );
  return keys.filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key])).sort();
}

function diffEntries<T extends { id: string }>(older: readonly T[], newer: readonly T[]) {
  const before = new Map(older.map((x) => [x.id, x]));
  const after = new Map(newer.map((x) => [x.id, x]));
  const changed: Changed<T>[] = [];
  for (const [id, now] of after) {
    const then = before.get(id);
    if (!then) continue;
    const fields = changedFields(then, now);
    if (fields.length > 0) changed.push({ before: then, after: now, fields });
  }
  return {
    added: newer.filter((x) => !before.has(x.id)),
    removed: older.filter((x) => !after.has(x.id)),
    changed,
  };
}

/** How `newer` differs from `older`. */
export function diffBoards(older: Board, newer: Board): BoardDiff {
  return {
    agencies: diffEntries(older.agencies, newer.agencies),
    ties: diffEntries(older.ties, newer.ties),
  };
}

export const isDiffEmpty = (diff: BoardDiff): boolean =>
  [diff.agencies, diff.ties].every(
    (part) => part.added.length + part.removed.length + part.changed.length === 0,
  );

/** Each agency's and tie's mark, by id: what a view highlights. */
export function diffMarks(diff: BoardDiff): BoardMarks {
  const marks = (part: BoardDiff['agencies'] | BoardDiff['ties']) =>
    new Map<string, DiffMark>([
      ...part.added.map((x) => [x.id, 'added'] as const),
      ...part.removed.map((x) => [x.id, 'removed'] as const),
      ...part.changed.map((x) => [x.after.id, 'changed'] as const),
    ]);
  return { agencies: marks(diff.agencies), ties: marks(diff.ties) };
}

/**
 * A copy of the newer board's document with what was removed put back, so one canvas can show
 * both: the removed agencies and ties are there to be drawn as ghosts. The copy is never stored.
 */
export function diffDocument(newer: Y.Doc, diff: BoardDiff): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(newer));
  doc.transact(() => {
    for (const agency of diff.agencies.removed) insertEntry(agenciesOf(doc), agency.id, agency);
    for (const tie of diff.ties.removed) insertEntry(tiesOf(doc), tie.id, tie);
  });
  return doc;
}
