// One entry in a card's four-column table (今あるもの / あったらいいな / 既に取り組んだこと→施策 /
// 提言→施策): a line of text in one column of one card, ordered by `position` within the column.
import { z } from 'zod';
import { entryId, requiredText } from '../document/fieldSchemas';
import { CARD_COLUMNS } from '../domain';

export const ENTRY_TEXT_MAX = 500;

export const cardEntrySchema = z.object({
  id: entryId,
  cardId: z.string().uuid(),
  column: z.enum(CARD_COLUMNS),
  text: requiredText(ENTRY_TEXT_MAX, { multiline: true }),
  position: z.number().finite(),
  // The meeting note (or group of notes) the facilitator made this entry of: the way back to it.
  fromNote: z.object({ meetingId: z.string().uuid(), noteId: entryId }).optional(),
});
export type CardEntry = z.infer<typeof cardEntrySchema>;
export type CardEntryInput = z.input<typeof cardEntrySchema>;
