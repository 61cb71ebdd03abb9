import type * as Y from 'yjs';
import { type CaseDocument, caseScope, readCase } from '../../../shared/case/document';
import type { DocumentState } from '../realtime/provider';
import {
  type DocumentView,
  deepIn,
  readWith,
  useDocumentStore,
} from '../realtime/useDocumentStore';
import { useRealtimeDocument } from '../realtime/useRealtimeDocument';

/**
 * The case's live Yjs document. Case data is sensitive personal information, so unlike a board
 * it is not kept in the browser's IndexedDB: it lives only on the server and in this tab.
 */
export function useCaseDocument(caseId: string): { doc: Y.Doc | null; state: DocumentState } {
  const { doc, state } = useRealtimeDocument(`case:${caseId}`, { persist: false });
  return { doc, state };
}

const caseView: DocumentView<CaseDocument | null> = {
  reader: readWith(readCase),
  empty: null,
  watch: deepIn(caseScope),
};

/** The document as plain validated data, read again after each change. */
export function useCaseData(doc: Y.Doc | null): CaseDocument | null {
  return useDocumentStore(doc, caseView);
}

/** What each tab of the case document is given: the live document, its data, may it write. */
export type CaseTabProps = { doc: Y.Doc; data: CaseDocument; editable: boolean };
