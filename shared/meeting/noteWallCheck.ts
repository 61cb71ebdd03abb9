// What the realtime server checks in an update to a meeting's note wall (shared/documentGuard.ts):
// every note and group the update touched must read as valid on its own, a note changed only as
// its writer may (shared/ownedEntries.ts), and the wall must stay within its size. A note in a group a concurrent edit removed is an honest leftover; readers
// show it on the wall.
import { type Collection, entriesOf, parseEntry } from '../case/collection';
import {
  type DocumentPart,
  type DocumentRules,
  entryProblems,
  type OwnedEntries,
} from '../documentGuard';
import { GROUPS, MAX_WALL_ENTRIES, NOTES, WALL_COLLECTIONS } from './noteWall';

const part = <T extends { id: string }>(
  collection: Collection<T, string>,
  owned?: OwnedEntries,
): DocumentPart => ({
  root: collection.name,
  check: (map, keys) =>
    entryProblems(map, keys, collection.name, (id, entry) => parseEntry(collection, id, entry)),
  ...(owned ? { owned } : {}),
});

// A note is its author's: others (but the facilitator) may only move it or put it in a group.
const notesOwned: OwnedEntries = { ownerField: 'authorId', shared: ['x', 'y', 'groupId'] };

export const noteWallRules: DocumentRules = {
  parts: [part(NOTES, notesOwned), part(GROUPS)],
  limit: (doc) =>
    WALL_COLLECTIONS.reduce((size, c) => size + entriesOf(doc, c.name).size, 0) > MAX_WALL_ENTRIES
      ? { code: 'wallEntriesLimit', params: { max: MAX_WALL_ENTRIES } }
      : null,
};
