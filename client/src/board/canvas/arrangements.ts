// The arrangements of the canvas a viewer can choose (a view choice, not document state):
//   lanes:  five horizontal lanes, one per layer Ⅰ–Ⅴ (canvasGeometry.ts); agencies keep to their
//           lane, and dragging stores the lane place (position).
//   fields: one column per field group, computed from the document: the child / disability /
//           elderly silos side by side, then the agencies that bridge two or more silos in a
//           column of their own, so the council sees both the silos and what crosses them.
//           Medical, education and other partners follow, each in their own column when present.
//           Places are derived, so dragging is off (it would snap back or fight other viewers).
//   free:   anywhere; places people drag are stored in the document (freePosition) and shared;
//           an agency nobody has placed yet stands where its lane puts it.
import type { Agency, Position } from '../../../../shared/board/agency';
import { type Field, LAYERS, type Layer } from '../../../../shared/domain';
import {
  clampToLane,
  LANE_HEIGHT,
  laneTop,
  laneWidth,
  NODE_HEIGHT,
  NODE_WIDTH,
  positionsOf,
} from './canvasGeometry';

export const ARRANGEMENTS = ['lanes', 'fields', 'free'] as const;
export type Arrangement = (typeof ARRANGEMENTS)[number];

export const isArrangement = (value: unknown): value is Arrangement =>
  ARRANGEMENTS.some((a) => a === value);

/** The welfare systems the council wants to cross (児童福祉・障害福祉・介護保険). */
const SILOS = ['child', 'disability', 'elderly'] as const;
const PARTNERS = ['medical', 'education', 'other'] as const;
export const FIELD_GROUPS = [...SILOS, 'multiple', ...PARTNERS] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

/** A labelled background area: a layer's lane or a field group's column. */
export type Backdrop = {
  id: string;
  /** Key of its name in the board translations. */
  labelKey: 'canvas.groupMultiple' | `fields.${Field}` | `layers.${Layer}`;
  /** How many agencies stand in it (field groups). */
  count?: number;
  orientation: 'row' | 'column';
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
};

export type CanvasLayout = {
  positions: Map<string, Position>;
  backdrops: Backdrop[];
  /** Whether a drag changes a stored place (lanes, free) or could only be thrown away (fields). */
  draggable: boolean;
};

const GAP = 40;
const CELL_WIDTH = NODE_WIDTH + GAP;
const CELL_HEIGHT = NODE_HEIGHT + GAP;
const GROUP_HEADER = 64;

/** The group an agency stands in when the canvas is grouped by field. */
export function fieldGroupOf(agency: Pick<Agency, 'fields'>): FieldGroup {
  const silos = SILOS.filter((field) => agency.fields.includes(field));
  if (silos.length > 1) return 'multiple';
  return silos[0] ?? PARTNERS.find((field) => agency.fields.includes(field)) ?? 'other';
}

/** Columns of a group's grid: silos read as tall columns, about three rows per column. */
const columnsFor = (count: number): number => Math.max(1, Math.ceil(Math.sqrt(count / 3)));

const byLayerThenName = (p: Agency, q: Agency): number =>
  LAYERS.indexOf(p.layer) - LAYERS.indexOf(q.layer) ||
  p.name.localeCompare(q.name, 'ja') ||
  (p.id < q.id ? -1 : p.id > q.id ? 1 : 0);

/**
 * Field groups side by side, each a grid ordered by layer (Ⅰ at the top) then name. The silos and
 * the bridging group always show, even empty (an empty silo is itself a finding); the partner
 * groups only when they hold someone.
 */
function fieldsLayout(agencies: readonly Agency[]): CanvasLayout {
  const members = new Map<FieldGroup, Agency[]>(FIELD_GROUPS.map((g) => [g, []]));
  for (const agency of agencies) members.get(fieldGroupOf(agency))?.push(agency);
  const shown = FIELD_GROUPS.filter(
    (group) => !(PARTNERS as readonly string[]).includes(group) || members.get(group)?.length,
  );
  const rowsOf = (group: FieldGroup) => {
    const count = members.get(group)?.length ?? 0;
    return Math.max(1, Math.ceil(count / columnsFor(count)));
  };
  const height = GROUP_HEADER + Math.max(...shown.map(rowsOf)) * CELL_HEIGHT;
  const positions = new Map<string, Position>();
  const backdrops: Backdrop[] = [];
  let left = 0;
  shown.forEach((group, index) => {
    const inGroup = [...(members.get(group) ?? [])].sort(byLayerThenName);
    const columns = columnsFor(inGroup.length);
    inGroup.forEach((agency, i) => {
      positions.set(agency.id, {
        x: left + GAP / 2 + (i % columns) * CELL_WIDTH,
        y: GROUP_HEADER + Math.floor(i / columns) * CELL_HEIGHT,
      });
    });
    const width = columns * CELL_WIDTH;
    backdrops.push({
      id: `group-${group}`,
      labelKey: group === 'multiple' ? 'canvas.groupMultiple' : `fields.${group}`,
      count: inGroup.length,
      orientation: 'column',
      index,
      x: left,
      y: 0,
      width,
      height,
    });
    left += width;
  });
  return { positions, backdrops, draggable: false };
}

function lanesLayout(agencies: readonly Agency[]): CanvasLayout {
  const positions = positionsOf(agencies);
  const width = laneWidth(positions.values());
  const backdrops = LAYERS.map<Backdrop>((layer, index) => ({
    id: `lane-${layer}`,
    labelKey: `layers.${layer}`,
    orientation: 'row',
    index,
    x: 0,
    y: laneTop(layer),
    width,
    height: LANE_HEIGHT,
  }));
  return { positions, backdrops, draggable: true };
}

function freeLayout(agencies: readonly Agency[]): CanvasLayout {
  const lanePlaces = positionsOf(agencies);
  const positions = new Map<string, Position>();
  for (const agency of agencies) {
    const place = agency.freePosition ?? lanePlaces.get(agency.id);
    if (place) positions.set(agency.id, place);
  }
  return { positions, backdrops: [], draggable: true };
}

/** Where every agency stands and which backgrounds are drawn, in the chosen arrangement. */
export function arrange(arrangement: Arrangement, agencies: readonly Agency[]): CanvasLayout {
  if (arrangement === 'fields') return fieldsLayout(agencies);
  if (arrangement === 'free') return freeLayout(agencies);
  return lanesLayout(agencies);
}

/** Where a dragged agency lands: in the lanes it stays in its layer's lane. */
export function dropPosition(
  arrangement: Arrangement,
  agency: Pick<Agency, 'layer'>,
  position: Position,
): Position {
  return arrangement === 'lanes'
    ? { x: position.x, y: clampToLane(agency.layer, position.y) }
    : { x: position.x, y: position.y };
}
