// What the realtime server checks in a client's update to a term's cards document
// (shared/documentGuard.ts): every entry, goal and evaluation the update touched must read as
// valid on its own (the hub review's values too, shared/reports/hubReview.ts), and the term must
// stay within its size limit. An entry of a card that is not (or no longer) in the term is an
// honest leftover of a concurrent change; readers skip it.
import { type Collection, entriesOf as collectionOf, parseEntry } from '../case/collection';
import { type DocumentPart, type DocumentRules, entryProblems } from '../documentGuard';
import { hubReviewPart, hubReviewSize } from '../reports/hubReview';
import { EVALUATIONS, GOALS, PLAN_COLLECTIONS } from './planDocument';
import { entriesOf, readCardEntry } from './termDocument';

export const MAX_TERM_ENTRIES = 20000;

const planPart = <T extends { id: string }>(collection: Collection<T, string>): DocumentPart => ({
  root: collection.name,
  check: (map, keys) =>
    entryProblems(map, keys, collection.name, (id, entry) => parseEntry(collection, id, entry)),
});

export const termCardsRules: DocumentRules = {
  parts: [
    { root: 'entries', check: (map, keys) => entryProblems(map, keys, 'entries', readCardEntry) },
    planPart(GOALS),
    planPart(EVALUATIONS),
    hubReviewPart,
  ],
  limit: (doc) =>
    PLAN_COLLECTIONS.reduce(
      (size, collection) => size + collectionOf(doc, collection.name).size,
      entriesOf(doc).size + hubReviewSize(doc),
    ) > MAX_TERM_ENTRIES
      ? { code: 'termEntriesLimit', params: { max: MAX_TERM_ENTRIES } }
      : null,
};
