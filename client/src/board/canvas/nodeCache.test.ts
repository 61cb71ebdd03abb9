import { describe, expect, it } from 'vitest';
import { createNodeCache } from './nodeCache';
import { testAgency } from './testAgency';

describe('node cache', () => {
  it('returns the same node until the agency, its place or its look changes', () => {
    const cache = createNodeCache((a) => ({ label: a.name, badges: [], night: null }));
    const agency = testAgency('a', 'core');
    const look = { selected: false, faded: false, selectedBy: [], tabStop: false };
    const first = cache.get(agency, { x: 1, y: 2 }, look);
    expect(cache.get(agency, { x: 1, y: 2 }, { ...look })).toBe(first);
    expect(cache.get(agency, { x: 5, y: 2 }, look)).not.toBe(first);
    const moved = cache.get(agency, { x: 5, y: 2 }, look);
    expect(cache.get({ ...agency, name: '新しい名前' }, { x: 5, y: 2 }, look).ariaLabel).toBe(
      '新しい名前',
    );
    expect(cache.get(agency, { x: 5, y: 2 }, { ...look, faded: true })).not.toBe(moved);
    const stop = cache.get(agency, { x: 5, y: 2 }, { ...look, tabStop: true });
    expect(stop.domAttributes).toEqual({ tabIndex: 0 });
    expect(cache.get(agency, { x: 5, y: 2 }, look).domAttributes).toEqual({ tabIndex: -1 });
  });
});
