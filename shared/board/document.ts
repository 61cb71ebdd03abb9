// The board document's public API: read it as plain validated data, change it only through
// these functions (each one doc.transact with the caller's origin, for Y.UndoManager).
import type * as Y from 'yjs';
import type { Agency } from './agency';
import {
  agenciesOf,
  type BoardProblem,
  readAgencyEntry,
  readTieEntry,
  tiesOf,
} from './documentLayout';
import type { Tie } from './tie';

export type Board = { agencies: Agency[]; ties: Tie[]; problems: BoardProblem[] };

/** The board as plain validated data; invalid entries are left out and listed in `problems`. */
export function readBoard(doc: Y.Doc): Board {
  const board: Board = { agencies: [], ties: [], problems: [] };
  for (const [id, entry] of agenciesOf(doc)) {
    const read = readAgencyEntry(id, entry);
    if (read.ok) board.agencies.push(read.value);
    else board.problems.push({ kind: 'agency', id, issues: read.issues });
  }
  const agencyIds = new Set(board.agencies.map((a) => a.id));
  for (const [id, entry] of tiesOf(doc)) {
    const read = readTieEntry(id, entry, agencyIds);
    if (read.ok) board.ties.push(read.value);
    else board.problems.push({ kind: 'tie', id, issues: read.issues });
  }
  return board;
}

export type { AgencyPatch } from './documentAgencies';
export {
  addAgencies,
  addAgency,
  moveAgencies,
  readAgency,
  removeAgencies,
  updateAgency,
} from './documentAgencies';
export { type BoardProblem, boardScope } from './documentLayout';
export type { TiePatch } from './documentTies';
export { addTie, removeTies, updateTie } from './documentTies';
