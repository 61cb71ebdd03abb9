// Agencies cited by the 今あるもの entries of a term's cards (the entry's `citations`, a plain
// array in its Y.Map). Only ids are kept: a card shows the agency's name as its board has it now,
// and an agency lists the cards citing it by reading the term documents (one source of truth).
// The document cannot know which council a board belongs to; whoever reads a citation keeps only
// boards of the card's own council (server/cards/citations.ts, client/src/cards/citations/).
import type * as Y from 'yjs';
import { writeEntry } from '../document/entries';
import { failure, parseWith, type Result } from '../issues/fieldIssue';
import { type AgencyCitation, type CardEntry, cardEntrySchema } from './cardEntry';
import { entriesOf, readCardEntry, readTermEntries } from './termDocument';

export const sameCitation = (a: AgencyCitation, b: AgencyCitation): boolean =>
  a.boardId === b.boardId && a.agencyId === b.agencyId;

function writeCitations(
  doc: Y.Doc,
  id: string,
  change: (citations: AgencyCitation[]) => AgencyCitation[],
  origin: unknown,
): Result<CardEntry> {
  const entry = entriesOf(doc).get(id);
  if (!entry) return failure('', 'notFound');
  const current = readCardEntry(id, entry);
  if (!current.ok) return current;
  const citations = change(current.value.citations ?? []);
  const parsed = parseWith(cardEntrySchema, { ...current.value, citations });
  if (!parsed.ok) return parsed;
  doc.transact(
    () => writeEntry(entry, { citations: citations.length > 0 ? citations : undefined }),
    origin,
  );
  return parsed;
}

/** Cites an agency in an entry of 今あるもの (once: citing it again changes nothing). */
export function citeAgency(
  doc: Y.Doc,
  id: string,
  citation: AgencyCitation,
  origin: unknown,
): Result<CardEntry> {
  return writeCitations(
    doc,
    id,
    (list) => (list.some((c) => sameCitation(c, citation)) ? list : [...list, citation]),
    origin,
  );
}

export function uncite(
  doc: Y.Doc,
  id: string,
  citation: AgencyCitation,
  origin: unknown,
): Result<CardEntry> {
  return writeCitations(doc, id, (list) => list.filter((c) => !sameCitation(c, citation)), origin);
}

/** The cards of the term with an entry citing the agency, each once, in the document's order. */
export function cardsCiting(doc: Y.Doc, citation: AgencyCitation): string[] {
  const cards: string[] = [];
  for (const [cardId, columns] of readTermEntries(doc)) {
    if (columns.existing.some((entry) => entry.citations?.some((c) => sameCitation(c, citation))))
      cards.push(cardId);
  }
  return cards;
}

/** Every board cited anywhere in the entries given (to open each board once). */
export function citedBoards(entries: Iterable<CardEntry>): Set<string> {
  const boards = new Set<string>();
  for (const entry of entries) for (const c of entry.citations ?? []) boards.add(c.boardId);
  return boards;
}
