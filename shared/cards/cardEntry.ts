// One entry in a card's four-column table (今あるもの / あったらいいな / 既に取り組んだこと→施策 /
// 提言→施策): a line of text in one column of one card, ordered by `position` within the column.
// An entry of 今あるもの（社会資源） may cite agencies on the council's boards: only their ids are
// kept, so the card shows each agency's name as the board has it now (shared/cards/citations.ts).
import { z } from 'zod';
import { entryId, requiredText } from '../document/fieldSchemas';
import { CARD_COLUMNS } from '../domain';
import { rule } from '../issues/fieldIssue';

export const ENTRY_TEXT_MAX = 500;
export const MAX_ENTRY_CITATIONS = 10;

/** An agency on a board of the card's council, cited by an entry. */
export const agencyCitationSchema = z.object({ boardId: z.string().uuid(), agencyId: entryId });
export type AgencyCitation = z.infer<typeof agencyCitationSchema>;

export const cardEntrySchema = z
  .object({
    id: entryId,
    cardId: z.string().uuid(),
    column: z.enum(CARD_COLUMNS),
    text: requiredText(ENTRY_TEXT_MAX, { multiline: true }),
    position: z.number().finite(),
    // The meeting note (or group of notes) the facilitator made this entry of: the way back to it.
    fromNote: z.object({ meetingId: z.string().uuid(), noteId: entryId }).optional(),
    citations: z.array(agencyCitationSchema).max(MAX_ENTRY_CITATIONS).optional(),
  })
  .refine(
    (entry) => !entry.citations?.length || entry.column === 'existing',
    rule('citationsOnlyExisting', {}, ['citations']),
  );
export type CardEntry = z.infer<typeof cardEntrySchema>;
export type CardEntryInput = z.input<typeof cardEntrySchema>;
