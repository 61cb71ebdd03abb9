import { describe, expect, it } from 'vitest';
import { boundsOf, openingViewport, READABLE_ZOOM } from './openingView';

describe('openingViewport', () => {
  it('shows a small board whole and centred, never enlarged past its natural size', () => {
    const { viewport, whole } = openingViewport(
      { x: 100, y: 0, width: 400, height: 200 },
      { width: 1200, height: 600 },
    );
    expect(whole).toBe(true);
    expect(viewport.zoom).toBe(1);
    expect(viewport.x).toBe(400 - 100);
    expect(viewport.y).toBe(200);
  });

  it('shrinks a board to fit while it stays readable', () => {
    const { viewport, whole } = openingViewport(
      { x: 0, y: 0, width: 2000, height: 800 },
      { width: 1432, height: 632 },
    );
    expect(whole).toBe(true);
    expect(viewport.zoom).toBeCloseTo(0.7);
  });

  it('opens a wide board at its start with every lane in view, as large as the height allows', () => {
    const { viewport, whole } = openingViewport(
      { x: 0, y: 0, width: 6000, height: 850 },
      { width: 1100, height: 560 },
    );
    expect(whole).toBe(false);
    expect(viewport.zoom).toBeCloseTo(528 / 850);
    expect(viewport.x).toBe(16);
    // Every lane fits top to bottom.
    expect(viewport.y + 850 * viewport.zoom).toBeLessThanOrEqual(560);
  });

  it('never opens smaller than readable: a short window shows the top lanes', () => {
    const { viewport, whole } = openingViewport(
      { x: 0, y: -50, width: 6000, height: 850 },
      { width: 800, height: 300 },
    );
    expect(whole).toBe(false);
    expect(viewport.zoom).toBe(READABLE_ZOOM);
    expect(viewport.y).toBe(16 + 50 * READABLE_ZOOM);
  });
});

describe('boundsOf', () => {
  it('spans every node with its size, and is null for none', () => {
    expect(
      boundsOf([
        { position: { x: 10, y: 20 }, width: 200, height: 92 },
        { position: { x: -40, y: 300 }, width: 100, height: 50 },
      ]),
    ).toEqual({ x: -40, y: 20, width: 250, height: 330 });
    expect(boundsOf([])).toBeNull();
  });
});
