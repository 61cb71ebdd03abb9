import { and, asc, eq } from 'drizzle-orm';
import { entriesOf } from '../../shared/case/collection';
import type { PrivateNote } from '../../shared/meeting/liveProtocol';
import { addNote, NOTES, noteWallDocName, WALL_WIDTH } from '../../shared/meeting/noteWall';
import type { Db } from '../db/client';
import { meetingPrivateNotes } from '../db/schema';
import type { DocumentHost } from '../realtime/realtimeServer';

// A private round of a meeting's note wall. A Yjs document is sent whole to every reader, so a
// note nobody else may see yet cannot be in it: each person's notes are kept here, given back only
// to their author, and put on the wall by the server when the facilitator reveals them.

/** At most this many private notes per person and round. */
export const MAX_PRIVATE_NOTES = 50;

export async function ownPrivateNotes(
  db: Db,
  meetingId: string,
  participantId: string,
): Promise<PrivateNote[]> {
  const rows = await db
    .select({
      id: meetingPrivateNotes.id,
      text: meetingPrivateNotes.text,
      tint: meetingPrivateNotes.tint,
    })
    .from(meetingPrivateNotes)
    .where(
      and(
        eq(meetingPrivateNotes.meetingId, meetingId),
        eq(meetingPrivateNotes.participantId, participantId),
      ),
    )
    .orderBy(asc(meetingPrivateNotes.createdAt), asc(meetingPrivateNotes.id));
  return rows as PrivateNote[];
}

/** Keeps a note of `participantId`'s; false when they have too many already. */
export async function keepPrivateNote(
  db: Db,
  meetingId: string,
  author: { participantId: string; name: string },
  note: PrivateNote,
): Promise<boolean> {
  const own = await ownPrivateNotes(db, meetingId, author.participantId);
  if (own.length >= MAX_PRIVATE_NOTES) return false;
  await db
    .insert(meetingPrivateNotes)
    .values({ meetingId, participantId: author.participantId, authorName: author.name, ...note })
    .onConflictDoNothing();
  return true;
}

/** Removes a note, only if it is `participantId`'s own. */
export async function dropPrivateNote(
  db: Db,
  meetingId: string,
  participantId: string,
  id: string,
): Promise<void> {
  await db
    .delete(meetingPrivateNotes)
    .where(
      and(
        eq(meetingPrivateNotes.meetingId, meetingId),
        eq(meetingPrivateNotes.participantId, participantId),
        eq(meetingPrivateNotes.id, id),
      ),
    );
}

const COLUMNS = 8;
const SPACING_X = Math.floor(WALL_WIDTH / COLUMNS);
const SPACING_Y = 100;

/**
 * Puts every private note of the meeting on its wall, in rows, then forgets them. Anonymous notes
 * go up without author: once forgotten here, nothing anywhere says who wrote them. A note already
 * on the wall (a reveal interrupted after the wall was stored) is not put up twice.
 */
export async function revealPrivateNotes(
  db: Db,
  documents: DocumentHost,
  meetingId: string,
  anonymous: boolean,
): Promise<void> {
  const rows = await db
    .select()
    .from(meetingPrivateNotes)
    .where(eq(meetingPrivateNotes.meetingId, meetingId))
    .orderBy(asc(meetingPrivateNotes.createdAt), asc(meetingPrivateNotes.id));
  if (rows.length === 0) return;
  await documents.change(noteWallDocName(meetingId), (doc) => {
    const wall = entriesOf(doc, NOTES.name);
    rows.forEach((row, i) => {
      if (wall.has(row.id)) return;
      addNote(
        doc,
        {
          id: row.id,
          text: row.text,
          tint: row.tint as PrivateNote['tint'],
          x: 16 + (i % COLUMNS) * SPACING_X,
          y: 16 + Math.floor(i / COLUMNS) * SPACING_Y,
          createdAt: row.createdAt.getTime(),
          ...(anonymous ? {} : { authorId: row.participantId, authorName: row.authorName }),
        },
        'reveal',
      );
    });
  });
  await db.delete(meetingPrivateNotes).where(eq(meetingPrivateNotes.meetingId, meetingId));
}
