import { type CardPlan, readTermPlans } from '../../shared/cards/planDocument';
import { type CardColumns, readTermEntries, termDocName } from '../../shared/cards/termDocument';
import type { HubReview } from '../../shared/reports/hubReview';
import { fiscalYearsOf, readHubReview } from '../../shared/reports/hubReview';
import type { TermRow } from '../cards/store';
import type { DocumentHost } from '../realtime/realtimeServer';

export type TermContent = {
  entries: Map<string, CardColumns>;
  plans: Map<string, CardPlan>;
  hubReview: HubReview;
};

/** What a term's live document holds, for the documents the council hands in. */
export function readTermContent(
  documents: Pick<DocumentHost, 'read'>,
  term: TermRow,
): Promise<TermContent> {
  return documents.read(termDocName(term.id), (doc) => ({
    entries: readTermEntries(doc),
    plans: readTermPlans(doc),
    hubReview: readHubReview(doc, fiscalYearsOf(term)),
  }));
}
