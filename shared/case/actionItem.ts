// What the conference agreed someone will do, by when.
import { z } from 'zod';
import { entryId, optionalText, requiredText } from '../document/fieldSchemas';
import { optionalIsoDate } from './fields';

export const ACTION_STATUSES = ['open', 'inProgress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_TITLE_MAX = 200;

export const actionItemSchema = z.object({
  id: entryId,
  title: requiredText(ACTION_TITLE_MAX),
  owner: optionalText(120),
  due: optionalIsoDate(),
  status: z.enum(ACTION_STATUSES).default('open'),
  /** The meeting whose minutes it came from (server/meetings/caseActions.ts). */
  meetingId: z.string().uuid().optional(),
});
export type ActionItem = z.output<typeof actionItemSchema>;
export type ActionItemInput = Omit<z.input<typeof actionItemSchema>, 'id'> & { id?: string };
