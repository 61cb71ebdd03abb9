// Automatic layout. In the lanes: ELK's layered algorithm, top to bottom, with one partition per
// layer, orders agencies to reduce crossing ties; each keeps its layer's lane and takes ELK's x.
// In the free arrangement: the same algorithm without partitions, so agencies that work together
// come near each other whatever their layer, and unconnected groups are packed side by side.
import type { ELK } from 'elkjs/lib/elk-api';
import type { Agency, Position } from '../../../../shared/board/agency';
import type { Tie } from '../../../../shared/board/tie';
import { LAYERS } from '../../../../shared/domain';
import { LANE_LABEL_WIDTH, laneTop, NODE_HEIGHT, NODE_WIDTH } from './canvasGeometry';

// ELK is two thirds of the client's code and sets itself up when loaded (~0.2 s): it is loaded the
// first time someone asks for a layout, not with every board.
let elk: Promise<ELK> | null = null;
const loadElk = (): Promise<ELK> => {
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk());
  return elk;
};
const LEFT = LANE_LABEL_WIDTH + 40;
const GAP = 40;

type ElkOptions = Record<string, string>;

/** ELK's layered algorithm, top to bottom, over the agencies and their ties. */
async function layered(
  agencies: readonly Agency[],
  ties: readonly Tie[],
  options: ElkOptions,
  optionsOf: (agency: Agency) => ElkOptions = () => ({}),
) {
  return (await loadElk()).layout({
    id: 'board',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN', ...options },
    children: agencies.map((a) => ({
      id: a.id,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      layoutOptions: optionsOf(a),
    })),
    edges: ties.map((t) => ({ id: t.id, sources: [t.from], targets: [t.to] })),
  });
}

export async function autoLayout(
  agencies: readonly Agency[],
  ties: readonly Tie[],
): Promise<{ id: string; position: Position }[]> {
  const graph = await layered(
    agencies,
    ties,
    {
      'elk.partitioning.activate': 'true',
      'elk.separateConnectedComponents': 'false',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
    },
    (a) => ({ 'elk.partitioning.partition': String(LAYERS.indexOf(a.layer)) }),
  );
  // ELK may put two agencies of one lane in different rows at the same x; the lane has one row,
  // so keep ELK's order and push overlapping agencies right.
  const elkX = new Map((graph.children ?? []).map((node) => [node.id, node.x ?? 0]));
  return LAYERS.flatMap((layer) => {
    let right = -Infinity;
    return agencies
      .filter((a) => a.layer === layer)
      .sort((p, q) => (elkX.get(p.id) ?? 0) - (elkX.get(q.id) ?? 0))
      .map((a) => {
        const x = Math.max(LEFT + (elkX.get(a.id) ?? 0), right + GAP);
        right = x + NODE_WIDTH;
        return { id: a.id, position: { x, y: laneTop(layer) + 44 } };
      });
  });
}

/** Places for the free arrangement (not bound to lanes), without overlaps. */
export async function autoLayoutFree(
  agencies: readonly Agency[],
  ties: readonly Tie[],
): Promise<{ id: string; position: Position }[]> {
  const graph = await layered(agencies, ties, {
    'elk.spacing.nodeNode': String(GAP),
    'elk.spacing.componentComponent': String(2 * GAP),
    'elk.layered.spacing.nodeNodeBetweenLayers': '80',
    'elk.aspectRatio': '2',
  });
  return (graph.children ?? []).map((node) => ({
    id: node.id,
    position: { x: node.x ?? 0, y: node.y ?? 0 },
  }));
}
