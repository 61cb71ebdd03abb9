import { useEffect, useMemo } from 'react';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { queryKeys } from '../../api/queryKeys';
import { type ApiData, useApiData } from '../../api/useApiData';
import { cardApi } from '../../cards/cardEndpoints';

/** A document of this browser's own, never connected or stored: what the board views read. */
export type LocalBoard = { name: string; doc: Y.Doc; awareness: Awareness };

export function localBoard(name: string, doc: Y.Doc): LocalBoard {
  return { name, doc, awareness: new Awareness(doc) };
}

export function destroyLocalBoard(board: LocalBoard): void {
  board.awareness.destroy();
  board.doc.destroy();
}

export type FrozenBoard = {
  boardId: string;
  boardName: string;
  takenAt: string;
  board: LocalBoard;
};

/** A board as it was when a term closed, loaded once. */
export function useFrozenBoard(termId: string, boardId: string): ApiData<FrozenBoard> {
  const [snapshot] = useApiData(queryKeys.snapshot(termId, boardId), () =>
    cardApi.snapshot(termId, boardId),
  );
  const frozen = useMemo<ApiData<FrozenBoard>>(() => {
    if (snapshot.state !== 'ready') return snapshot;
    const { state, name, ...rest } = snapshot.data;
    const doc = new Y.Doc();
    Y.applyUpdate(
      doc,
      Uint8Array.from(atob(state), (c) => c.charCodeAt(0)),
    );
    return {
      state: 'ready',
      data: {
        ...rest,
        boardName: name,
        board: localBoard(`snapshot:${termId}:${rest.boardId}`, doc),
      },
    };
  }, [snapshot, termId]);
  useEffect(
    () => () => {
      if (frozen.state === 'ready') destroyLocalBoard(frozen.data.board);
    },
    [frozen],
  );
  return frozen;
}
