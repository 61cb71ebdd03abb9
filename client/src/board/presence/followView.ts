// Following someone's view of the canvas. Screens differ in size, so a view is shared as the
// flow point at the centre of the canvas plus the zoom, and each follower centres that point.
import type { View } from './usePresence';

export type Viewport = { x: number; y: number; zoom: number };
export type Size = { width: number; height: number };

/** The view a viewport (React Flow's transform) shows on a canvas of this size. */
export function viewOf(viewport: Viewport, size: Size): View {
  return {
    x: (size.width / 2 - viewport.x) / viewport.zoom,
    y: (size.height / 2 - viewport.y) / viewport.zoom,
    zoom: viewport.zoom,
  };
}

/** The viewport that shows a view centred on a canvas of this size. */
export function viewportFor(view: View, size: Size): Viewport {
  return {
    x: size.width / 2 - view.x * view.zoom,
    y: size.height / 2 - view.y * view.zoom,
    zoom: view.zoom,
  };
}
