// What the realtime server checks in a client's update to a case (shared/documentGuard.ts): every
// entry the update touched must match its schema, and each emergency-plan window it touched too.
// References between entries (a relation's supporters) are not checked here: a concurrent removal
// can leave them dangling through honest edits, and readers report and skip those.

import { type DocumentPart, type DocumentRules, entryProblems } from '../documentGuard';
import { parseWith } from '../issues/fieldIssue';
import { parseEntry } from './collection';
import { CASE_COLLECTIONS } from './document';
import { EMERGENCY_WINDOWS, emergencyEntrySchema } from './emergencyPlan';

const collectionParts: DocumentPart[] = CASE_COLLECTIONS.map((collection) => ({
  root: collection.name,
  check: (map, keys) =>
    entryProblems(map, keys, collection.name, (id, entry) => parseEntry(collection, id, entry)),
}));

const emergencyParts: DocumentPart[] = EMERGENCY_WINDOWS.map((window) => ({
  root: `emergency.${window}`,
  check: (map, keys) => {
    if (keys.size === 0 || map.size === 0) return [];
    const read = parseWith(emergencyEntrySchema, { ...map.toJSON(), id: window });
    return read.ok ? [] : [{ part: 'emergency', id: window, issues: read.issues }];
  },
}));

export const caseRules: DocumentRules = { parts: [...collectionParts, ...emergencyParts] };
