// One entry in a card's four-column table (今あるもの / あったらいいな / 既に取り組んだこと→施策 /
// 提言→施策): a line of text in one column of one card, ordered by `position` within the column.
import { z } from 'zod';
import { entryId, requiredText } from '../board/fieldSchemas';
import { CARD_COLUMNS } from '../domain';

export const ENTRY_TEXT_MAX = 500;

export const cardEntrySchema = z.object({
  id: entryId,
  cardId: z.string({ error: 'カードの指定がありません' }).uuid('カードの指定が正しくありません'),
  column: z.enum(CARD_COLUMNS, { error: '列は4つの列のどれかを指定してください' }),
  text: requiredText('内容', ENTRY_TEXT_MAX),
  position: z.number({ error: '並び順が正しくありません' }).finite('並び順が正しくありません'),
});
export type CardEntry = z.infer<typeof cardEntrySchema>;
export type CardEntryInput = z.input<typeof cardEntrySchema>;
