// The boards cited by a table's entries, open read-only so that each cited agency shows its name
// as the board has it now: a rename on the board appears here live. Only the council's own boards
// are opened (a citation of another council's board shows nothing identifying); a board the reader
// may not open shows nothing either. The reader takes no part in the board's presence.
import { boardDocName } from '../../../../shared/board/documentLayout';
import type { AgencyCitation } from '../../../../shared/cards/cardEntry';
import { boardStore } from '../../board/document/useBoard';
import { openDocument, type RealtimeDocument } from '../../realtime/provider';

export type CitedAgency =
  | { kind: 'loading' }
  /** Not one of the council's boards, or one the reader may not open. */
  | { kind: 'hidden' }
  | { kind: 'removed' }
  | { kind: 'agency'; name: string };

export type CitedBoards = {
  /** Opens the boards wanted among those of the council (null: not known yet), closes the rest. */
  show: (wanted: ReadonlySet<string>, councilBoards: ReadonlySet<string> | null) => void;
  lookup: (citation: AgencyCitation) => CitedAgency;
  subscribe: (listener: () => void) => () => void;
  /** Changes whenever a lookup may answer differently. */
  version: () => number;
  destroy: () => void;
};

type Opened = { document: RealtimeDocument; off: (() => void)[] };

export function createCitedBoards(): CitedBoards {
  const opened = new Map<string, Opened>();
  const listeners = new Set<() => void>();
  let allowed: ReadonlySet<string> | null = null;
  let version = 0;
  const changed = () => {
    version += 1;
    for (const listener of listeners) listener();
  };
  const close = (boardId: string) => {
    const board = opened.get(boardId);
    if (!board) return;
    for (const off of board.off) off();
    board.document.destroy();
    opened.delete(boardId);
  };
  const open = (boardId: string) => {
    const document = openDocument(boardDocName(boardId), { persist: false });
    // Reading a board from a card is not being on the board: no cursor, no name in its presence.
    document.awareness.setLocalState(null);
    opened.set(boardId, {
      document,
      off: [document.subscribe(changed), boardStore(document.doc).subscribe(changed)],
    });
  };
  return {
    show: (wanted, councilBoards) => {
      allowed = councilBoards;
      for (const boardId of [...opened.keys()]) {
        if (!wanted.has(boardId) || !councilBoards?.has(boardId)) close(boardId);
      }
      for (const boardId of wanted) {
        if (councilBoards?.has(boardId) && !opened.has(boardId)) open(boardId);
      }
      changed();
    },
    lookup: ({ boardId, agencyId }) => {
      if (!allowed) return { kind: 'loading' };
      const board = opened.get(boardId);
      if (!allowed.has(boardId)) return { kind: 'hidden' };
      if (!board) return { kind: 'loading' };
      const state = board.document.getState();
      if (state.closed) return { kind: 'hidden' };
      if (!state.ready) return { kind: 'loading' };
      const agency = boardStore(board.document.doc)
        .get()
        .agencies.find((a) => a.id === agencyId);
      if (agency) return { kind: 'agency', name: agency.name };
      return state.synced ? { kind: 'removed' } : { kind: 'loading' };
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    destroy: () => {
      for (const boardId of [...opened.keys()]) close(boardId);
    },
  };
}
