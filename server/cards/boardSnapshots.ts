import { and, asc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { boardDocName } from '../../shared/board/documentLayout';
import type { Db } from '../db/client';
import { boardSnapshots, boards } from '../db/schema';
import type { DocumentHost } from '../realtime/realtimeServer';

// Every board of the council as it was when a term closed: its Yjs state and its name then, so
// the closed term's network stays readable as it was and two terms' networks can be compared.

export type FrozenBoard = { boardId: string; name: string; state: Uint8Array };
export type SnapshotRow = typeof boardSnapshots.$inferSelect;

/**
 * The council's boards as they are now, archived ones too, read from the live documents (so an
 * edit applied but not yet stored is in it).
 */
export async function freezeBoards(
  db: Db,
  documents: Pick<DocumentHost, 'read'>,
  councilId: string,
): Promise<FrozenBoard[]> {
  const rows = await db
    .select({ id: boards.id, name: boards.name })
    .from(boards)
    .where(eq(boards.councilId, councilId))
    .orderBy(asc(boards.createdAt));
  const frozen: FrozenBoard[] = [];
  for (const row of rows) {
    const state = await documents.read(boardDocName(row.id), (doc) => Y.encodeStateAsUpdate(doc));
    frozen.push({ boardId: row.id, name: row.name, state });
  }
  return frozen;
}

/** Keeps the frozen boards as the term's snapshots (inside the transaction closing it). */
export async function keepBoardSnapshots(
  tx: Db,
  termId: string,
  frozen: readonly FrozenBoard[],
): Promise<void> {
  if (frozen.length === 0) return;
  await tx.insert(boardSnapshots).values(frozen.map((board) => ({ termId, ...board })));
}

/** The term's snapshots, without their states, in the order the boards were made. */
export async function termSnapshots(db: Db, termId: string): Promise<Omit<SnapshotRow, 'state'>[]> {
  return db
    .select({
      termId: boardSnapshots.termId,
      boardId: boardSnapshots.boardId,
      name: boardSnapshots.name,
      takenAt: boardSnapshots.takenAt,
    })
    .from(boardSnapshots)
    .innerJoin(boards, eq(boards.id, boardSnapshots.boardId))
    .where(eq(boardSnapshots.termId, termId))
    .orderBy(asc(boards.createdAt));
}

export async function findSnapshot(
  db: Db,
  termId: string,
  boardId: string,
): Promise<SnapshotRow | undefined> {
  const [row] = await db
    .select()
    .from(boardSnapshots)
    .where(and(eq(boardSnapshots.termId, termId), eq(boardSnapshots.boardId, boardId)));
  return row;
}
