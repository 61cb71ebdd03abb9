import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { termCardsRules } from '../cards/documentCheck';
import { applyUpdateOrRevert } from '../documentGuard';
import {
  fiscalYearsOf,
  hubKey,
  hubReviewOf,
  readHubReview,
  setHubField,
  setHubHolder,
} from './hubReview';

const subcommitteeId = '22222222-2222-4222-8222-222222222222';

describe('hub review', () => {
  it('spans the fiscal years (April to March) of a term', () => {
    expect(fiscalYearsOf({ startsOn: '2025-04-01', endsOn: '2027-03-31' })).toEqual([2025, 2026]);
    expect(fiscalYearsOf({ startsOn: '2026-01-10', endsOn: '2026-04-01' })).toEqual([2025, 2026]);
  });

  it('keeps each field per year and function; empty text and 未評価 clear it', () => {
    const doc = new Y.Doc();
    const at = { fiscalYear: 2025, hubFunction: 'emergency' as const };
    expect(setHubField(doc, { ...at, field: 'goalShort' }, ' 夜間の当番表を作る ', null).ok).toBe(
      true,
    );
    expect(setHubField(doc, { ...at, field: 'rating' }, 'partly', null).ok).toBe(true);
    setHubHolder(doc, subcommitteeId, null);
    const review = readHubReview(doc, [2025, 2026]);
    expect(review.holder).toBe(subcommitteeId);
    expect(review.years.get(2025)?.emergency).toMatchObject({
      goalShort: '夜間の当番表を作る',
      rating: 'partly',
      comment: '',
    });
    expect(review.years.get(2026)?.emergency.rating).toBe('notRated');
    setHubField(doc, { ...at, field: 'goalShort' }, '', null);
    setHubField(doc, { ...at, field: 'rating' }, 'notRated', null);
    expect(hubReviewOf(doc).size).toBe(1);
  });

  it('refuses a rating off the scale and control characters', () => {
    const doc = new Y.Doc();
    const at = { fiscalYear: 2025, hubFunction: 'consultation' as const };
    expect(setHubField(doc, { ...at, field: 'rating' }, 'excellent', null).ok).toBe(false);
    expect(setHubField(doc, { ...at, field: 'comment' }, 'a\u0000b', null).ok).toBe(false);
    expect(hubReviewOf(doc).size).toBe(0);
  });

  it('the realtime rules undo a value written around the schema, for everyone', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    client.transact(() => {
      hubReviewOf(client).set(hubKey(2025, 'workforce', 'rating'), 'perfect');
      hubReviewOf(client).set('2025.magic.comment', 'x');
    });
    const result = applyUpdateOrRevert(
      server,
      Y.encodeStateAsUpdate(client),
      'peer',
      termCardsRules,
    );
    expect(result).toMatchObject({ ok: false, reverted: true });
    expect(hubReviewOf(server).size).toBe(0);
    const good = new Y.Doc();
    setHubField(
      good,
      { fiscalYear: 2025, hubFunction: 'workforce', field: 'done' },
      '研修2回',
      null,
    );
    expect(
      applyUpdateOrRevert(server, Y.encodeStateAsUpdate(good), 'peer', termCardsRules),
    ).toEqual({ ok: true });
  });
});
