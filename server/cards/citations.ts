// Agencies cited by cards, read where they live: the agencies from the boards' documents, the
// citations from the terms' documents (shared/cards/citations.ts), both through the realtime
// server's `read`, so what was just edited counts. A citation names a board by id only and the
// document rules cannot see councils, so both directions stay within one council: only the
// council's own boards are offered, and an agency's cards are looked for only in the terms of
// its board's council (a citation of another council's board leads nowhere).
import { and, asc, eq } from 'drizzle-orm';
import { readBoard } from '../../shared/board/document';
import type { CitableAgencyView, CitingCardView } from '../../shared/cardApi';
import type { AgencyCitation } from '../../shared/cards/cardEntry';
import { cardsCiting } from '../../shared/cards/citations';
import { termDocName } from '../../shared/cards/termDocument';
import { type BoardRow, boardResource } from '../boards/store';
import type { Db } from '../db/client';
import { boards } from '../db/schema';
import { type Actor, can } from '../policies';
import type { DocumentHost } from '../realtime/realtimeServer';
import { councilTerms, termCards, termResource } from './store';

type Documents = Pick<DocumentHost, 'read'>;

/** Every agency on the council's boards in use that the actor may read, board by board. */
export async function citableAgencies(
  db: Db,
  documents: Documents,
  actor: Actor,
  councilId: string,
): Promise<CitableAgencyView[]> {
  const rows = await db
    .select()
    .from(boards)
    .where(and(eq(boards.councilId, councilId), eq(boards.archived, false)))
    .orderBy(asc(boards.createdAt));
  const offered: CitableAgencyView[] = [];
  for (const board of rows.filter((row) => can(actor, 'read', boardResource(row)))) {
    const { agencies } = await documents.read(`board:${board.id}`, readBoard);
    for (const agency of agencies) {
      offered.push({
        boardId: board.id,
        boardName: board.name,
        agencyId: agency.id,
        name: agency.name,
        kana: agency.kana ?? '',
      });
    }
  }
  return offered;
}

/** The cards of the board's council, in terms the actor may read, citing the agency. */
export async function cardsCitingAgency(
  db: Db,
  documents: Documents,
  actor: Actor,
  board: BoardRow,
  agencyId: string,
): Promise<CitingCardView[]> {
  const citation: AgencyCitation = { boardId: board.id, agencyId };
  const found: CitingCardView[] = [];
  for (const term of await councilTerms(db, board.councilId)) {
    if (!can(actor, 'read', termResource(term))) continue;
    const citing = new Set(
      await documents.read(termDocName(term.id), (doc) => cardsCiting(doc, citation)),
    );
    if (citing.size === 0) continue;
    // Entries of a card no longer in the term (moved, merged away) are leftovers: skipped.
    for (const card of await termCards(db, term.id)) {
      if (!citing.has(card.id)) continue;
      found.push({
        id: card.id,
        code: card.code,
        title: card.title,
        status: card.status,
        termId: term.id,
        termName: term.name,
      });
    }
  }
  return found;
}
