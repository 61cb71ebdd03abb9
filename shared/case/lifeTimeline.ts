// The person's life-stage timeline: stages (child → adult → elderly) and the transitions between
// them where support is most often lost — a school change, turning 65 (the move to long-term-care
// insurance), parents ageing ("8050"). Each transition names who takes over support.
import { z } from 'zod';
import { entryId, optionalText } from '../board/fieldSchemas';
import { LIFE_STAGES } from '../domain';
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
    kind: z.enum(TIMELINE_KINDS, { error: '「ライフステージ」か「移行」を選んでください' }),
    date: isoDate('日付'),
    stage: z.enum(LIFE_STAGES, { error: 'ライフステージを選んでください' }).optional(),
    transition: z.enum(TRANSITIONS, { error: '移行の種類を選んでください' }).optional(),
    // Who takes over support at a transition (a person, an agency or a role).
    takesOver: nameList('引き継ぎ先', TAKES_OVER_MAX).default([]),
    note: optionalText('メモ', 1000),
  })
  .refine((e) => e.kind !== 'stage' || e.stage !== undefined, {
    message: 'ライフステージを選んでください',
    path: ['stage'],
  })
  .refine((e) => e.kind !== 'transition' || e.transition !== undefined, {
    message: '移行の種類を選んでください',
    path: ['transition'],
  });
export type TimelineEntry = z.output<typeof timelineEntrySchema>;
export type TimelineEntryInput = Omit<z.input<typeof timelineEntrySchema>, 'id'> & { id?: string };
