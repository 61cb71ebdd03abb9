import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { type HubReview, hubReviewOf, readHubReview } from '../../../shared/reports/hubReview';

/** The term's hub review for its fiscal years, re-read when the document changes. */
export function useHubReview(doc: Y.Doc | null, fiscalYears: readonly number[]): HubReview | null {
  const [review, setReview] = useState<HubReview | null>(null);
  const years = fiscalYears.join();
  useEffect(() => {
    if (!doc) return setReview(null);
    const list = years.split(',').map(Number);
    const read = () => setReview(readHubReview(doc, list));
    read();
    const map = hubReviewOf(doc);
    map.observe(read);
    return () => map.unobserve(read);
  }, [doc, years]);
  return review;
}
