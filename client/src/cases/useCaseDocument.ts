import { useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type CaseDocument, caseScope, readCase } from '../../../shared/case/document';
import {
  DOCUMENT_NOT_OPEN,
  type DocumentState,
  openDocument,
  type RealtimeDocument,
} from '../realtime/provider';

/**
 * The case's live Yjs document. Case data is sensitive personal information, so unlike a board
 * it is not kept in the browser's IndexedDB: it lives only on the server and in this tab.
 */
export function useCaseDocument(caseId: string): { doc: Y.Doc | null; state: DocumentState } {
  const [open, setOpen] = useState<RealtimeDocument | null>(null);
  useEffect(() => {
    const opened = openDocument(`case:${caseId}`, { persist: false });
    setOpen(opened);
    return () => {
      opened.destroy();
      setOpen(null);
    };
  }, [caseId]);
  const state = useSyncExternalStore(
    (listener) => open?.subscribe(listener) ?? (() => {}),
    () => open?.getState() ?? DOCUMENT_NOT_OPEN,
  );
  return { doc: open?.doc ?? null, state };
}

/** The document as plain validated data, re-read on every change. */
export function useCaseData(doc: Y.Doc | null): CaseDocument | null {
  const [data, setData] = useState<CaseDocument | null>(null);
  useEffect(() => {
    if (!doc) return setData(null);
    const read = () => setData(readCase(doc));
    read();
    const scope = caseScope(doc);
    for (const type of scope) type.observeDeep(read);
    return () => {
      for (const type of scope) type.unobserveDeep(read);
    };
  }, [doc]);
  return data;
}

/** What each tab of the case document is given: the live document, its data, may it write. */
export type CaseTabProps = { doc: Y.Doc; data: CaseDocument; editable: boolean };
