import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import {
  DOCUMENT_NOT_OPEN,
  type DocumentState,
  openDocument,
  type RealtimeDocument,
} from './provider';

export type OpenedDocument = {
  document: RealtimeDocument | null;
  doc: Y.Doc | null;
  awareness: Awareness | null;
  /** Connection, synced and saved state, and why the server closed it, if it did. */
  state: DocumentState;
};

type Options = {
  /** Keep a copy in IndexedDB (openDocument's default: yes). Never for personal data. */
  persist?: boolean;
  /** A document of this name opened earlier (at navigation) to take over instead of opening. */
  take?: () => RealtimeDocument | undefined;
};

const noSubscription = () => () => {};
const notOpen = () => DOCUMENT_NOT_OPEN;

/**
 * The one way a page holds a live document (`board:<id>`, `case:<id>`, `cards:<termId>`,
 * `minutes:<meetingId>`, …): opened while the component shows it, closed when it goes or the
 * name changes. What a page shows of the document comes from useDocumentStore.
 */
export function useRealtimeDocument(name: string, options: Options = {}): OpenedDocument {
  const { persist, take } = options;
  const [open, setOpen] = useState<RealtimeDocument | null>(null);
  // `take` is asked only when opening: a new function each render does not reopen.
  useEffect(() => {
    const opened = take?.() ?? openDocument(name, persist === undefined ? {} : { persist });
    setOpen(opened);
    return () => {
      opened.destroy();
      setOpen(null);
    };
  }, [name, persist]);
  const state = useSyncExternalStore(open?.subscribe ?? noSubscription, open?.getState ?? notOpen);
  return { document: open, doc: open?.doc ?? null, awareness: open?.awareness ?? null, state };
}
