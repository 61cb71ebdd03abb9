import { eq } from 'drizzle-orm';
import { BOARD_ACTIONS } from '../../shared/domain';
import type { Db } from '../db/client';
import { boards } from '../db/schema';
import { type Actor, allowed, type BoardResource } from '../policies';

export type BoardRow = typeof boards.$inferSelect;

export async function findBoard(db: Db, boardId: string): Promise<BoardRow | undefined> {
  const [row] = await db.select().from(boards).where(eq(boards.id, boardId));
  return row;
}

export const boardResource = (row: BoardRow): BoardResource => ({
  type: 'board',
  id: row.id,
  councilId: row.councilId,
  archived: row.archived,
});

/** A board as the API gives it to `actor`, with what they may do with it. */
export const boardView = (row: BoardRow, actor: Actor) => ({
  id: row.id,
  name: row.name,
  archived: row.archived,
  createdAt: row.createdAt.toISOString(),
  can: allowed(actor, BOARD_ACTIONS, boardResource(row)),
});
