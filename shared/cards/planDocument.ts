// Goals and evaluations in a term's cards document (cardPlan.ts): two collections beside the
// four columns' 'entries',
//   Y.Map 'goals':       goal id → Y.Map { cardId, horizon, text, targetDate?, progress }
//   Y.Map 'evaluations': evaluation id → Y.Map { cardId, date, achieved, indicator?, nextStep? }
// read and written through the generic collection functions the case documents use.
import type * as Y from 'yjs';
import { addEntry, type Collection, readAll, removeEntries, updateEntry } from '../case/collection';
import type { FieldIssue, Result } from '../issues/fieldIssue';
import {
  type CardEvaluation,
  type CardEvaluationInput,
  type CardGoal,
  type CardGoalInput,
  cardEvaluationSchema,
  cardGoalSchema,
  GOAL_HORIZONS,
  type GoalHorizon,
} from './cardPlan';

type PlanPart = 'goals' | 'evaluations';

export const GOALS: Collection<CardGoal, PlanPart> = {
  name: 'goals',
  schema: cardGoalSchema,
};

export const EVALUATIONS: Collection<CardEvaluation, PlanPart> = {
  name: 'evaluations',
  schema: cardEvaluationSchema,
};

export const PLAN_COLLECTIONS = [GOALS, EVALUATIONS] as const;

/** One card's goals by horizon (by target date, undated last) and evaluations (newest first). */
export type CardPlan = { goals: Record<GoalHorizon, CardGoal[]>; evaluations: CardEvaluation[] };

const emptyPlan = (): CardPlan => ({
  goals: { short: [], mid: [], long: [] },
  evaluations: [],
});

const UNDATED = '9999-12-31';
const byTargetDate = (a: CardGoal, b: CardGoal) =>
  (a.targetDate ?? UNDATED).localeCompare(b.targetDate ?? UNDATED) || a.id.localeCompare(b.id);

/** Every card's plan; invalid entries (a concurrent edit, a bad client) are skipped. */
export function readTermPlans(doc: Y.Doc): Map<string, CardPlan> {
  const problems: { part: PlanPart; id: string; issues: FieldIssue[] }[] = [];
  const plans = new Map<string, CardPlan>();
  const planOf = (cardId: string) => {
    let plan = plans.get(cardId);
    if (!plan) {
      plan = emptyPlan();
      plans.set(cardId, plan);
    }
    return plan;
  };
  for (const goal of readAll(doc, GOALS, problems))
    planOf(goal.cardId).goals[goal.horizon].push(goal);
  for (const evaluation of readAll(doc, EVALUATIONS, problems)) {
    planOf(evaluation.cardId).evaluations.push(evaluation);
  }
  for (const plan of plans.values()) {
    plan.evaluations.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
    for (const horizon of GOAL_HORIZONS) plan.goals[horizon].sort(byTargetDate);
  }
  return plans;
}

export function planOf(plans: Map<string, CardPlan>, cardId: string): CardPlan {
  return plans.get(cardId) ?? emptyPlan();
}

export const addCardGoal = (doc: Y.Doc, input: CardGoalInput, origin: unknown): Result<CardGoal> =>
  addEntry(doc, GOALS, input, origin);

export const updateCardGoal = (
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<CardGoalInput, 'id' | 'cardId'>>,
  origin: unknown,
): Result<CardGoal> => updateEntry(doc, GOALS, id, patch, origin);

export const removeCardGoal = (doc: Y.Doc, id: string, origin: unknown): boolean =>
  removeEntries(doc, GOALS.name, [id], origin) > 0;

export const addCardEvaluation = (
  doc: Y.Doc,
  input: CardEvaluationInput,
  origin: unknown,
): Result<CardEvaluation> => addEntry(doc, EVALUATIONS, input, origin);

export const updateCardEvaluation = (
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<CardEvaluationInput, 'id' | 'cardId'>>,
  origin: unknown,
): Result<CardEvaluation> => updateEntry(doc, EVALUATIONS, id, patch, origin);

export const removeCardEvaluation = (doc: Y.Doc, id: string, origin: unknown): boolean =>
  removeEntries(doc, EVALUATIONS.name, [id], origin) > 0;
