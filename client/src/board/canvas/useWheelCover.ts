import { type RefObject, useEffect } from 'react';

// How long after the last wheel event the canvas counts as still zooming.
const SETTLE_MS = 200;

/**
 * Marks the canvas frame `canvas-wheeling` while the wheel zooms it. Every wheel event makes the
 * browser hit-test what is under the pointer, and on a big board that means thousands of tie
 * curves (the benchmark: ~19 ms an event); board.css then lays a cover over the board so the hit
 * test stops at it, as it does while the pane is dragged.
 */
export function useWheelCover(frame: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onWheel = () => {
      element.classList.add('canvas-wheeling');
      clearTimeout(timer);
      timer = setTimeout(() => element.classList.remove('canvas-wheeling'), SETTLE_MS);
    };
    element.addEventListener('wheel', onWheel, { passive: true, capture: true });
    return () => {
      element.removeEventListener('wheel', onWheel, { capture: true });
      clearTimeout(timer);
    };
  }, [frame]);
}
