import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { type CardPlan, readTermPlans } from '../../../shared/cards/planDocument';
import {
  type CardColumns,
  entriesOf,
  readTermEntries,
  termDocName,
} from '../../../shared/cards/termDocument';
import {
  DOCUMENT_NOT_OPEN,
  type DocumentState,
  openDocument,
  type RealtimeDocument,
} from '../realtime/provider';

export type TermDocument = {
  doc: Y.Doc | null;
  awareness: Awareness | null;
  state: DocumentState;
};

/** The term's live cards document `cards:<termId>` (kept in IndexedDB like a board). */
export function useTermDocument(termId: string): TermDocument {
  const [open, setOpen] = useState<RealtimeDocument | null>(null);
  useEffect(() => {
    const opened = openDocument(termDocName(termId));
    setOpen(opened);
    return () => {
      opened.destroy();
      setOpen(null);
    };
  }, [termId]);
  const state = useSyncExternalStore(
    (listener) => open?.subscribe(listener) ?? (() => {}),
    () => open?.getState() ?? DOCUMENT_NOT_OPEN,
  );
  return { doc: open?.doc ?? null, awareness: open?.awareness ?? null, state };
}

const NONE = new Map<string, CardColumns>();

/** Every card's entries, re-read when the document changes (once per transaction). */
export function useTermEntries(doc: Y.Doc | null): Map<string, CardColumns> {
  const [entries, setEntries] = useState(NONE);
  useEffect(() => {
    if (!doc) return setEntries(NONE);
    const read = () => setEntries(readTermEntries(doc));
    read();
    const map = entriesOf(doc);
    map.observeDeep(read);
    return () => map.unobserveDeep(read);
  }, [doc]);
  return entries;
}

const NO_PLANS = new Map<string, CardPlan>();

/** Every card's goals and evaluations, re-read when the document changes. */
export function useTermPlans(doc: Y.Doc | null): Map<string, CardPlan> {
  const [plans, setPlans] = useState(NO_PLANS);
  useEffect(() => {
    if (!doc) return setPlans(NO_PLANS);
    const read = () => setPlans(readTermPlans(doc));
    read();
    const maps = [doc.getMap('goals'), doc.getMap('evaluations')];
    for (const map of maps) map.observeDeep(read);
    return () => {
      for (const map of maps) map.unobserveDeep(read);
    };
  }, [doc]);
  return plans;
}
