// A card's goals by horizon (短期 / 中期 / 長期) and its evaluations (評価: "without evaluation
// the cycle does not turn"). Both live in the term's Yjs document beside the four columns, each
// goal or evaluation its own entry, so they are co-edited live and checked by the realtime server
// like the columns' entries. No words here: problems are codes (shared/issues).
import { z } from 'zod';
import { isoDate, optionalIsoDate } from '../case/fields';
import { entryId, optionalText, requiredText } from '../document/fieldSchemas';

export const GOAL_HORIZONS = ['short', 'mid', 'long'] as const;
export type GoalHorizon = (typeof GOAL_HORIZONS)[number];

export const cardGoalSchema = z.object({
  id: entryId,
  cardId: z.string().uuid(),
  horizon: z.enum(GOAL_HORIZONS),
  text: requiredText(500, { multiline: true }),
  targetDate: optionalIsoDate(),
  /** How far along, in percent. */
  progress: z.number().int().min(0).max(100).default(0),
});
export type CardGoal = z.output<typeof cardGoalSchema>;
export type CardGoalInput = Omit<z.input<typeof cardGoalSchema>, 'id'> & { id?: string };

export const cardEvaluationSchema = z.object({
  id: entryId,
  cardId: z.string().uuid(),
  date: isoDate(),
  achieved: requiredText(1000, { multiline: true }),
  indicator: optionalText(300),
  nextStep: optionalText(500, { multiline: true }),
});
export type CardEvaluation = z.output<typeof cardEvaluationSchema>;
export type CardEvaluationInput = Omit<z.input<typeof cardEvaluationSchema>, 'id'> & {
  id?: string;
};
