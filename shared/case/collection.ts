// The Yjs layout of a case document and the generic read/write of its collections (a term's
// cards document uses them too, for goals and evaluations: shared/cards/planDocument.ts). Each part
// of the document is a top-level Y.Map of entry id → Y.Map of the entry's fields, so concurrent
// edits of different fields of one entry merge (last writer wins per field):
//   'supporters', 'relations' (ecomap), 'timeline' (life stages and transitions), 'actions',
//   'records'. The emergency plan has a fixed set of time windows, each its own top-level Y.Map
//   'emergency.<window>' so that two people filling in the same window at once both create it
//   (nested maps created concurrently under one key would replace each other).
// Only the functions in this folder touch the layout; the public API is document.ts.
import type * as Y from 'yjs';
import type { z } from 'zod';
import { type EntryMap, insertEntry, newEntryId, writeEntry } from '../document/entries';
import { type FieldIssue, failure, parseWith, type Result } from '../issues/fieldIssue';

export type CollectionName =
  | 'supporters'
  | 'relations'
  | 'timeline'
  | 'emergency'
  | 'actions'
  | 'records';

/** A collection of a document; case documents use CollectionName, term documents their own. */
export type Collection<T extends { id: string }, N extends string = CollectionName> = {
  name: N;
  schema: z.ZodType<T>;
  /** What one entry cannot check alone: references to other entries of the document. */
  check?: (doc: Y.Doc, value: T) => FieldIssue[];
};

export type CaseProblem = { part: CollectionName | 'emergency'; id: string; issues: FieldIssue[] };

export const entriesOf = (doc: Y.Doc, name: string): Y.Map<EntryMap> => doc.getMap<EntryMap>(name);

const NOT_A_MAP: FieldIssue[] = [{ path: '', code: 'notAMap' }];

/** An entry checked on its own, against its schema only. */
export function parseEntry<T extends { id: string }>(
  collection: Pick<Collection<T>, 'schema'>,
  id: string,
  entry: unknown,
): Result<T> {
  if (!entry || typeof (entry as EntryMap).toJSON !== 'function')
    return { ok: false, issues: NOT_A_MAP };
  return parseWith(collection.schema, { ...(entry as EntryMap).toJSON(), id });
}

export function readEntry<T extends { id: string }, N extends string>(
  doc: Y.Doc,
  collection: Collection<T, N>,
  id: string,
  entry: unknown,
): Result<T> {
  const parsed = parseEntry(collection, id, entry);
  if (!parsed.ok || !collection.check) return parsed;
  const issues = collection.check(doc, parsed.value);
  return issues.length > 0 ? { ok: false, issues } : parsed;
}

/** Every valid entry; invalid ones (a concurrent edit, a bad client) are reported, not thrown. */
export function readAll<T extends { id: string }, N extends string>(
  doc: Y.Doc,
  collection: Collection<T, N>,
  problems: { part: N; id: string; issues: FieldIssue[] }[],
): T[] {
  const values: T[] = [];
  for (const [id, entry] of entriesOf(doc, collection.name)) {
    const read = readEntry(doc, collection, id, entry);
    if (read.ok) values.push(read.value);
    else problems.push({ part: collection.name, id, issues: read.issues });
  }
  return values;
}

function validate<T extends { id: string }, N extends string>(
  doc: Y.Doc,
  collection: Collection<T, N>,
  input: Record<string, unknown>,
): Result<T> {
  const parsed = parseWith(collection.schema, input);
  if (!parsed.ok || !collection.check) return parsed;
  const issues = collection.check(doc, parsed.value);
  return issues.length > 0 ? { ok: false, issues } : parsed;
}

export function addEntry<T extends { id: string }, N extends string>(
  doc: Y.Doc,
  collection: Collection<T, N>,
  input: object & { id?: string },
  origin: unknown,
): Result<T> {
  const result = validate(doc, collection, { ...input, id: input.id ?? newEntryId() });
  if (!result.ok) return result;
  const map = entriesOf(doc, collection.name);
  if (map.has(result.value.id)) return failure('id', 'duplicateId');
  doc.transact(() => insertEntry(map, result.value.id, result.value), origin);
  return result;
}

/** Changes the patched fields of an entry; only changed fields are written, so concurrent edits of other fields are kept. */
export function updateEntry<T extends { id: string }, N extends string>(
  doc: Y.Doc,
  collection: Collection<T, N>,
  id: string,
  patch: object,
  origin: unknown,
): Result<T> {
  const entry = entriesOf(doc, collection.name).get(id);
  if (!entry) return failure('', 'notFound');
  const result = validate(doc, collection, { ...entry.toJSON(), ...patch, id });
  if (!result.ok) return result;
  doc.transact(() => replaceFields(entry, result.value), origin);
  return result;
}

/** Makes an entry hold exactly `value`, writing only what changed. */
export function replaceFields(entry: EntryMap, value: object): void {
  const fields = value as Record<string, unknown>;
  // Fields the schema dropped (a supporter changing kind) go, as do emptied optional ones.
  const gone = [...entry.keys()].filter((key) => !(key in fields) || fields[key] === undefined);
  for (const key of gone) entry.delete(key);
  writeEntry(entry, fields);
}

export function removeEntries(
  doc: Y.Doc,
  name: string,
  ids: readonly string[],
  origin: unknown,
): number {
  const map = entriesOf(doc, name);
  const removing = ids.filter((id) => map.has(id));
  if (removing.length === 0) return 0;
  doc.transact(() => {
    for (const id of removing) map.delete(id);
  }, origin);
  return removing.length;
}
