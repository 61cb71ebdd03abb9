// Where the canvas opens: the whole board when it fits at a size people can read; otherwise every
// lane top to bottom, from the lanes' start (their names and first agencies), as large as the
// height allows — and the reader is told that 全体を表示 shows the rest.
import type { Viewport } from '@xyflow/react';

export type Rect = { x: number; y: number; width: number; height: number };
export type Size = { width: number; height: number };

/** Below this zoom a card's words are too small to read (its name is then under 8 px). */
export const READABLE_ZOOM = 0.6;
const MAX_OPENING_ZOOM = 1;
const MARGIN = 16;

export function openingViewport(bounds: Rect, size: Size): { viewport: Viewport; whole: boolean } {
  const room = { width: size.width - 2 * MARGIN, height: size.height - 2 * MARGIN };
  const fitWidth = room.width / bounds.width;
  const fitHeight = room.height / bounds.height;
  const whole = Math.min(fitWidth, fitHeight, MAX_OPENING_ZOOM);
  if (whole >= READABLE_ZOOM) {
    return {
      viewport: {
        zoom: whole,
        x: (size.width - bounds.width * whole) / 2 - bounds.x * whole,
        y: (size.height - bounds.height * whole) / 2 - bounds.y * whole,
      },
      whole: true,
    };
  }
  const zoom = Math.max(READABLE_ZOOM, Math.min(fitHeight, MAX_OPENING_ZOOM));
  const tall = bounds.height * zoom > room.height;
  return {
    viewport: {
      zoom,
      x: MARGIN - bounds.x * zoom,
      y: tall
        ? MARGIN - bounds.y * zoom
        : (size.height - bounds.height * zoom) / 2 - bounds.y * zoom,
    },
    whole: false,
  };
}

/** The rectangle around every node (each with its own size). */
export function boundsOf(
  nodes: readonly { position: { x: number; y: number }; width?: number; height?: number }[],
): Rect | null {
  if (nodes.length === 0) return null;
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const { position, width = 0, height = 0 } of nodes) {
    left = Math.min(left, position.x);
    top = Math.min(top, position.y);
    right = Math.max(right, position.x + width);
    bottom = Math.max(bottom, position.y + height);
  }
  return { x: left, y: top, width: Math.max(right - left, 1), height: Math.max(bottom - top, 1) };
}
