import type * as Y from 'yjs';
import { createBoardReader } from '../../../../shared/board/boardReader';
import { type Board, boardScope } from '../../../../shared/board/document';
import {
  type DocumentStore,
  type DocumentView,
  deepIn,
  documentStore,
  useDocumentStore,
} from '../../realtime/useDocumentStore';

// The board as read from its Yjs document: read once per change, shared by every component
// reading the same document, never copied into component state. Only the entries an edit touched
// are read again (boardReader.ts), and unchanged agencies and ties keep their objects, so
// memoised views (the canvas's nodes and ties) re-render only what changed.
const boardView: DocumentView<Board> = {
  reader: (doc) => {
    const reader = createBoardReader(doc);
    return () => reader.read();
  },
  empty: { agencies: [], ties: [], problems: [] },
  watch: deepIn(boardScope),
};

/** The shared store of a document's board (for code outside components, and tests). */
export function boardStore(doc: Y.Doc): DocumentStore<Board> {
  return documentStore(doc, boardView);
}

export function useBoard(doc: Y.Doc): Board {
  return useDocumentStore(doc, boardView);
}
