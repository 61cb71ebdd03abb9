import { describe, expect, it } from 'vitest';
import type { Agency } from '../../../../shared/board/agency';
import { arrange, type Backdrop, dropPosition, fieldGroupOf } from './arrangements';
import { LANE_HEIGHT, laneTop, NODE_HEIGHT, NODE_WIDTH, positionsOf } from './canvasGeometry';
import { testAgency } from './testAgency';

const withFields = (id: string, fields: Agency['fields'], layer: Agency['layer'] = 'registered') =>
  testAgency(id, layer, { fields });

const inside = (backdrop: Backdrop | undefined, p: { x: number; y: number } | undefined) =>
  backdrop !== undefined &&
  p !== undefined &&
  p.x >= backdrop.x &&
  p.x + NODE_WIDTH <= backdrop.x + backdrop.width &&
  p.y >= backdrop.y &&
  p.y + NODE_HEIGHT <= backdrop.y + backdrop.height;

describe('field groups', () => {
  it('puts an agency of one silo in it, one bridging silos in “multiple”, partners by first field', () => {
    expect(fieldGroupOf({ fields: ['child'] })).toBe('child');
    expect(fieldGroupOf({ fields: ['disability', 'medical'] })).toBe('disability');
    expect(fieldGroupOf({ fields: ['child', 'disability'] })).toBe('multiple');
    expect(fieldGroupOf({ fields: ['elderly', 'disability', 'other'] })).toBe('multiple');
    expect(fieldGroupOf({ fields: ['education', 'medical'] })).toBe('medical');
    expect(fieldGroupOf({ fields: ['other'] })).toBe('other');
  });
});

describe('arrangements', () => {
  const agencies = [
    withFields('jidou', ['child'], 'core'),
    withFields('hattatsu', ['child', 'disability'], 'registered'),
    withFields('gh-b', ['disability'], 'registered'),
    withFields('gh-a', ['disability'], 'registered'),
    withFields('city', ['disability'], 'municipality'),
    withFields('kango', ['medical'], 'cooperating'),
  ];

  it('groups by field: silo columns side by side, each agency inside its group, none overlapping', () => {
    const { positions, backdrops, draggable } = arrange('fields', agencies);
    expect(draggable).toBe(false);
    expect(backdrops.map((b) => [b.labelKey, b.count])).toEqual([
      ['fields.child', 1],
      ['fields.disability', 3],
      ['fields.elderly', 0],
      ['canvas.groupMultiple', 1],
      ['fields.medical', 1],
    ]);
    for (let i = 1; i < backdrops.length; i++) {
      const previous = backdrops[i - 1] as Backdrop;
      expect(backdrops[i]?.x).toBe(previous.x + previous.width);
    }
    const group = (id: string) => backdrops.find((b) => b.id === id);
    expect(inside(group('group-child'), positions.get('jidou'))).toBe(true);
    expect(inside(group('group-multiple'), positions.get('hattatsu'))).toBe(true);
    expect(inside(group('group-medical'), positions.get('kango'))).toBe(true);
    for (const id of ['city', 'gh-a', 'gh-b']) {
      expect(inside(group('group-disability'), positions.get(id))).toBe(true);
    }
    const places = [...positions.values()];
    for (const p of places) {
      for (const q of places) {
        if (p === q) continue;
        const apart = Math.abs(p.x - q.x) >= NODE_WIDTH || Math.abs(p.y - q.y) >= NODE_HEIGHT;
        expect(apart).toBe(true);
      }
    }
  });

  it('orders a group by layer, then by name, whatever the document order', () => {
    const order = (list: Agency[]) => {
      const { positions } = arrange('fields', list);
      return ['city', 'gh-a', 'gh-b'].sort((p, q) => {
        const a = positions.get(p) ?? { x: 0, y: 0 };
        const b = positions.get(q) ?? { x: 0, y: 0 };
        return a.y - b.y || a.x - b.x;
      });
    };
    expect(order(agencies)).toEqual(['city', 'gh-a', 'gh-b']);
    expect(order([...agencies].reverse())).toEqual(['city', 'gh-a', 'gh-b']);
  });

  it('grows a crowded group into several columns instead of one endless one', () => {
    const many = Array.from({ length: 30 }, (_, i) => withFields(`d${i}`, ['disability']));
    const { backdrops } = arrange('fields', many);
    const disability = backdrops.find((b) => b.id === 'group-disability');
    expect(disability?.width).toBeGreaterThanOrEqual(3 * NODE_WIDTH);
    expect(disability?.height).toBeLessThan(15 * NODE_HEIGHT);
  });

  it('keeps the lanes as before', () => {
    const { positions, backdrops, draggable } = arrange('lanes', agencies);
    expect(draggable).toBe(true);
    expect(positions).toEqual(positionsOf(agencies));
    expect(backdrops.map((b) => [b.labelKey, b.y, b.height])).toEqual([
      ['layers.municipality', laneTop('municipality'), LANE_HEIGHT],
      ['layers.core', laneTop('core'), LANE_HEIGHT],
      ['layers.registered', laneTop('registered'), LANE_HEIGHT],
      ['layers.cooperating', laneTop('cooperating'), LANE_HEIGHT],
      ['layers.community', laneTop('community'), LANE_HEIGHT],
    ]);
  });

  it('frees agencies from the lanes: a free place wins, the others stand where their lane puts them', () => {
    const placed = [
      testAgency('a', 'core', { position: { x: 300, y: 200 }, freePosition: { x: -80, y: 2000 } }),
      testAgency('b', 'core', { position: { x: 600, y: 200 } }),
    ];
    const { positions, backdrops } = arrange('free', placed);
    expect(backdrops).toEqual([]);
    expect(positions.get('a')).toEqual({ x: -80, y: 2000 });
    expect(positions.get('b')).toEqual(positionsOf(placed).get('b'));
  });

  it('keeps a drop in the agency’s lane only in the lanes', () => {
    const far = { x: 10, y: 5000 };
    expect(dropPosition('free', { layer: 'core' }, far)).toEqual(far);
    expect(dropPosition('lanes', { layer: 'core' }, far).y).toBeLessThan(
      laneTop('core') + LANE_HEIGHT,
    );
  });
});
