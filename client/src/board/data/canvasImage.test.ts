import type { Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { imageFileName, imageFrame } from './canvasImage';

const node = (id: string, x: number, y: number, width = 200, height = 100): Node => ({
  id,
  position: { x, y },
  width,
  height,
  data: {},
});

describe('canvas image', () => {
  it('frames every node at life size with a margin, wherever they stand', () => {
    const frame = imageFrame([node('a', -300, 50), node('b', 900, 700)]);
    expect(frame.viewport.zoom).toBe(1);
    expect(frame.width).toBe(1400 + 80);
    expect(frame.height).toBe(750 + 80);
    // The top-left node lands at the margin.
    expect(frame.viewport.x + -300 * frame.viewport.zoom).toBeCloseTo(40);
    expect(frame.viewport.y + 50 * frame.viewport.zoom).toBeCloseTo(40);
  });

  it('scales a huge board down so that the whole of it still fits a drawable image', () => {
    const frame = imageFrame([node('a', 0, 0), node('b', 48000, 800)]);
    expect(frame.width).toBeLessThanOrEqual(6000);
    expect(frame.viewport.zoom).toBeLessThan(0.2);
    const right = frame.viewport.x + (48000 + 200) * frame.viewport.zoom;
    expect(right).toBeLessThanOrEqual(frame.width);
    expect(frame.viewport.x).toBeGreaterThanOrEqual(0);
  });

  it('names the file after the board and the local date', () => {
    expect(imageFileName('拠点ネットワーク', 'マップ', 'png', new Date(2026, 0, 5, 23, 59))).toBe(
      '拠点ネットワーク_マップ_2026-01-05.png',
    );
  });
});
