// What the realtime server checks in a client's update to a term's cards document
// (shared/documentGuard.ts): every entry the update touched must read as valid on its own, and the
// term must stay within its size limit. An entry of a card that is not (or no longer) in the term
// is an honest leftover of a concurrent change; readers skip it.
import { type DocumentRules, entryProblems } from '../documentGuard';
import { entriesOf, readCardEntry } from './termDocument';

export const MAX_TERM_ENTRIES = 20000;

export const termCardsRules: DocumentRules = {
  parts: [
    { root: 'entries', check: (map, keys) => entryProblems(map, keys, 'entries', readCardEntry) },
  ],
  limit: (doc) =>
    entriesOf(doc).size > MAX_TERM_ENTRIES
      ? { code: 'termEntriesLimit', params: { max: MAX_TERM_ENTRIES } }
      : null,
};
