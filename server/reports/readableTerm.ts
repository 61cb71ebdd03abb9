import { findTerm, type TermRow, termResource } from '../cards/store';
import type { Db } from '../db/client';
import { notFound } from '../http/errors';
import { type Actor, can } from '../policies';

/** The term, if the actor may read it (closed terms too); otherwise it is not found. */
export async function readableTerm(db: Db, actor: Actor, termId: string): Promise<TermRow> {
  const row = await findTerm(db, termId);
  if (!row || !can(actor, 'read', termResource(row))) throw notFound('That term');
  return row;
}
