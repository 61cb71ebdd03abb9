// The board document's public API: read it as plain validated data, change it only through
// these functions (each one doc.transact with the caller's origin, for Y.UndoManager).
import type * as Y from 'yjs';
import type { Result } from '../issues/fieldIssue';
import type { Agency } from './agency';
import {
  agenciesOf,
  type BoardProblem,
  missingEndpoints,
  readAgencyEntry,
  readTieEntry,
  tiesOf,
} from './documentLayout';
import type { Tie } from './tie';

export type Board = { agencies: Agency[]; ties: Tie[]; problems: BoardProblem[] };

export type EntryReader<T> = (id: string, entry: unknown) => Result<T>;

/** Builds the board from per-entry readers (plain here, cached in boardReader.ts). */
export function assembleBoard(
  doc: Y.Doc,
  readAgency: EntryReader<Agency> = readAgencyEntry,
  readTie: EntryReader<Tie> = readTieEntry,
): Board {
  const board: Board = { agencies: [], ties: [], problems: [] };
  for (const [id, entry] of agenciesOf(doc)) {
    const read = readAgency(id, entry);
    if (read.ok) board.agencies.push(read.value);
    else board.problems.push({ kind: 'agency', id, issues: read.issues });
  }
  const agencyIds = new Set(board.agencies.map((a) => a.id));
  for (const [id, entry] of tiesOf(doc)) {
    const read = readTie(id, entry);
    const issues = read.ok ? missingEndpoints(read.value, agencyIds) : read.issues;
    if (read.ok && issues.length === 0) board.ties.push(read.value);
    else board.problems.push({ kind: 'tie', id, issues });
  }
  return board;
}

/** The board as plain validated data; invalid entries are left out and listed in `problems`. */
export function readBoard(doc: Y.Doc): Board {
  return assembleBoard(doc);
}

export {
  addAgencies,
  addAgency,
  agencyNames,
  insertAgencies,
  moveAgencies,
  moveAgenciesFreely,
  readAgency,
  removeAgencies,
  updateAgency,
  validateNewAgencies,
} from './documentAgencies';
export { type BoardProblem, boardScope } from './documentLayout';
export type { TiePatch } from './documentTies';
export { addTie, addTies, removeTies, updateTie } from './documentTies';
