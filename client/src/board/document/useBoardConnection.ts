import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  DOCUMENT_NOT_OPEN,
  type DocumentState,
  openDocument,
  type RealtimeDocument,
} from '../../realtime/provider';

const noSubscription = () => () => {};
const notOpen = () => DOCUMENT_NOT_OPEN;

/** The board's realtime document, open while the page shows the board. */
export function useBoardConnection(boardId: string): [RealtimeDocument | null, DocumentState] {
  const [connection, setConnection] = useState<RealtimeDocument | null>(null);
  useEffect(() => {
    const opened = openDocument(`board:${boardId}`);
    setConnection(opened);
    return () => {
      setConnection(null);
      opened.destroy();
    };
  }, [boardId]);
  const state = useSyncExternalStore(
    connection?.subscribe ?? noSubscription,
    connection?.getState ?? notOpen,
  );
  return [connection, state];
}
