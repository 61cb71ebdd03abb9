import { addCardEntry, readTermEntries, termDocName } from '../../shared/cards/termDocument';
import type { SendToCardBody, SentToCardView } from '../../shared/meeting/noteToCard';
import { markSent, noteWallDocName, readWall } from '../../shared/meeting/noteWall';
import { linkCardToMeeting } from '../cards/cardLinks';
import { requireTerm } from '../cards/requestTerm';
import { findCard, recordCardEvent } from '../cards/store';
import type { Db } from '../db/client';
import { notFound } from '../http/errors';
import { type Actor, authorize } from '../policies';
import type { DocumentHost } from '../realtime/realtimeServer';
import { type MeetingRow, meetingResource } from './store';

// The facilitator turns a note, or a group's heading, into an entry of an issue card's column
// (KJ法's outcome becomes the council's material), with a way back: the entry names the note and
// meeting, the note names the entry, the card is linked to the meeting and its story says so.
// The server writes both documents, so the link cannot be half made by a client. Sending again
// (a retry, a second click, two facilitators at once) finds the entry already made.

const ORIGIN = 'note-to-card';

export async function sendToCard(
  db: Db,
  documents: DocumentHost,
  actor: Actor,
  meeting: MeetingRow,
  body: SendToCardBody,
): Promise<SentToCardView> {
  authorize(actor, 'facilitate', meetingResource(meeting));
  const card = await findCard(db, body.cardId);
  if (!card || card.councilId !== meeting.councilId) throw notFound('That card');
  // The card's term decides: a closed term refuses with a message that says so.
  await requireTerm(db, actor, card.termId, 'edit');
  const wallName = noteWallDocName(meeting.id);
  const source = await documents.read(wallName, (doc) => {
    const wall = readWall(doc);
    if (body.from.kind === 'note') {
      const note = wall.notes.find((n) => n.id === body.from.id);
      return note && { text: note.text, sentTo: note.sentTo };
    }
    const group = wall.groups.find((g) => g.id === body.from.id);
    return group && { text: group.title, sentTo: group.sentTo };
  });
  if (!source) throw notFound(body.from.kind === 'note' ? 'That note' : 'That group');
  const label = [card.code, card.title].filter(Boolean).join(' ');
  if (source.sentTo)
    return { ...source.sentTo, label: source.sentTo.label ?? label, created: false };

  const fromNote = { meetingId: meeting.id, noteId: body.from.id };
  let made: { entryId: string; created: boolean } | undefined;
  await documents.change(termDocName(card.termId), (doc) => {
    for (const [cardId, columns] of readTermEntries(doc)) {
      if (cardId !== card.id) continue;
      const earlier = Object.values(columns)
        .flat()
        .find((e) => e.fromNote?.meetingId === meeting.id && e.fromNote.noteId === body.from.id);
      if (earlier) made = { entryId: earlier.id, created: false };
    }
    if (made) return;
    const added = addCardEntry(
      doc,
      { cardId: card.id, column: body.column, text: source.text, fromNote },
      ORIGIN,
    );
    if (!added.ok)
      throw new Error(`the note did not make an entry: ${JSON.stringify(added.issues)}`);
    made = { entryId: added.value.id, created: true };
  });
  if (!made) throw new Error('no entry was made');
  const sent = { cardId: card.id, entryId: made.entryId, label };
  await documents.change(wallName, (doc) => {
    markSent(doc, body.from, sent, ORIGIN);
  });
  if (made.created) {
    await linkCardToMeeting(db, { cardId: card.id, meetingId: meeting.id, actorId: actor.userId });
    await recordCardEvent(db, {
      cardId: card.id,
      kind: 'fromNote',
      detail: {
        meetingId: meeting.id,
        meeting: meeting.title,
        column: body.column,
        text: source.text,
      },
      actorId: actor.userId,
    });
  }
  return { ...sent, created: made.created };
}
