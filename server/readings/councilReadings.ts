import { and, asc, eq } from 'drizzle-orm';
import type { Readings } from '../../shared/readings/dictionary';
import type { CouncilReadingView } from '../../shared/readings/readingsApi';
import type { Db } from '../db/client';
import { councilReadings } from '../db/schema';

// A council's own readings of place and agency names (the secretariat's list).

export async function listReadings(db: Db, councilId: string): Promise<CouncilReadingView[]> {
  const rows = await db
    .select()
    .from(councilReadings)
    .where(eq(councilReadings.councilId, councilId))
    .orderBy(asc(councilReadings.word));
  return rows.map((row) => ({
    id: row.id,
    word: row.word,
    reading: row.reading,
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export async function councilWords(db: Db, councilId: string): Promise<Readings> {
  const rows = await db
    .select({ word: councilReadings.word, reading: councilReadings.reading })
    .from(councilReadings)
    .where(eq(councilReadings.councilId, councilId));
  return new Map(rows.map((row) => [row.word, row.reading]));
}

/** Sets the word's reading; the reading it had before (null for a new word). */
export async function setReading(
  db: Db,
  councilId: string,
  entry: { word: string; reading: string },
  userId: string,
): Promise<{ id: string; before: string | null }> {
  return db.transaction(async (tx) => {
    const [old] = await tx
      .select({ reading: councilReadings.reading })
      .from(councilReadings)
      .where(and(eq(councilReadings.councilId, councilId), eq(councilReadings.word, entry.word)))
      .for('update');
    const [row] = await tx
      .insert(councilReadings)
      .values({ councilId, ...entry, updatedBy: userId })
      .onConflictDoUpdate({
        target: [councilReadings.councilId, councilReadings.word],
        set: { reading: entry.reading, updatedBy: userId, updatedAt: new Date() },
      })
      .returning({ id: councilReadings.id });
    if (!row) throw new Error('council reading not written');
    return { id: row.id, before: old?.reading ?? null };
  });
}

/** Removes one of the council's words; what it was, or null if the council has no such entry. */
export async function removeReading(
  db: Db,
  councilId: string,
  id: string,
): Promise<{ word: string; reading: string } | null> {
  const [row] = await db
    .delete(councilReadings)
    .where(and(eq(councilReadings.councilId, councilId), eq(councilReadings.id, id)))
    .returning({ word: councilReadings.word, reading: councilReadings.reading });
  return row ?? null;
}
