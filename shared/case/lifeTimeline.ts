// The person's life-stage timeline: stages (child → adult → elderly) and the transitions between
// them where support is most often lost — a school change, turning 65 (the move to long-term-care
// insurance), parents ageing ("8050"). Each transition names who takes over support.
import { z } from 'zod';
import { entryId, optionalText } from '../document/fieldSchemas';
import { LIFE_STAGES } from '../domain';
import { rule } from '../issues/fieldIssue';
import { isoDate, nameList } from './fields';

export const TIMELINE_KINDS = ['stage', 'transition'] as const;

export const TRANSITIONS = [
  'schoolEntry', // 就学
  'schoolChange', // 進学・転校
  'graduation', // 卒業
  'employment', // 就職・就労
  'movingOut', // 親元を離れる・転居
  'age65LongTermCare', // 65歳・介護保険への移行
  'parentsAgeing8050', // 親の高齢化（8050）
  'hospitalDischarge', // 入院・退院
  'other',
] as const;
export type Transition = (typeof TRANSITIONS)[number];

export const TAKES_OVER_MAX = 20;

export const timelineEntrySchema = z
  .object({
    id: entryId,
    kind: z.enum(TIMELINE_KINDS),
    date: isoDate(),
    stage: z.enum(LIFE_STAGES).optional(),
    transition: z.enum(TRANSITIONS).optional(),
    // Who takes over support at a transition (a person, an agency or a role).
    takesOver: nameList(TAKES_OVER_MAX).default([]),
    note: optionalText(1000, { multiline: true }),
  })
  .refine((e) => e.kind !== 'stage' || e.stage !== undefined, rule('stageRequired', {}, ['stage']))
  .refine(
    (e) => e.kind !== 'transition' || e.transition !== undefined,
    rule('transitionRequired', {}, ['transition']),
  );
export type TimelineEntry = z.output<typeof timelineEntrySchema>;
export type TimelineEntryInput = Omit<z.input<typeof timelineEntrySchema>, 'id'> & { id?: string };
