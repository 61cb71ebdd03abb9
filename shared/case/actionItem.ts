// What the conference agreed someone will do, by when.
import { z } from 'zod';
import { entryId, optionalText, requiredText } from '../board/fieldSchemas';
import { optionalIsoDate } from './fields';

export const ACTION_STATUSES = ['open', 'inProgress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const actionItemSchema = z.object({
  id: entryId,
  title: requiredText('やること', 200),
  owner: optionalText('担当', 120),
  due: optionalIsoDate('期限'),
  status: z
    .enum(ACTION_STATUSES, { error: '状況は 未着手・対応中・完了 から選んでください' })
    .default('open'),
});
export type ActionItem = z.output<typeof actionItemSchema>;
export type ActionItemInput = Omit<z.input<typeof actionItemSchema>, 'id'> & { id?: string };
