import { describe, expect, it } from 'vitest';
import type { CardView } from '../cardApi';
import { cardTree } from './cardTree';

const card = (id: string, code: string, parentId: string | null = null): CardView => ({
  id,
  termId: 't',
  subcommitteeId: null,
  parentId,
  carriedFromId: null,
  raisedIssueId: null,
  code,
  title: code,
  summary: '',
  theme: '',
  fields: [],
  hubFunctions: [],
  status: 'raised',
  createdAt: '2026-01-01T00:00:00Z',
});

describe('the cards as a tree of issues and their sub-items', () => {
  const cards = [
    card('a', 'A'),
    card('d', 'D'),
    card('da', 'D-a', 'd'),
    card('b', 'B'),
    card('db', 'D-b', 'd'),
    card('ab', 'A-b', 'a'),
  ];

  it('puts each issue\u2019s sub-items right after it, naming the parent', () => {
    expect(cardTree(cards).map((x) => `${x.card.code}<${x.parent?.code ?? ''}`)).toEqual([
      'A<',
      'A-b<A',
      'D<',
      'D-a<D',
      'D-b<D',
      'B<',
    ]);
  });

  it('keeps a shown sub-item in its place when its parent is filtered out', () => {
    const tree = cardTree(cards, (c) => c.code !== 'D' && c.code !== 'A-b');
    expect(tree.map((x) => `${x.card.code}<${x.parent?.code ?? ''}`)).toEqual([
      'A<',
      'D-a<D',
      'D-b<D',
      'B<',
    ]);
  });
});
