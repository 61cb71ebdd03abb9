// Turning a note, or a group of notes, of a meeting's wall into an entry of an issue card's column
// (the facilitator's action, done by the server: it writes both documents).
import { z } from 'zod';
import { id } from '../api';
import { entryId } from '../document/fieldSchemas';
import { CARD_COLUMNS } from '../domain';

export const sendToCardBody = z.object({
  from: z.object({ kind: z.enum(['note', 'group']), id: entryId }),
  cardId: id,
  column: z.enum(CARD_COLUMNS),
});
export type SendToCardBody = z.infer<typeof sendToCardBody>;

export const sentToCardView = z.object({
  cardId: id,
  entryId,
  /** The card as people name it: its code and title. */
  label: z.string(),
  /** False when it had been sent already: the same entry, not a second one. */
  created: z.boolean(),
});
export type SentToCardView = z.infer<typeof sentToCardView>;
