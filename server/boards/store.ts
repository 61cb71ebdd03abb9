import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { boards } from '../db/schema';
import type { BoardResource } from '../policies';

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

export const boardView = (row: BoardRow) => ({
  id: row.id,
  name: row.name,
  archived: row.archived,
  createdAt: row.createdAt.toISOString(),
});
