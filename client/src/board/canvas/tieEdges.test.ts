import { describe, expect, it } from 'vitest';
import type { Tie } from '../../../../shared/board/tie';
import { createTieEdgeCache, type TieLook } from './tieEdges';

const tie = (id: string, extra: Partial<Tie> = {}): Tie => ({
  id,
  from: 'a',
  to: 'b',
  kind: 'referral',
  direction: 'both',
  strength: 2,
  ...extra,
});
const look: TieLook = { selected: new Set(), visible: null, patterned: true, labelled: true };
const names = new Map([
  ['a', 'A'],
  ['b', 'B'],
  ['c', 'C'],
]);
const nameOf = (x: Tie) => `${names.get(x.from)} → ${names.get(x.to)}: ${x.kind}`;

describe('tie edge cache', () => {
  it('keeps the array and every edge object while nothing they show changes', () => {
    const cache = createTieEdgeCache((kind) => `kind:${kind}`);
    const ties = [tie('t1'), tie('t2')];
    const first = cache.edges(ties, look, nameOf);
    expect(cache.edges([...ties], { ...look, selected: new Set() }, nameOf)).toBe(first);

    const changed = cache.edges([ties[0] as Tie, tie('t2', { strength: 3 })], look, nameOf);
    expect(changed).not.toBe(first);
    expect(changed[0]).toBe(first[0]);
    expect(changed[1]?.style?.strokeWidth).toBe(3.5);

    const selected = cache.edges(ties, { ...look, selected: new Set(['t1']) }, nameOf);
    expect(selected[0]?.selected).toBe(true);
    expect(selected[1]).not.toBe(changed[1]);
  });

  it('shows kind, direction, strength and filter on each edge', () => {
    const cache = createTieEdgeCache((kind) => `kind:${kind}`);
    const [both, oneWay] = cache.edges(
      [tie('t1'), tie('t2', { direction: 'oneWay', kind: 'cooperation', from: 'c' })],
      { ...look, visible: new Set(['a', 'b']) },
      nameOf,
    );
    expect(both).toMatchObject({ source: 'a', target: 'b', ariaLabel: 'A → B: referral' });
    expect(both?.markerStart).toEqual(both?.markerEnd);
    expect(both?.style?.strokeDasharray).toBe('10 5');
    expect(both?.data).toEqual({ label: 'kind:referral', faded: false });
    expect(oneWay?.markerStart).toBeUndefined();
    expect(oneWay?.data?.faded).toBe(true);
  });

  it('draws many ties plain: solid and unlabelled, the kind still in the accessible name', () => {
    const cache = createTieEdgeCache((kind) => `kind:${kind}`);
    const [edge] = cache.edges([tie('t1')], { ...look, patterned: false, labelled: false }, nameOf);
    expect(edge?.style?.strokeDasharray).toBeUndefined();
    expect(edge?.data?.label).toBeNull();
    expect(edge?.ariaLabel).toBe('A → B: referral');
  });

  it('names each tie by its agencies as they are named now: a rename changes that tie only', () => {
    const cache = createTieEdgeCache((kind) => `kind:${kind}`);
    const ties = [tie('t1'), tie('t2', { from: 'c' })];
    const first = cache.edges(ties, look, nameOf);
    names.set('c', 'C renamed');
    const renamed = cache.edges(ties, look, nameOf);
    names.set('c', 'C');
    expect(renamed[0]).toBe(first[0]);
    expect(renamed[1]?.ariaLabel).toBe('C renamed → B: referral');
  });
});
