// Small valid edits of a board document for the realtime server's tests: the server undoes
// updates that break a board (shared/documentGuard.ts), so tests edit through the board's own
// document functions. Each key is an agency; its value is the agency's notes.
import type * as Y from 'yjs';
import {
  addAgency,
  readAgency,
  readBoard,
  removeAgencies,
  updateAgency,
} from '../../shared/board/document';

export function setNote(doc: Y.Doc, key: string, value: string): void {
  const result = readAgency(doc, key)
    ? updateAgency(doc, key, { notes: value })
    : addAgency(doc, { id: key, name: key, layer: 'core', fields: ['disability'], notes: value });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
}

export const noteOf = (doc: Y.Doc, key: string): string | undefined => readAgency(doc, key)?.notes;

export const hasNote = (doc: Y.Doc, key: string): boolean => readAgency(doc, key) !== null;

export const removeNote = (doc: Y.Doc, key: string): void => {
  removeAgencies(doc, [key]);
};

/** Everything in the board, in an order every replica agrees on. */
export function boardContent(doc: Y.Doc): string {
  const board = readBoard(doc);
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify({ agencies: byId(board.agencies), ties: byId(board.ties) });
}
