// What the realtime server checks in an update to a meeting's minutes (shared/documentGuard.ts):
// each note the update touched is a Y.Text under an agenda item id (or 'general') within its
// size and without control characters; each decision and action item it touched reads as valid
// on its own; decisions and action items stay within their number.
import { type Collection, entriesOf, parseEntry } from '../case/collection';
import { type DocumentPart, type DocumentRules, entryProblems } from '../documentGuard';
import { ACTIONS, DECISIONS, MAX_MINUTES_ENTRIES, NOTE_KEY, noteTextIssues } from './minutes';

const part = <T extends { id: string }>(collection: Collection<T, string>): DocumentPart => ({
  root: collection.name,
  check: (map, keys) =>
    entryProblems(map, keys, collection.name, (id, entry) => parseEntry(collection, id, entry)),
});

const notes: DocumentPart = {
  root: 'notes',
  check: (map, keys) =>
    entryProblems(map, keys, 'notes', (key, value) => {
      const issues = NOTE_KEY.safeParse(key).success
        ? noteTextIssues(value)
        : [{ path: '', code: 'unknownKey' as const }];
      return issues.length > 0 ? { ok: false, issues } : { ok: true };
    }),
};

export const minutesRules: DocumentRules = {
  parts: [notes, part(DECISIONS), part(ACTIONS)],
  limit: (doc) =>
    entriesOf(doc, DECISIONS.name).size + entriesOf(doc, ACTIONS.name).size > MAX_MINUTES_ENTRIES
      ? { code: 'minutesEntriesLimit', params: { max: MAX_MINUTES_ENTRIES } }
      : null,
};
