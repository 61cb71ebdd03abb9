import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { TermView } from '../../../shared/cardApi';
import type { DocumentState } from '../realtime/provider';
import { RefusedEditsNotice } from '../realtime/RefusedEditsNotice';
import { refusedTexts } from '../realtime/refusedTexts';

/** The written fields of a term document's entries, goals and evaluations. */
const TEXT_KEYS = ['text', 'achieved', 'indicator', 'nextStep'] as const;

/**
 * Edits to the term's cards that the server did not take before they turned read-only (the term
 * was closed, or the person's role lowered), said on the page where they were made. The term is
 * fetched again when its document turns read-only, so the page can say which it was.
 */
export function TermRefusedNotice({
  term,
  doc,
  state,
  reload,
}: {
  term: TermView;
  doc: Y.Doc | null;
  state: DocumentState;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const { readOnly } = state;
  useEffect(() => {
    if (readOnly && term.can.edit) reload();
  }, [readOnly, term.can.edit, reload]);
  if (!doc || state.failure !== 'readOnly') return null;
  return (
    <RefusedEditsNotice
      reason={
        term.closedAt
          ? t('cards.refusedTermClosed', { name: term.name })
          : t('connection.refusedReadOnly')
      }
      texts={refusedTexts(doc, state.refusedEdits, TEXT_KEYS)}
    />
  );
}
