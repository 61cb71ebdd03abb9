// React Flow re-renders an edge only when its edge object changes, and the board is re-read on
// every edit: edge objects are kept here per tie and rebuilt only when what they show changed,
// so a remote edit re-renders the ties it touched, not all 3,000.
import { MarkerType } from '@xyflow/react';
import type { Tie } from '../../../../shared/board/tie';
import type { TieKind } from '../../../../shared/domain';
import { TIE_DASH } from './fieldStyles';
import type { TieFlowEdge } from './TieEdge';
import { tieStrokeWidth } from './tieLayer';

/** How every tie is drawn at the moment (beyond the tie itself). */
export type TieLook = {
  selected: ReadonlySet<string>;
  /** Agencies the filter keeps (null: no filter); ties to others are faded. */
  visible: ReadonlySet<string> | null;
  /** Kinds as dash patterns: the patterns cost the most to paint, so small boards only. */
  patterned: boolean;
  /** Kinds as words beside the lines: small boards only. */
  labelled: boolean;
};

type Entry = {
  tie: Tie;
  /** Its accessible name, which names its agencies: renaming one changes it. */
  name: string;
  selected: boolean;
  faded: boolean;
  patterned: boolean;
  labelled: boolean;
  edge: TieFlowEdge;
};

// One marker object for every arrow: React Flow draws one definition per distinct marker.
const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16 };

export type TieEdgeCache = {
  /** The edges of these ties, each named for screen readers by `nameOf`. */
  edges: (ties: readonly Tie[], look: TieLook, nameOf: (tie: Tie) => string) => TieFlowEdge[];
};

export function createTieEdgeCache(kindLabel: (kind: TieKind) => string): TieEdgeCache {
  let entries = new Map<string, Entry>();
  let previous: TieFlowEdge[] = [];
  return {
    edges: (ties, look, nameOf) => {
      const next = new Map<string, Entry>();
      const edges = ties.map((tie) => {
        const selected = look.selected.has(tie.id);
        const faded =
          look.visible !== null && !(look.visible.has(tie.from) && look.visible.has(tie.to));
        const old = entries.get(tie.id);
        const name = nameOf(tie);
        const entry =
          old &&
          old.tie === tie &&
          old.name === name &&
          old.selected === selected &&
          old.faded === faded &&
          old.patterned === look.patterned &&
          old.labelled === look.labelled
            ? old
            : {
                tie,
                name,
                selected,
                faded,
                patterned: look.patterned,
                labelled: look.labelled,
                edge: tieEdge(tie, selected, faded, look, kindLabel(tie.kind), name),
              };
        next.set(tie.id, entry);
        return entry.edge;
      });
      entries = next;
      // An edit to an agency re-reads the board but changes no tie: the same array then spares
      // React Flow re-indexing every edge.
      if (edges.length !== previous.length || edges.some((edge, i) => edge !== previous[i]))
        previous = edges;
      return previous;
    },
  };
}

function tieEdge(
  tie: Tie,
  selected: boolean,
  faded: boolean,
  look: TieLook,
  kind: string,
  name: string,
): TieFlowEdge {
  return {
    id: tie.id,
    type: 'tie',
    source: tie.from,
    target: tie.to,
    selected,
    ariaLabel: name,
    // Reached from its agency by T (useRovingFocus.ts), not by Tab past every tie of the board.
    domAttributes: { tabIndex: -1 },
    markerEnd: ARROW,
    ...(tie.direction === 'both' ? { markerStart: ARROW } : {}),
    style: {
      strokeWidth: tieStrokeWidth(tie.strength),
      ...(look.patterned && TIE_DASH[tie.kind] ? { strokeDasharray: TIE_DASH[tie.kind] } : {}),
    },
    data: { label: look.labelled ? kind : null, faded },
  };
}
