import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyUpdateOrRevert } from '../documentGuard';
import { termCardsRules } from './documentCheck';
import {
  addCardEvaluation,
  addCardGoal,
  planOf,
  readTermPlans,
  removeCardGoal,
  updateCardGoal,
} from './planDocument';

const cardId = '11111111-1111-4111-8111-111111111111';

describe('goals and evaluations of a card', () => {
  it('keeps goals by horizon in target-date order and evaluations newest first', () => {
    const doc = new Y.Doc();
    addCardGoal(
      doc,
      { cardId, horizon: 'mid', text: '居場所マップを作る', targetDate: '2027-03-31' },
      null,
    );
    addCardGoal(
      doc,
      { cardId, horizon: 'mid', text: '候補地を3か所見る', targetDate: '2026-09-30' },
      null,
    );
    addCardGoal(doc, { cardId, horizon: 'long', text: '市内どこでも歩いて行ける居場所' }, null);
    addCardEvaluation(doc, { cardId, date: '2026-03-10', achieved: '見学会を2回' }, null);
    addCardEvaluation(
      doc,
      { cardId, date: '2026-11-20', achieved: '候補地を確認', indicator: '見学した候補地の数' },
      null,
    );
    const plan = planOf(readTermPlans(doc), cardId);
    expect(plan.goals.short).toEqual([]);
    expect(plan.goals.mid.map((g) => g.text)).toEqual(['候補地を3か所見る', '居場所マップを作る']);
    expect(plan.goals.long[0]?.progress).toBe(0);
    expect(plan.goals.long[0]?.targetDate).toBeUndefined();
    expect(plan.evaluations.map((e) => e.date)).toEqual(['2026-11-20', '2026-03-10']);
    expect(plan.evaluations[0]?.indicator).toBe('見学した候補地の数');
  });

  it('refuses a goal without text, a progress past 100 and a date that does not exist', () => {
    const doc = new Y.Doc();
    const added = addCardGoal(doc, { cardId, horizon: 'short', text: '研修を開く' }, null);
    if (!added.ok) throw new Error('add failed');
    expect(addCardGoal(doc, { cardId, horizon: 'short', text: ' ' }, null).ok).toBe(false);
    const tooFar = updateCardGoal(doc, added.value.id, { progress: 150 }, null);
    expect(tooFar.ok ? [] : tooFar.issues.map((i) => i.path)).toEqual(['progress']);
    expect(updateCardGoal(doc, added.value.id, { targetDate: '2026-02-30' }, null).ok).toBe(false);
    expect(updateCardGoal(doc, added.value.id, { progress: 40 }, null).ok).toBe(true);
    expect(planOf(readTermPlans(doc), cardId).goals.short[0]?.progress).toBe(40);
    expect(addCardEvaluation(doc, { cardId, date: '', achieved: '何か' }, null).ok).toBe(false);
    expect(removeCardGoal(doc, added.value.id, null)).toBe(true);
    expect(readTermPlans(doc).size).toBe(0);
  });

  it('the realtime rules undo a goal written around the schema', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    client.transact(() => {
      const goal = new Y.Map<unknown>();
      client.getMap('goals').set('g1', goal);
      goal.set('cardId', cardId);
      goal.set('horizon', 'someday');
      goal.set('text', '目標');
      goal.set('progress', 10);
    });
    const result = applyUpdateOrRevert(
      server,
      Y.encodeStateAsUpdate(client),
      'peer',
      termCardsRules,
    );
    expect(result).toMatchObject({ ok: false, reverted: true });
    expect(server.getMap('goals').has('g1')).toBe(false);
  });
});
