// The case document's public API: read it as plain validated data, change it only through these
// functions (each one doc.transact with the caller's origin, for Y.UndoManager). Layout:
// collection.ts.
import type * as Y from 'yjs';
import type { FieldIssue, Result } from '../issues/fieldIssue';
import { type ActionItem, type ActionItemInput, actionItemSchema } from './actionItem';
import {
  addEntry,
  type CaseProblem,
  type Collection,
  type CollectionName,
  entriesOf,
  readAll,
  removeEntries,
  updateEntry,
} from './collection';
import {
  type ConferenceRecord,
  type ConferenceRecordInput,
  conferenceRecordSchema,
} from './conferenceRecord';
import {
  PERSON,
  type Relation,
  type RelationInput,
  relationSchema,
  type Supporter,
  type SupporterInput,
  type SupporterPatch,
  supporterSchema,
} from './ecomap';
import { type EmergencyPlan, emergencyMapOf, readEmergencyPlan } from './emergencyDocument';
import { EMERGENCY_WINDOWS } from './emergencyPlan';
import { type TimelineEntry, type TimelineEntryInput, timelineEntrySchema } from './lifeTimeline';

/** A relation joins the person or existing supporters, and a pair has one relation per kind. */
function relationInDocument(doc: Y.Doc, relation: Relation): FieldIssue[] {
  const supporters = entriesOf(doc, 'supporters');
  const issues = (['from', 'to'] as const)
    .filter((end) => relation[end] !== PERSON && !supporters.has(relation[end]))
    .map((path) => ({ path, code: 'endpointMissing' as const }));
  if (issues.length > 0) return issues;
  for (const [id, other] of entriesOf(doc, 'relations')) {
    const pair = new Set([other.get('from'), other.get('to')]);
    if (
      id !== relation.id &&
      pair.has(relation.from) &&
      pair.has(relation.to) &&
      other.get('kind') === relation.kind
    ) {
      return [{ path: 'kind', code: 'duplicateRelation' }];
    }
  }
  return [];
}

const supporters: Collection<Supporter> = {
  name: 'supporters',
  schema: supporterSchema,
};
const relations: Collection<Relation> = {
  name: 'relations',
  schema: relationSchema,
  check: relationInDocument,
};
const timeline: Collection<TimelineEntry> = {
  name: 'timeline',
  schema: timelineEntrySchema,
};
const actions: Collection<ActionItem> = {
  name: 'actions',
  schema: actionItemSchema,
};
const records: Collection<ConferenceRecord> = {
  name: 'records',
  schema: conferenceRecordSchema,
};

/** Every collection of the case document, for checks over all of them (documentCheck.ts). */
export const CASE_COLLECTIONS: readonly Pick<Collection<{ id: string }>, 'name' | 'schema'>[] = [
  supporters,
  relations,
  timeline,
  actions,
  records,
];

export type CaseDocument = {
  supporters: Supporter[];
  relations: Relation[];
  /** In date order. */
  timeline: TimelineEntry[];
  emergency: EmergencyPlan;
  actions: ActionItem[];
  /** Newest first. */
  records: ConferenceRecord[];
  problems: CaseProblem[];
};

/** The case as plain validated data; invalid entries are left out and listed in `problems`. */
export function readCase(doc: Y.Doc): CaseDocument {
  const problems: CaseProblem[] = [];
  return {
    supporters: readAll(doc, supporters, problems),
    relations: readAll(doc, relations, problems),
    timeline: readAll(doc, timeline, problems).sort((a, b) => a.date.localeCompare(b.date)),
    emergency: readEmergencyPlan(doc, problems),
    actions: readAll(doc, actions, problems),
    records: readAll(doc, records, problems).sort((a, b) => b.date.localeCompare(a.date)),
    problems,
  };
}

/** The shared types to observe (observeDeep) and to give a Y.UndoManager. */
export function caseScope(doc: Y.Doc): Y.Map<unknown>[] {
  const names: CollectionName[] = ['supporters', 'relations', 'timeline', 'actions', 'records'];
  return [
    ...names.map((name) => entriesOf(doc, name) as Y.Map<unknown>),
    ...EMERGENCY_WINDOWS.map((w) => emergencyMapOf(doc, w)),
  ];
}

type Patch<T> = Partial<Omit<T, 'id'>>;

export const addSupporter = (doc: Y.Doc, input: SupporterInput, origin: unknown = null) =>
  addEntry(doc, supporters, input, origin);
export const updateSupporter = (
  doc: Y.Doc,
  id: string,
  patch: SupporterPatch,
  origin: unknown = null,
): Result<Supporter> => updateEntry(doc, supporters, id, patch, origin);

/** Removes supporters with every relation that touches them, in one transaction. */
export function removeSupporters(
  doc: Y.Doc,
  ids: readonly string[],
  origin: unknown = null,
): number {
  let removed = 0;
  doc.transact(() => {
    removed = removeEntries(doc, 'supporters', ids, origin);
    const touching = [...entriesOf(doc, 'relations')]
      .filter(
        ([, r]) => ids.includes(r.get('from') as string) || ids.includes(r.get('to') as string),
      )
      .map(([id]) => id);
    removeEntries(doc, 'relations', touching, origin);
  }, origin);
  return removed;
}

export const addRelation = (doc: Y.Doc, input: RelationInput, origin: unknown = null) =>
  addEntry(doc, relations, input, origin);
export const updateRelation = (
  doc: Y.Doc,
  id: string,
  patch: Patch<RelationInput>,
  origin: unknown = null,
): Result<Relation> => updateEntry(doc, relations, id, patch, origin);
export const removeRelations = (doc: Y.Doc, ids: readonly string[], origin: unknown = null) =>
  removeEntries(doc, 'relations', ids, origin);

export const addTimelineEntry = (doc: Y.Doc, input: TimelineEntryInput, origin: unknown = null) =>
  addEntry(doc, timeline, input, origin);
export const updateTimelineEntry = (
  doc: Y.Doc,
  id: string,
  patch: Patch<TimelineEntryInput>,
  origin: unknown = null,
): Result<TimelineEntry> => updateEntry(doc, timeline, id, patch, origin);
export const removeTimelineEntries = (doc: Y.Doc, ids: readonly string[], origin: unknown = null) =>
  removeEntries(doc, 'timeline', ids, origin);

export const addActionItem = (doc: Y.Doc, input: ActionItemInput, origin: unknown = null) =>
  addEntry(doc, actions, input, origin);
export const updateActionItem = (
  doc: Y.Doc,
  id: string,
  patch: Patch<ActionItemInput>,
  origin: unknown = null,
): Result<ActionItem> => updateEntry(doc, actions, id, patch, origin);
export const removeActionItems = (doc: Y.Doc, ids: readonly string[], origin: unknown = null) =>
  removeEntries(doc, 'actions', ids, origin);

export const addConferenceRecord = (
  doc: Y.Doc,
  input: ConferenceRecordInput,
  origin: unknown = null,
) => addEntry(doc, records, input, origin);
export const updateConferenceRecord = (
  doc: Y.Doc,
  id: string,
  patch: Patch<ConferenceRecordInput>,
  origin: unknown = null,
): Result<ConferenceRecord> => updateEntry(doc, records, id, patch, origin);
export const removeConferenceRecords = (
  doc: Y.Doc,
  ids: readonly string[],
  origin: unknown = null,
) => removeEntries(doc, 'records', ids, origin);

export type { CaseProblem } from './collection';
export { type EmergencyPlan, updateEmergencyWindow } from './emergencyDocument';
