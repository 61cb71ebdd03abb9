// What the realtime server checks in a client's update to a board (shared/documentGuard.ts):
// every agency and tie the update touched must read as valid on its own, and the board must stay
// within its size limits.
import { type DocumentRules, entryProblems } from '../documentGuard';
import { agenciesOf, readAgencyEntry, readTieEntry, tiesOf } from './documentLayout';

export const MAX_AGENCIES = 5000;
export const MAX_TIES = 20000;

export const boardRules: DocumentRules = {
  parts: [
    {
      root: 'agencies',
      check: (map, keys) => entryProblems(map, keys, 'agencies', readAgencyEntry),
    },
    { root: 'ties', check: (map, keys) => entryProblems(map, keys, 'ties', readTieEntry) },
  ],
  limit: (doc) =>
    agenciesOf(doc).size > MAX_AGENCIES || tiesOf(doc).size > MAX_TIES
      ? { code: 'boardLimit', params: { agencies: MAX_AGENCIES, ties: MAX_TIES } }
      : null,
};
