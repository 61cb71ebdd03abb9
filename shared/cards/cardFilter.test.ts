import { describe, expect, it } from 'vitest';
import type { CardView } from '../cardApi';
import { cardMatcher, NO_FILTER } from './cardFilter';

const card = (over: Partial<CardView>): CardView => ({
  id: crypto.randomUUID(),
  termId: crypto.randomUUID(),
  subcommitteeId: null,
  parentId: null,
  carriedFromId: null,
  raisedIssueId: null,
  code: '',
  title: '',
  summary: '',
  theme: '',
  fields: [],
  hubFunctions: [],
  status: 'raised',
  createdAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

describe('cardMatcher', () => {
  const cards = [
    card({ code: 'A', title: 'ゆるやかにつながれる居場所づくり', fields: ['child'] }),
    card({
      code: 'B',
      title: 'ライフステージをまたいだ相談支援',
      status: 'discussed',
      hubFunctions: ['consultation'],
    }),
    card({ code: 'C', title: 'ネットワークづくり', subcommitteeId: 's1', summary: 'ｺｰﾃﾞｨﾈｰﾀｰ研修' }),
  ];
  const codes = (filter: Partial<typeof NO_FILTER>) =>
    cards.filter(cardMatcher({ ...NO_FILTER, ...filter })).map((c) => c.code);

  it('folds kana and width, and needs every word', () => {
    expect(codes({ text: 'いばしょ' })).toEqual([]);
    expect(codes({ text: 'イバショ' })).toEqual([]);
    expect(codes({ text: 'らいふすてーじ' })).toEqual(['B']);
    expect(codes({ text: 'コーディネーター' })).toEqual(['C']);
    expect(codes({ text: 'ライフ　相談' })).toEqual(['B']);
    expect(codes({ text: 'ライフ 居場所' })).toEqual([]);
  });

  it('filters by status, field, hub function and 部会 (or none)', () => {
    expect(codes({ status: 'discussed' })).toEqual(['B']);
    expect(codes({ field: 'child' })).toEqual(['A']);
    expect(codes({ hubFunction: 'consultation' })).toEqual(['B']);
    expect(codes({ subcommittee: 's1' })).toEqual(['C']);
    expect(codes({ subcommittee: 'none' })).toEqual(['A', 'B']);
  });
});
