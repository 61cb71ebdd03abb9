import type { DocumentState, RealtimeDocument } from '../../realtime/provider';
import { useRealtimeDocument } from '../../realtime/useRealtimeDocument';

/** The board's realtime document, open while the page shows the board. */
export function useBoardConnection(boardId: string): [RealtimeDocument | null, DocumentState] {
  const { document, state } = useRealtimeDocument(`board:${boardId}`);
  return [document, state];
}
