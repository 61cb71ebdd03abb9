// Agencies dragged on the canvas: where they are while dragged is UI state; the drop writes the
// new places to the document (kept to the lane or the free place the arrangement allows).
import type { Node, NodeChange } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import type { Agency, Position } from '../../../../shared/board/agency';
import type { moveAgencies } from '../../../../shared/board/document';
import type { LocalOrigin } from '../document/useBoardHistory';
import { type Arrangement, dropPosition } from './arrangements';

export function useNodeMoves({
  doc,
  origin,
  agencies,
  arrangement,
  draggable,
  storeMoves,
  selection,
  onSelection,
}: {
  doc: Y.Doc;
  origin: LocalOrigin;
  agencies: readonly Agency[];
  arrangement: Arrangement;
  draggable: boolean;
  storeMoves: typeof moveAgencies;
  selection: string[];
  onSelection: (ids: string[]) => void;
}) {
  const [dragging, setDragging] = useState<Map<string, Position>>(new Map());
  const onNodesChange = useCallback(
    (changes: NodeChange<Node>[]) => {
      let nextSelection: Set<string> | null = null;
      const drops: { id: string; position: Position }[] = [];
      const moving = new Map<string, Position>();
      for (const change of changes) {
        if (change.type === 'select') {
          nextSelection ??= new Set(selection);
          if (change.selected) nextSelection.add(change.id);
          else nextSelection.delete(change.id);
        } else if (change.type === 'position' && change.position) {
          const agency = agencies.find((a) => a.id === change.id);
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
    [agencies, arrangement, doc, origin, draggable, storeMoves, selection, onSelection],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, __: unknown, dragged: Node[]) => {
      const drops = dragged.flatMap((node) => {
        const agency = agencies.find((a) => a.id === node.id);
        return agency
          ? [{ id: node.id, position: dropPosition(arrangement, agency, node.position) }]
          : [];
      });
      if (drops.length > 0 && draggable) storeMoves(doc, drops, origin);
      setDragging(new Map());
    },
    [agencies, arrangement, doc, origin, draggable, storeMoves],
  );

  return { dragging, onNodesChange, onNodeDragStop };
}
