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

describe('tie edge cache', () => {
  it('keeps the array and every edge object while nothing they show changes', () => {
    const cache = createTieEdgeCache((kind) => `kind:${kind}`);
    const ties = [tie('t1'), tie('t2')];
    const first = cache.edges(ties, look);
    expect(cache.edges([...ties], { ...look, selected: new Set() })).toBe(first);

    const changed = cache.edges([ties[0] as Tie, tie('t2', { strength: 3 })], look);
    expect(changed).not.toBe(first);
    expect(changed[0]).toBe(first[0]);
    expect(changed[1]?.style?.strokeWidth).toBe(3.5);

    const selected = cache.edges(ties, { ...look, selected: new Set(['t1']) });
    expect(selected[0]?.selected).toBe(true);
    expect(selected[1]).not.toBe(changed[1]);
  });

  it('shows kind, direction, strength and filter on each edge', () => {
    const cache = createTieEdgeCache((kind) => `kind:${kind}`);
    const [both, oneWay] = cache.edges(
      [tie('t1'), tie('t2', { direction: 'oneWay', kind: 'cooperation', from: 'c' })],
      { ...look, visible: new Set(['a', 'b']) },
    );
    expect(both).toMatchObject({ source: 'a', target: 'b', ariaLabel: 'kind:referral' });
    expect(both?.markerStart).toEqual(both?.markerEnd);
    expect(both?.style?.strokeDasharray).toBe('10 5');
    expect(both?.data).toEqual({ label: 'kind:referral', faded: false });
    expect(oneWay?.markerStart).toBeUndefined();
    expect(oneWay?.data?.faded).toBe(true);
  });

  it('draws many ties plain: solid and unlabelled, the kind still in the accessible name', () => {
    const cache = createTieEdgeCache((kind) => `kind:${kind}`);
    const [edge] = cache.edges([tie('t1')], { ...look, patterned: false, labelled: false });
    expect(edge?.style?.strokeDasharray).toBeUndefined();
    expect(edge?.data?.label).toBeNull();
    expect(edge?.ariaLabel).toBe('kind:referral');
  });
});
