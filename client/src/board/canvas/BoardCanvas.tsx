import '@xyflow/react/dist/style.css';
import {
  ConnectionMode,
  Controls,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from '@xyflow/react';
import { type PointerEvent, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Agency } from '../../../../shared/board/agency';
import type { BoardMarks } from '../../../../shared/board/boardDiff';
import { type Board, moveAgencies, moveAgenciesFreely } from '../../../../shared/board/document';
import type { Tie } from '../../../../shared/board/tie';
import { useFormatList } from '../../i18n/useFormatList';
import { usePunctuation } from '../../i18n/usePunctuation';
import { useCanvasImage } from '../data/useCanvasImage';
import { useImageHeader } from '../data/useImageHeader';
import type { LocalOrigin } from '../document/useBoardHistory';
import { PeerCursors } from '../presence/PeerCursors';
import { type Following, useFollowView } from '../presence/useFollow';
import type { Presence } from '../presence/usePresence';
import { useTieName } from '../tieName';
import { CANVAS_ID } from '../workspace/BoardSkipLinks';
import { type AgencyFlowNode, AgencyNode } from './AgencyNode';
import { agencyWordsIn } from './agencyWords';
import { arrange } from './arrangements';
import { autoLayout, autoLayoutFree } from './autoLayout';
import { CanvasLegend } from './CanvasLegend';
import { CanvasMiniMap, MiniMapButton, useMiniMapToggle } from './CanvasMiniMap';
import { CanvasToolbar } from './CanvasToolbar';
import { useFlowLabels } from './flowLabels';
import { type LaneFlowNode, LaneNode, laneNodes } from './LaneNode';
import { createNodeCache } from './nodeCache';
import { PinnedLaneLabels } from './PinnedLaneLabels';
import { useSamePositions } from './samePositions';
import { edgeTypes, type TieFlowEdge } from './TieEdge';
import { TieLayer } from './TieLayer';
import { useArrangement } from './useArrangement';
import { useBoardClipboard } from './useBoardClipboard';
import { useCanvasKeys } from './useCanvasKeys';
import { useCanvasTies } from './useCanvasTies';
import { useDropTie } from './useDropTie';
import { useNodeMoves } from './useNodeMoves';
import { useOpeningView } from './useOpeningView';
import { useRovingFocus } from './useRovingFocus';
import { useTextScaleZoom } from './useTextScaleZoom';
import { useWheelCover } from './useWheelCover';

type Props = {
  doc: Y.Doc;
  /** Names the board for choices remembered on this device (the document's name). */
  boardKey: string;
  boardName: string;
  board: Board;
  origin: LocalOrigin;
  readOnly: boolean;
  visible: ReadonlySet<string> | null;
  selection: string[];
  onSelection: (ids: string[]) => void;
  onConnectFrom: (agencyId: string) => void;
  onEdit: (agency: Agency) => void;
  onEditTie: (tie: Tie) => void;
  onDeleteAgencies: (agencies: Agency[]) => void;
  onDeleteTies: (ties: Tie[]) => void;
  onAnnounce: (message: string) => void;
  presence: Presence;
  following: Following;
  /** What changed between two terms, drawn on the agencies and ties (the term's network view). */
  marks?: BoardMarks;
};

const nodeTypes = { agency: AgencyNode, lane: LaneNode };
type FlowNode = AgencyFlowNode | LaneFlowNode;

export function BoardCanvas(props: Props) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}

function Canvas({
  doc,
  boardKey,
  boardName,
  board,
  origin,
  readOnly,
  visible,
  selection,
  onSelection,
  onConnectFrom,
  onEdit,
  onEditTie,
  onDeleteAgencies,
  onDeleteTies,
  onAnnounce,
  presence,
  following,
  marks,
}: Props) {
  const { t } = useTranslation('board');
  const list = useFormatList();
  const { aside } = usePunctuation();
  const ariaLabelConfig = useFlowLabels();
  const flow = useReactFlow();
  const [notice, setNotice] = useState('');
  const clipboard = useBoardClipboard({
    doc,
    board,
    selection,
    origin,
    readOnly,
    onSelection,
    onAnnounce,
    onProblem: setNotice,
  });
  const [arrangement, setArrangement] = useArrangement(boardKey);
  const followView = useFollowView(presence, following, arrangement, setArrangement);
  const layout = useMemo(() => arrange(arrangement, board.agencies), [arrangement, board.agencies]);
  const storeMoves = arrangement === 'free' ? moveAgenciesFreely : moveAgencies;
  const draggable = !readOnly && layout.draggable;
  const image = useCanvasImage(useImageHeader(board, boardName));
  const nodeCache = useMemo(() => createNodeCache(agencyWordsIn(t, list)), [t, list]);
  const others = useMemo(() => presence.peers.filter((p) => !p.self), [presence.peers]);

  const moves = useNodeMoves({
    doc,
    origin,
    agencies: board.agencies,
    arrangement,
    draggable,
    storeMoves,
    selection,
    onSelection,
  });
  const { dragging } = moves;
  const placed = useSamePositions(layout.positions);
  const positions = useMemo(
    () => (dragging.size === 0 ? placed : new Map([...placed, ...dragging])),
    [placed, dragging],
  );

  const lanes = useMemo(() => laneNodes(layout.backdrops, t), [layout.backdrops, t]);
  const frameElement = useRef<HTMLDivElement>(null);
  useWheelCover(frameElement);
  const roving = useRovingFocus(frameElement, positions, board.ties);

  const nodes = useMemo<FlowNode[]>(() => {
    const agencies = board.agencies.map((agency) => {
      const position = positions.get(agency.id) ?? { x: 0, y: 0 };
      const selectedBy = others
        .filter((p) => p.selection.includes(agency.id))
        .map((p) => ({ name: p.name, colour: p.colour }));
      const node = nodeCache.get(agency, position, {
        selected: selection.includes(agency.id),
        faded: visible !== null && !visible.has(agency.id),
        selectedBy,
        tabStop: agency.id === roving.tabStop,
      });
      const mark = marks?.agencies.get(agency.id);
      if (!mark) return node;
      const label = t(`diff.marks.${mark}`);
      return {
        ...node,
        ariaLabel: aside(node.ariaLabel ?? agency.name, label),
        data: { ...node.data, mark: { kind: mark, label } },
      };
    });
    return [...lanes, ...agencies];
  }, [
    board.agencies,
    lanes,
    positions,
    selection,
    visible,
    others,
    nodeCache,
    marks,
    t,
    aside,
    roving.tabStop,
  ]);

  const nameTie = useTieName(board.agencies);
  const ties = useCanvasTies(board.ties, positions, visible, onSelection, nameTie);
  const edges = useMemo(
    () =>
      marks
        ? ties.edges.map((edge) => {
            const mark = marks.ties.get(edge.id);
            return mark
              ? {
                  ...edge,
                  className: `tie-${mark}`,
                  ariaLabel: aside(edge.ariaLabel ?? '', t(`diff.marks.${mark}`)),
                }
              : edge;
          })
        : ties.edges,
    [ties.edges, marks, t, aside],
  );
  const drop = useDropTie({
    doc,
    origin,
    agencies: board.agencies,
    onAnnounce,
    onNotice: setNotice,
  });

  const onDelete = useCallback(
    ({ nodes: removed, edges: removedEdges }: { nodes: FlowNode[]; edges: TieFlowEdge[] }) => {
      const ids = new Set(removed.map((n) => n.id));
      const agencies = board.agencies.filter((a) => ids.has(a.id));
      const edgeIds = new Set(removedEdges.map((e) => e.id));
      const removedTies = board.ties.filter(
        (x) => edgeIds.has(x.id) && !ids.has(x.from) && !ids.has(x.to),
      );
      if (agencies.length > 0) onDeleteAgencies(agencies);
      if (removedTies.length > 0) onDeleteTies(removedTies);
      ties.clearSelection();
    },
    [board.agencies, board.ties, onDeleteAgencies, onDeleteTies, ties.clearSelection],
  );

  const single =
    selection.length === 1 ? board.agencies.find((a) => a.id === selection[0]) : undefined;
  const singleTie = ties.single;
  // On opening and after a new arrangement (which puts agencies elsewhere). Not while following:
  // then the followed person's view is the one to show.
  const opening = useOpeningView({
    nodes,
    arrangement,
    fitOnOpen: followView.fitOnOpen,
    following: following.followed !== null,
  });
  const miniMap = useMiniMapToggle();
  const onKeyDown = useCanvasKeys({
    readOnly,
    agencies: board.agencies,
    single,
    singleTie,
    onSelection,
    onEdit,
    onEditTie,
    onConnectFrom,
    onToggleMiniMap: miniMap.toggle,
  });
  useTextScaleZoom(following.followed !== null);

  const frame = useRef(0);
  const onPointerMove = (event: PointerEvent) => {
    const { clientX, clientY } = event;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() =>
      presence.setCursor(flow.screenToFlowPosition({ x: clientX, y: clientY })),
    );
  };

  return (
    <section id={CANVAS_ID} tabIndex={-1} className="board-canvas" aria-label={t('canvas.label')}>
      <CanvasToolbar
        arrangement={arrangement}
        onArrangement={setArrangement}
        readOnly={readOnly}
        selected={selection.length}
        onConnect={single && (() => onConnectFrom(single.id))}
        onAutoLayout={
          layout.draggable
            ? () =>
                (arrangement === 'free' ? autoLayoutFree : autoLayout)(
                  board.agencies,
                  board.ties,
                ).then((moves) => storeMoves(doc, moves, origin))
            : undefined
        }
        onDeleteSelected={() =>
          onDeleteAgencies(board.agencies.filter((a) => selection.includes(a.id)))
        }
        onEditTie={singleTie && (() => onEditTie(singleTie))}
        clipboard={clipboard}
        image={image}
        boardName={boardName}
        empty={board.agencies.length === 0}
        partial={opening.partial}
        onNotice={setNotice}
        onAnnounce={onAnnounce}
      />
      {arrangement === 'fields' && <p className="canvas-hint">{t('canvas.fieldsHint')}</p>}
      {notice && (
        <p role="alert" className="notice notice-error">
          {notice}
        </p>
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: shortcuts for the focused canvas; every one also has a button */}
      <div
        ref={frameElement}
        className="canvas-frame"
        onKeyDown={onKeyDown}
        onKeyDownCapture={roving.onKeyDownCapture}
        onFocus={roving.onFocus}
        onPointerMove={onPointerMove}
        onPointerLeave={() => presence.setCursor(null)}
        // Before React Flow's double-click zoom: on a layer's tie, a double-click edits it.
        onDoubleClickCapture={(event) => {
          const tie = readOnly ? null : ties.tieUnder(event);
          if (!tie) return;
          event.stopPropagation();
          onEditTie(tie);
        }}
      >
        <ReactFlow<FlowNode, TieFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={moves.onNodesChange}
          onEdgesChange={ties.onEdgesChange}
          onNodeDragStop={moves.onNodeDragStop}
          onConnect={drop.onConnect}
          onConnectEnd={drop.onConnectEnd}
          onDelete={onDelete}
          onPaneClick={ties.selectTieUnder}
          onNodeClick={(event, node) => node.type === 'lane' && ties.selectTieUnder(event)}
          onNodeDoubleClick={(_, node) =>
            node.type === 'agency' && !readOnly && onEdit(node.data.agency)
          }
          onEdgeDoubleClick={(_, edge) => {
            const tie = board.ties.find((x) => x.id === edge.id);
            if (tie && !readOnly) onEditTie(tie);
          }}
          onMove={(event, viewport) => {
            if (event) opening.dismiss();
            followView.onMove(event, viewport);
          }}
          connectionMode={ConnectionMode.Loose}
          nodesDraggable={draggable}
          nodesConnectable={!readOnly}
          deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
          multiSelectionKeyCode={['Shift', 'Control', 'Meta']}
          ariaLabelConfig={ariaLabelConfig}
          minZoom={0.1}
          // Everything is drawn once and panned as one layer (board.css): drawing only what is on
          // screen re-drew the view every frame.
          proOptions={{ hideAttribution: true }}
        >
          {/* Bottom right: at the left they would cover the lane names pinned there. */}
          <Controls
            position="bottom-right"
            showInteractive={false}
            onZoomIn={followView.onUserZoom}
            onZoomOut={followView.onUserZoom}
            onFitView={() => {
              opening.dismiss();
              followView.onUserZoom?.();
            }}
          >
            <MiniMapButton shown={miniMap.shown} onToggle={miniMap.toggle} />
          </Controls>
          <CanvasMiniMap shown={miniMap.shown} />
          <Panel position="bottom-left" className="canvas-legend-panel">
            <CanvasLegend plainTies={ties.layer !== null} marks={marks !== undefined} />
          </Panel>

          {ties.layer && <TieLayer groups={ties.layer} />}
          <PinnedLaneLabels lanes={lanes} />
          <PeerCursors peers={presence.peers} arrangement={arrangement} />
        </ReactFlow>
      </div>
    </section>
  );
}
