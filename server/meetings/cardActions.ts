import { asc, eq, inArray } from 'drizzle-orm';
import type { ActionItem } from '../../shared/meeting/minutes';
import { findCard, findTerm, recordCardEvent, termResource } from '../cards/store';
import type { Db } from '../db/client';
import { meetingCardActions, meetings } from '../db/schema';
import { type Actor, can } from '../policies';
import { type MeetingRow, notContributors } from './store';

// Action items of a meeting's minutes placed on their issue cards when the meeting closes: a row
// per item (keyed by meeting and item, so placing again adds nothing) and a step in the card's
// story, written together in one transaction.

export type Placement = {
  /** Items placed by this call. */
  placed: string[];
  /** Items not placed: the card is gone, of another council, in a closed term, or not the closer's to change. */
  refused: string[];
};

/**
 * Places each action item that names a card on it, as `actor` (the one closing the meeting, who
 * must be able to edit the card's term). Returns the terms whose cards changed.
 */
export async function placeActionItems(
  db: Db,
  actor: Actor,
  meeting: MeetingRow,
  actions: readonly ActionItem[],
): Promise<Placement & { termIds: Set<string> }> {
  const placed: string[] = [];
  const refused: string[] = [];
  const termIds = new Set<string>();
  const withCard = actions.filter((a) => a.cardId);
  const owners = [...new Set(withCard.flatMap((a) => (a.ownerId ? [a.ownerId] : [])))];
  // An owner who is not (or no longer) of the council is kept by name only.
  const outsiders = new Set(await notContributors(db, meeting.councilId, owners));
  await db.transaction(async (txDb) => {
    const tx = txDb as unknown as Db;
    for (const action of withCard) {
      const card = await findCard(tx, action.cardId as string);
      const term = card && (await findTerm(tx, card.termId));
      if (
        !card ||
        !term ||
        card.councilId !== meeting.councilId ||
        !can(actor, 'edit', termResource(term))
      ) {
        refused.push(action.id);
        continue;
      }
      const ownerId = action.ownerId && !outsiders.has(action.ownerId) ? action.ownerId : null;
      const inserted = await tx
        .insert(meetingCardActions)
        .values({
          meetingId: meeting.id,
          itemId: action.id,
          cardId: card.id,
          text: action.text,
          ownerId,
          ownerName: action.ownerName ?? '',
          due: action.due ?? null,
          createdBy: actor.userId,
        })
        .onConflictDoNothing()
        .returning({ itemId: meetingCardActions.itemId });
      if (inserted.length === 0) continue;
      await recordCardEvent(tx, {
        cardId: card.id,
        kind: 'meetingAction',
        detail: {
          meeting: meeting.title,
          text: action.text,
          owner: action.ownerName ?? null,
          due: action.due ?? null,
        },
        actorId: actor.userId,
      });
      placed.push(action.id);
      termIds.add(term.id);
    }
  });
  return { placed, refused, termIds };
}

/** The ids of a meeting's action items already on their cards. */
export async function placedItemIds(db: Db, meetingId: string): Promise<Set<string>> {
  const rows = await db
    .select({ itemId: meetingCardActions.itemId })
    .from(meetingCardActions)
    .where(eq(meetingCardActions.meetingId, meetingId));
  return new Set(rows.map((r) => r.itemId));
}

/** The action items on these cards (a card and those it was carried from), oldest first. */
export async function actionsOnCards(db: Db, cardIds: readonly string[]) {
  if (cardIds.length === 0) return [];
  return db
    .select({
      meetingId: meetingCardActions.meetingId,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
      itemId: meetingCardActions.itemId,
      cardId: meetingCardActions.cardId,
      text: meetingCardActions.text,
      ownerName: meetingCardActions.ownerName,
      due: meetingCardActions.due,
      createdAt: meetingCardActions.createdAt,
    })
    .from(meetingCardActions)
    .innerJoin(meetings, eq(meetings.id, meetingCardActions.meetingId))
    .where(inArray(meetingCardActions.cardId, [...cardIds]))
    .orderBy(asc(meetingCardActions.createdAt), asc(meetingCardActions.itemId));
}
