import { and, eq } from 'drizzle-orm';
import type { SpotlightTarget } from '../../shared/meeting/summon';
import type { Db } from '../db/client';
import { boards } from '../db/schema';
import { foreignCards } from './votes';

// A spotlight shows everyone in the meeting a name the facilitator chose; what it points at must
// be the council's own, so a meeting never links a guest to another council's card or board.

export async function spotlightError(
  db: Db,
  councilId: string,
  target: SpotlightTarget,
): Promise<'unknown_card' | 'unknown_board' | null> {
  if (target.kind === 'card') {
    return (await foreignCards(db, councilId, [target.ref])).length > 0 ? 'unknown_card' : null;
  }
  const [board] = await db
    .select({ id: boards.id })
    .from(boards)
    .where(and(eq(boards.id, target.boardId), eq(boards.councilId, councilId)));
  return board ? null : 'unknown_board';
}
