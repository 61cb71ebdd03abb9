import type { Db } from '../db/client';
import { notFound } from '../http/errors';
import type { Actor } from '../policies';
import { authorize, can } from '../policies';
import { ClosedTermError } from './closedTerm';
import { findTerm, type TermRow, termResource } from './store';

/**
 * The term a request concerns, if the actor may `action` on it. A term they may not read is not
 * found; a closed term refuses changes with a message that says so.
 */
export async function requireTerm(
  db: Db,
  actor: Actor,
  termId: string,
  action: 'edit' | 'manage',
): Promise<TermRow> {
  const row = await findTerm(db, termId);
  if (!row || !can(actor, 'read', termResource(row))) throw notFound('That term');
  if (row.closedAt) throw new ClosedTermError(row.name);
  authorize(actor, action, termResource(row));
  return row;
}
