import {
  type Edge,
  EdgeLabelRenderer,
  type EdgeProps,
  Handle,
  MarkerType,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import '@xyflow/react/dist/style.css';
import type { CaseDocument } from '../../../shared/case/document';
import { PERSON, type Relation } from '../../../shared/case/ecomap';
import type { NameOf } from './EcomapTab';
import { lineStyle, radialPositions, zigzagPath } from './ecomapGeometry';

type EcomapNode = Node<{ label: string; centre: boolean }, 'ecomap'>;
type EcomapEdge = Edge<{ relation: Relation; label: string }, 'ecomap'>;

// Ends of a line stop short of the node's centre so that arrowheads show outside the box.
const NODE_CLEARANCE = 48;

function EcomapNodeView({ data }: NodeProps<EcomapNode>) {
  const centre = { top: '50%', left: '50%', opacity: 0 };
  return (
    <div className={data.centre ? 'ecomap-node ecomap-person' : 'ecomap-node'}>
      <Handle type="target" position={Position.Top} style={centre} isConnectable={false} />
      {data.label}
      <Handle type="source" position={Position.Top} style={centre} isConnectable={false} />
    </div>
  );
}

function EcomapEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  data,
  markerStart,
  markerEnd,
}: EdgeProps<EcomapEdge>) {
  if (!data) return null;
  const style = lineStyle(data.relation);
  const length = Math.hypot(targetX - sourceX, targetY - sourceY) || 1;
  const ux = (targetX - sourceX) / length;
  const uy = (targetY - sourceY) / length;
  const from = { x: sourceX + ux * NODE_CLEARANCE, y: sourceY + uy * NODE_CLEARANCE };
  const to = { x: targetX - ux * NODE_CLEARANCE, y: targetY - uy * NODE_CLEARANCE };
  const path = style.zigzag ? zigzagPath(from, to) : `M ${from.x} ${from.y} L ${to.x} ${to.y}`;
  return (
    <>
      <path
        id={id}
        d={path}
        fill="none"
        stroke="#1f2933"
        strokeWidth={style.width}
        strokeDasharray={style.dash}
        markerStart={markerStart}
        markerEnd={markerEnd}
      />
      <EdgeLabelRenderer>
        <div
          className="ecomap-edge-label"
          style={{
            transform: `translate(-50%, -50%) translate(${(from.x + to.x) / 2}px, ${(from.y + to.y) / 2}px)`,
          }}
        >
          {data.label}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

const nodeTypes = { ecomap: EcomapNodeView };
const edgeTypes = { ecomap: EcomapEdgeView };

/** The ecomap drawn radially around the person (read-only; the list view edits). */
export function EcomapGraph({ data, nameOf }: { data: CaseDocument; nameOf: NameOf }) {
  const { t } = useTranslation('cases');
  const positions = radialPositions(data.supporters.map((s) => s.id));
  const nodes: EcomapNode[] = [
    {
      id: PERSON,
      type: 'ecomap',
      position: { x: 0, y: 0 },
      data: { label: t('case.person'), centre: true },
    },
    ...data.supporters.map((s) => ({
      id: s.id,
      type: 'ecomap' as const,
      position: positions.get(s.id) ?? { x: 0, y: 0 },
      data: { label: nameOf(s.id), centre: false },
    })),
  ];
  const arrow = { type: MarkerType.ArrowClosed, color: '#1f2933', width: 16, height: 16 };
  const edges: EcomapEdge[] = data.relations.map((r) => {
    const style = lineStyle(r);
    return {
      id: r.id,
      source: r.from,
      target: r.to,
      type: 'ecomap',
      ...(style.arrowAtTarget ? { markerEnd: arrow } : {}),
      ...(style.arrowAtSource ? { markerStart: arrow } : {}),
      data: {
        relation: r,
        label: t('ecomap.edgeLabel', {
          kind: t(`relationKinds.${r.kind}`),
          strength: t(`strengths.${r.strength}`),
          stress: r.stress ? t('ecomap.stressMark') : '',
        }),
      },
    };
  });
  return (
    <figure className="ecomap-figure">
      <div className="ecomap-canvas" role="img" aria-label={t('ecomap.graphLabel')}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          fitView
          proOptions={{ hideAttribution: true }}
        />
      </div>
      <figcaption>
        <strong>{t('ecomap.legend')}</strong>
        <ul className="ecomap-legend">
          <li>
            <LegendLine strength="strong" stress={false} />
            {t('ecomap.legendStrong')}
          </li>
          <li>
            <LegendLine strength="normal" stress={false} />
            {t('ecomap.legendNormal')}
          </li>
          <li>
            <LegendLine strength="weak" stress={false} />
            {t('ecomap.legendWeak')}
          </li>
          <li>
            <LegendLine strength="normal" stress />
            {t('ecomap.legendStress')}
          </li>
          <li>→ {t('ecomap.legendArrow')}</li>
        </ul>
      </figcaption>
    </figure>
  );
}

function LegendLine({ strength, stress }: Pick<Relation, 'strength' | 'stress'>) {
  const style = lineStyle({ strength, stress, direction: 'both' });
  const from = { x: 2, y: 8 };
  const to = { x: 46, y: 8 };
  return (
    <svg width="48" height="16" aria-hidden="true" className="legend-line">
      <path
        d={style.zigzag ? zigzagPath(from, to, 6, 4) : `M 2 8 L 46 8`}
        fill="none"
        stroke="#1f2933"
        strokeWidth={style.width}
        strokeDasharray={style.dash}
      />
    </svg>
  );
}
