import { describe, expect, it } from 'vitest';
import { viewOf, viewportFor } from './followView';

describe('follow view', () => {
  it('shares the centre point, so a smaller screen shows the same place in its middle', () => {
    const view = viewOf({ x: -100, y: 50, zoom: 2 }, { width: 1600, height: 1000 });
    expect(view).toEqual({ x: 450, y: 225, zoom: 2 });
    const small = viewportFor(view, { width: 800, height: 600 });
    expect(small).toEqual({ x: -500, y: -150, zoom: 2 });
    expect(viewOf(small, { width: 800, height: 600 })).toEqual(view);
  });
});
