import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { type CardPlan, readTermPlans } from '../../../shared/cards/planDocument';
import { entriesOf, NO_ENTRIES, termDocName } from '../../../shared/cards/termDocument';
import { createTermEntriesReader, type TermEntries } from '../../../shared/cards/termEntriesReader';
import type { DocumentState } from '../realtime/provider';
import {
  type DocumentView,
  deepIn,
  readWith,
  useDocumentStore,
} from '../realtime/useDocumentStore';
import { useRealtimeDocument } from '../realtime/useRealtimeDocument';
import { takeTermDocument } from './earlyTerm';

export type TermDocument = {
  doc: Y.Doc | null;
  awareness: Awareness | null;
  state: DocumentState;
};

/** The term's live cards document `cards:<termId>` (kept in IndexedDB like a board). */
export function useTermDocument(termId: string): TermDocument {
  const { doc, awareness, state } = useRealtimeDocument(termDocName(termId), {
    take: () => takeTermDocument(termId),
  });
  return { doc, awareness, state };
}

const entriesView: DocumentView<TermEntries> = {
  // A transaction only marks what it touched, and a card's entries are validated when they are
  // shown (termEntriesReader.ts); other cards keep their objects, so the table's memoised rows
  // skip rendering.
  reader: (doc) => {
    const reader = createTermEntriesReader(doc);
    return () => reader.read();
  },
  empty: { columnsOf: () => NO_ENTRIES, tallestColumn: () => 0 },
  watch: deepIn((doc) => [entriesOf(doc)]),
};

/** The term's entries, by card and column; a new reading only when the document changed. */
export function useTermEntries(doc: Y.Doc | null): TermEntries {
  return useDocumentStore(doc, entriesView);
}

const plansView: DocumentView<Map<string, CardPlan>> = {
  reader: readWith(readTermPlans),
  empty: new Map(),
  watch: deepIn((doc) => [doc.getMap('goals'), doc.getMap('evaluations')]),
};

/** Every card's goals and evaluations, read again when the document changes them. */
export function useTermPlans(doc: Y.Doc | null): Map<string, CardPlan> {
  return useDocumentStore(doc, plansView);
}
