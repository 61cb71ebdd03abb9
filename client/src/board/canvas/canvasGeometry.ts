// Where things stand on the canvas: five horizontal lanes, one per layer, top to bottom Ⅰ–Ⅴ.
// An agency's x comes from its stored position (or its place in the lane); its y always stays
// inside its layer's lane.
import type { Agency, Position } from '../../../../shared/board/agency';
import { LAYERS, type Layer } from '../../../../shared/domain';

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 92;
export const LANE_HEIGHT = 170;
export const LANE_LABEL_WIDTH = 170;
const GAP = 40;
const PADDING = 20;

export const laneTop = (layer: Layer): number => LAYERS.indexOf(layer) * LANE_HEIGHT;

/** Keeps a y inside the layer's lane. */
export function clampToLane(layer: Layer, y: number): number {
  const top = laneTop(layer) + PADDING;
  return Math.min(Math.max(y, top), top + LANE_HEIGHT - NODE_HEIGHT - 2 * PADDING);
}

/** The default place of the index-th agency of a lane that has no stored position. */
export function defaultPosition(layer: Layer, index: number): Position {
  return {
    x: LANE_LABEL_WIDTH + GAP + index * (NODE_WIDTH + GAP),
    y: laneTop(layer) + PADDING + 24,
  };
}

/** Every agency's position on the canvas. */
export function positionsOf(agencies: readonly Agency[]): Map<string, Position> {
  const placed = new Map<string, Position>();
  const unplacedInLane = new Map<Layer, number>();
  for (const agency of agencies) {
    if (agency.position) {
      placed.set(agency.id, {
        x: agency.position.x,
        y: clampToLane(agency.layer, agency.position.y),
      });
    } else {
      const index = unplacedInLane.get(agency.layer) ?? 0;
      unplacedInLane.set(agency.layer, index + 1);
      placed.set(agency.id, defaultPosition(agency.layer, index));
    }
  }
  return placed;
}

/** How wide the lanes must be to hold every agency. */
export function laneWidth(positions: Iterable<Position>): number {
  let right = LANE_LABEL_WIDTH + 4 * (NODE_WIDTH + GAP);
  for (const p of positions) right = Math.max(right, p.x + NODE_WIDTH + GAP);
  return right;
}
