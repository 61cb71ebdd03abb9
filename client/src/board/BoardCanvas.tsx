import '@xyflow/react/dist/style.css';
import {
  type Connection,
  ConnectionMode,
  Controls,
  type EdgeChange,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from '@xyflow/react';
import {
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Agency, Position } from '../../../shared/board/agency';
import {
  addTie,
  type Board,
  moveAgencies,
  moveAgenciesFreely,
} from '../../../shared/board/document';
import type { Tie } from '../../../shared/board/tie';
import { type AgencyFlowNode, AgencyNode } from './AgencyNode';
import { ArrangementPicker } from './ArrangementPicker';
import { agencyWordsIn } from './agencyWords';
import { arrange, dropPosition } from './arrangements';
import { autoLayout, autoLayoutFree } from './autoLayout';
import { CanvasImageButtons } from './CanvasImageButtons';
import { CanvasLegend } from './CanvasLegend';
import { useFlowLabels } from './flowLabels';
import { type LaneFlowNode, LaneNode } from './LaneNode';
import { createNodeCache } from './nodeCache';
import { PeerCursors } from './PeerCursors';
import { PinnedLaneLabels } from './PinnedLaneLabels';
import { useSamePositions } from './samePositions';
import { edgeTypes, type TieFlowEdge } from './TieEdge';
import { TieLayer } from './TieLayer';
import { tieAt, tieGroups } from './tieLayer';
import { useArrangement } from './useArrangement';
import { useBoardClipboard } from './useBoardClipboard';
import type { LocalOrigin } from './useBoardHistory';
import { useCanvasImage } from './useCanvasImage';
import { type Following, useFollowView } from './useFollow';
import type { Presence } from './usePresence';
import { DETAILED_TIES_MAX, useTieEdges } from './useTieEdges';
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
};

const nodeTypes = { agency: AgencyNode, lane: LaneNode };
/** How far from a tie's line (on screen) a click still selects it. */
const TIE_REACH_PX = 6;
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
}: Props) {
  const { t } = useTranslation('board');
  const ariaLabelConfig = useFlowLabels();
  const flow = useReactFlow();
  // Positions of nodes being dragged: UI state until the drop writes them to the document.
  const [dragging, setDragging] = useState<Map<string, Position>>(new Map());
  const [selectedTies, setSelectedTies] = useState<string[]>([]);
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
  const image = useCanvasImage();
  const nodeCache = useMemo(() => createNodeCache(agencyWordsIn(t)), [t]);
  const others = useMemo(() => presence.peers.filter((p) => !p.self), [presence.peers]);

  const placed = useSamePositions(layout.positions);
  const positions = useMemo(
    () => (dragging.size === 0 ? placed : new Map([...placed, ...dragging])),
    [placed, dragging],
  );

  const lanes = useMemo<LaneFlowNode[]>(
    () =>
      layout.backdrops.map((backdrop) => ({
        id: backdrop.id,
        type: 'lane',
        position: { x: backdrop.x, y: backdrop.y },
        data: {
          label:
            backdrop.count === undefined
              ? t(backdrop.labelKey)
              : t('canvas.groupLabel', { group: t(backdrop.labelKey), count: backdrop.count }),
          index: backdrop.index,
          orientation: backdrop.orientation,
        },
        width: backdrop.width,
        height: backdrop.height,
        draggable: false,
        selectable: false,
        focusable: false,
        connectable: false,
        zIndex: -1,
        ariaRole: 'presentation',
      })),
    [layout.backdrops, t],
  );

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
      });
      return node;
    });
    return [...lanes, ...agencies];
  }, [board.agencies, lanes, positions, selection, visible, others, nodeCache]);

  // A big board's ties are drawn as one layer (TieLayer.tsx); only the selected ones are React Flow
  // edges there, so they can be focused, deleted and edited like on a small board.
  const layered = board.ties.length > DETAILED_TIES_MAX;
  const selectedTieIds = useMemo(() => new Set(selectedTies), [selectedTies]);
  const flowTies = useMemo(
    () => (layered ? board.ties.filter((x) => selectedTieIds.has(x.id)) : board.ties),
    [layered, board.ties, selectedTieIds],
  );
  const edges = useTieEdges(flowTies, board.ties.length, visible, selectedTies);
  const tieLayer = useMemo(
    () => (layered ? tieGroups(board.ties, positions, visible, selectedTieIds) : []),
    [layered, board.ties, positions, visible, selectedTieIds],
  );
  /** The layer's tie under a click on the empty canvas or a lane, if there is one. */
  const layerTieAt = (event: MouseEvent): Tie | null => {
    if (!layered) return null;
    if (
      event.target instanceof Element &&
      event.target.closest('.react-flow__node-agency, .react-flow__edge, .react-flow__panel')
    )
      return null;
    const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    return tieAt(board.ties, positions, point, TIE_REACH_PX / flow.getZoom());
  };
  const selectLayerTie = (event: MouseEvent) => {
    const tie = layerTieAt(event);
    if (!tie) return;
    const adding = event.shiftKey || event.ctrlKey || event.metaKey;
    if (!adding) onSelection([]);
    setSelectedTies((current) => (adding ? [...new Set([...current, tie.id])] : [tie.id]));
  };
  const frameElement = useRef<HTMLDivElement>(null);
  useWheelCover(frameElement);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      let nextSelection: Set<string> | null = null;
      const drops: { id: string; position: Position }[] = [];
      const moving = new Map<string, Position>();
      for (const change of changes) {
        if (change.type === 'select') {
          nextSelection ??= new Set(selection);
          if (change.selected) nextSelection.add(change.id);
          else nextSelection.delete(change.id);
        } else if (change.type === 'position' && change.position) {
          const agency = board.agencies.find((a) => a.id === change.id);
          if (!agency) continue;
          const position = dropPosition(arrangement, agency, change.position);
          if (change.dragging) moving.set(change.id, position);
          else drops.push({ id: change.id, position });
        }
      }
      if (nextSelection) onSelection([...nextSelection]);
      if (moving.size > 0) setDragging((d) => new Map([...d, ...moving]));
      if (drops.length > 0 && draggable) {
        storeMoves(doc, drops, origin);
        setDragging((d) => {
          const next = new Map(d);
          for (const drop of drops) next.delete(drop.id);
          return next;
        });
      }
    },
    [board.agencies, arrangement, doc, origin, draggable, storeMoves, selection, onSelection],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, __: unknown, dragged: FlowNode[]) => {
      const drops = dragged.flatMap((node) => {
        const agency = board.agencies.find((a) => a.id === node.id);
        return agency
          ? [{ id: node.id, position: dropPosition(arrangement, agency, node.position) }]
          : [];
      });
      if (drops.length > 0 && draggable) storeMoves(doc, drops, origin);
      setDragging(new Map());
    },
    [board.agencies, arrangement, doc, origin, draggable, storeMoves],
  );

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    setSelectedTies((current) => {
      const next = new Set(current);
      for (const change of changes) {
        if (change.type !== 'select') continue;
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      return [...next];
    });
  }, []);

  const onConnect = useCallback(
    (connection: Connection) => {
      const result = addTie(
        doc,
        { from: connection.source, to: connection.target, kind: 'cooperation' },
        origin,
      );
      setNotice(result.ok ? '' : (result.issues[0]?.message ?? ''));
    },
    [doc, origin],
  );

  const onDelete = useCallback(
    ({ nodes: removed, edges: removedEdges }: { nodes: FlowNode[]; edges: TieFlowEdge[] }) => {
      const ids = new Set(removed.map((n) => n.id));
      const agencies = board.agencies.filter((a) => ids.has(a.id));
      const edgeIds = new Set(removedEdges.map((e) => e.id));
      const ties = board.ties.filter(
        (x) => edgeIds.has(x.id) && !ids.has(x.from) && !ids.has(x.to),
      );
      if (agencies.length > 0) onDeleteAgencies(agencies);
      if (ties.length > 0) onDeleteTies(ties);
      setSelectedTies([]);
    },
    [board.agencies, board.ties, onDeleteAgencies, onDeleteTies],
  );

  const single =
    selection.length === 1 ? board.agencies.find((a) => a.id === selection[0]) : undefined;
  const singleTie =
    selectedTies.length === 1 ? board.ties.find((x) => x.id === selectedTies[0]) : undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (readOnly || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof HTMLElement && event.target.closest('input, select, textarea'))
      return;
    // Enter on a focused tie selects it (React Flow); Enter again, or Shift+Enter, edits it.
    const focusedTie =
      event.target instanceof Element ? event.target.closest('.react-flow__edge') : null;
    if (
      singleTie &&
      event.key === 'Enter' &&
      (event.shiftKey || focusedTie?.getAttribute('data-id') === singleTie.id)
    ) {
      event.preventDefault();
      onEditTie(singleTie);
      return;
    }
    if (!single) return;
    if (event.key === 'c' || event.key === 'C') {
      event.preventDefault();
      onConnectFrom(single.id);
    } else if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      onEdit(single);
    }
  };

  // A new arrangement puts agencies elsewhere: show the whole of it, as on opening.
  const arranged = useRef(arrangement);
  // Not while following: then the followed person's view is the one to show.
  const followingSomeone = following.followed !== null;
  useEffect(() => {
    if (arranged.current === arrangement) return;
    arranged.current = arrangement;
    if (!followingSomeone) requestAnimationFrame(() => flow.fitView({ minZoom: 0.5 }));
  }, [arrangement, flow, followingSomeone]);

  const frame = useRef(0);
  const onPointerMove = (event: PointerEvent) => {
    const { clientX, clientY } = event;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() =>
      presence.setCursor(flow.screenToFlowPosition({ x: clientX, y: clientY })),
    );
  };

  return (
    <section className="board-canvas" aria-label={t('canvas.label')}>
      <div className="canvas-tools">
        <ArrangementPicker value={arrangement} onChange={setArrangement} />
        {!readOnly && (
          <>
            <button
              type="button"
              disabled={!single}
              onClick={() => single && onConnectFrom(single.id)}
              aria-keyshortcuts="C"
            >
              {t('canvas.connect')}
            </button>
            {layout.draggable && (
              <button
                type="button"
                className="button-secondary"
                disabled={board.agencies.length === 0}
                onClick={() =>
                  (arrangement === 'free' ? autoLayoutFree : autoLayout)(
                    board.agencies,
                    board.ties,
                  ).then((moves) => storeMoves(doc, moves, origin))
                }
              >
                {t('canvas.autoLayout')}
              </button>
            )}
            <button
              type="button"
              className="button-danger"
              disabled={selection.length === 0}
              onClick={() =>
                onDeleteAgencies(board.agencies.filter((a) => selection.includes(a.id)))
              }
            >
              {t('canvas.deleteSelected')}
            </button>
          </>
        )}
        {!readOnly && (
          <button
            type="button"
            className="button-secondary"
            disabled={!singleTie}
            onClick={() => singleTie && onEditTie(singleTie)}
            aria-keyshortcuts="Shift+Enter"
          >
            {t('canvas.editTie')}
          </button>
        )}
        {/* Copying is reading: a guest may copy agencies into a board they can edit. */}
        <button
          type="button"
          className="button-secondary"
          disabled={!clipboard.canCopy}
          onClick={clipboard.copy}
          aria-keyshortcuts="Control+C"
        >
          {t('canvas.copy')}
        </button>
        {!readOnly && (
          <button
            type="button"
            className="button-secondary"
            onClick={clipboard.paste}
            aria-keyshortcuts="Control+V"
          >
            {t('canvas.paste')}
          </button>
        )}
        <CanvasImageButtons
          image={image}
          boardName={boardName}
          disabled={board.agencies.length === 0}
          onResult={setNotice}
        />
        <span className="canvas-hint">
          {selection.length > 0
            ? t('canvas.selected', { count: selection.length })
            : t('canvas.connectHint')}
        </span>
      </div>
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
        onPointerMove={onPointerMove}
        onPointerLeave={() => presence.setCursor(null)}
        // Before React Flow's double-click zoom: on a layer's tie, a double-click edits it.
        onDoubleClickCapture={(event) => {
          const tie = readOnly ? null : layerTieAt(event);
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
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onDelete={onDelete}
          onPaneClick={selectLayerTie}
          onNodeClick={(event, node) => node.type === 'lane' && selectLayerTie(event)}
          onNodeDoubleClick={(_, node) =>
            node.type === 'agency' && !readOnly && onEdit(node.data.agency)
          }
          onEdgeDoubleClick={(_, edge) => {
            const tie = board.ties.find((x) => x.id === edge.id);
            if (tie && !readOnly) onEditTie(tie);
          }}
          onMove={followView.onMove}
          connectionMode={ConnectionMode.Loose}
          nodesDraggable={draggable}
          nodesConnectable={!readOnly}
          deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
          multiSelectionKeyCode={['Shift', 'Control', 'Meta']}
          ariaLabelConfig={ariaLabelConfig}
          minZoom={0.1}
          fitView={followView.fitOnOpen}
          // A big board opens readable (not shrunk to dots). Everything is drawn once and panned as
          // one layer (board.css): drawing only what is on screen re-drew the view every frame.
          fitViewOptions={{ minZoom: 0.5 }}
          proOptions={{ hideAttribution: true }}
        >
          <Controls
            showInteractive={false}
            onZoomIn={followView.onUserZoom}
            onZoomOut={followView.onUserZoom}
            onFitView={followView.onUserZoom}
          />
          {layered && <TieLayer groups={tieLayer} />}
          <PinnedLaneLabels lanes={lanes} />
          <PeerCursors peers={presence.peers} arrangement={arrangement} />
        </ReactFlow>
      </div>
      <CanvasLegend plainTies={layered} />
    </section>
  );
}
