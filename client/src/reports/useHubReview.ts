import type * as Y from 'yjs';
import { type HubReview, hubReviewOf, readHubReview } from '../../../shared/reports/hubReview';
import { type DocumentView, readWith, useDocumentStore } from '../realtime/useDocumentStore';

// One view per set of fiscal years a page shows (a term has a handful).
const views = new Map<string, DocumentView<HubReview | null>>();

function reviewOf(years: string): DocumentView<HubReview | null> {
  const known = views.get(years);
  if (known) return known;
  const list = years.split(',').map(Number);
  const view: DocumentView<HubReview | null> = {
    reader: readWith((doc) => readHubReview(doc, list)),
    empty: null,
    watch: (doc, changed) => hubReviewOf(doc).observe(changed),
  };
  views.set(years, view);
  return view;
}

/** The term's hub review for its fiscal years, read again when the document changes. */
export function useHubReview(doc: Y.Doc | null, fiscalYears: readonly number[]): HubReview | null {
  return useDocumentStore(doc, reviewOf(fiscalYears.join()));
}
