// The Yjs layout of a board document. Only the functions in document*.ts touch it (the public
// API is document.ts):
//   Y.Map 'agencies': agency id → Y.Map of the agency's fields (so concurrent edits of different
//                     fields of one agency merge; list fields are plain arrays, last writer wins)
//   Y.Map 'ties':     tie id → Y.Map of the tie's fields
// Concurrent edits can still leave a tie pointing at a removed agency; readers report and skip it.
import * as Y from 'yjs';
import type { EntryMap } from '../document/entries';
import { type FieldIssue, parseWith, type Result } from '../issues/fieldIssue';
import { type Agency, agencySchema } from './agency';
import { type Tie, tieSchema } from './tie';

export type BoardProblem = {
  kind: 'agency' | 'tie' | 'document';
  id: string;
  issues: FieldIssue[];
};

/** A board's document is `board:<boardId>`. */
export const boardDocName = (boardId: string): string => `board:${boardId}`;

export const agenciesOf = (doc: Y.Doc): Y.Map<EntryMap> => doc.getMap<EntryMap>('agencies');
export const tiesOf = (doc: Y.Doc): Y.Map<EntryMap> => doc.getMap<EntryMap>('ties');

/** The shared types to observe (observeDeep) and to give a Y.UndoManager. */
export function boardScope(doc: Y.Doc): Y.Map<EntryMap>[] {
  return [agenciesOf(doc), tiesOf(doc)];
}

function plainEntry(id: string, entry: unknown): Record<string, unknown> | null {
  return entry instanceof Y.Map ? { ...entry.toJSON(), id } : null;
}

const NOT_A_MAP: FieldIssue[] = [{ path: '', code: 'notAMap' }];

export function readAgencyEntry(id: string, entry: unknown): Result<Agency> {
  const plain = plainEntry(id, entry);
  return plain ? parseWith(agencySchema, plain) : { ok: false, issues: NOT_A_MAP };
}

/** A tie's issues for ends that are not among the board's agencies. */
export function missingEndpoints(tie: Tie, agencyIds: ReadonlySet<string>): FieldIssue[] {
  return (['from', 'to'] as const)
    .filter((end) => !agencyIds.has(tie[end]))
    .map((path) => ({ path, code: 'endpointMissing' as const }));
}

export function readTieEntry(id: string, entry: unknown): Result<Tie> {
  const plain = plainEntry(id, entry);
  return plain ? parseWith(tieSchema, plain) : { ok: false, issues: NOT_A_MAP };
}
