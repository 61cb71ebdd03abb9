// How the realtime server keeps a document valid against updates from clients that skip the
// document functions (an old client, a buggy one, a malicious one): it applies the update, checks
// the entries the update touched, and if one is broken it undoes the whole update at once. The
// undo is an ordinary update that every replica (the sender's too) receives, so all converge.
// Checking a copy first would cost a copy of the document per update and leave the sender's
// replica diverged; undoing costs only the change.
// Only touched entries are checked, and only on their own: an entry that refers to one a
// concurrent edit removed is an honest edit (readers report and skip it), so it is kept.
import * as Y from 'yjs';
import type { FieldIssue, Issue } from './issues/fieldIssue';
import {
  type OwnedEntries,
  ownershipProblems,
  ownersOf,
  refreshOwners,
  type TouchedFields,
  type Writer,
} from './ownedEntries';

export type { OwnedEntries, Writer };

/** One part of a document: a top-level Y.Map, and how to check what an update touched in it. */
export type DocumentPart = {
  root: string;
  /** Problems of the entries under `keys` (the top-level keys the update touched). */
  check: (map: Y.Map<unknown>, keys: ReadonlySet<string>) => GuardProblem[];
  /** Entries that belong to whoever wrote them (shared/ownedEntries.ts). */
  owned?: OwnedEntries;
};

export type DocumentRules = {
  parts: readonly DocumentPart[];
  /** A problem when the document has grown past what one document may hold. */
  limit?: (doc: Y.Doc) => Issue | null;
};

export type GuardProblem = { part: string; id: string; issues: FieldIssue[] };

export type GuardResult =
  | { ok: true }
  /**
   * `revert`: the update that undid it, to be stored after it. `reverted` is false when it wrote
   * where no part is: that cannot be undone and stays, so the sender should be refused.
   */
  | { ok: false; reverted: boolean; revert: Uint8Array | null; problems: GuardProblem[] };

export const REVERT_ORIGIN = 'document-guard-revert';

/**
 * What an event changed, by top-level key: the entry itself ('whole': set, replaced or removed)
 * or the fields inside it.
 */
function recordChange(event: Y.YEvent<Y.AbstractType<unknown>>, touched: TouchedFields): void {
  if (event.path.length === 0) {
    for (const key of (event as Y.YMapEvent<unknown>).keysChanged) touched.set(key, 'whole');
    return;
  }
  const key = String(event.path[0]);
  const fields = touched.get(key) ?? new Set<string>();
  if (fields === 'whole') return;
  if (event.path.length > 1) fields.add(String(event.path[1]));
  else for (const field of (event as Y.YMapEvent<unknown>).keysChanged) fields.add(field);
  touched.set(key, fields);
}

/** The problems of each touched entry, checked by its part. */
export function entryProblems(
  map: Y.Map<unknown>,
  keys: ReadonlySet<string>,
  part: string,
  read: (id: string, entry: unknown) => { ok: true } | { ok: false; issues: FieldIssue[] },
): GuardProblem[] {
  const problems: GuardProblem[] = [];
  for (const id of keys) {
    if (!map.has(id)) continue;
    const result = read(id, map.get(id));
    if (!result.ok) problems.push({ part, id, issues: result.issues });
  }
  return problems;
}

/**
 * Applies a client's `update` with `origin`. When it broke an entry (or the size limit), undoes it
 * in a second transaction with origin REVERT_ORIGIN, which the caller relays and stores like any
 * other update. Throws, like Y.applyUpdate, on an update that cannot be decoded.
 */
export function applyUpdateOrRevert(
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
  rules: DocumentRules,
  writer?: Writer,
): GuardResult {
  return changeOrRevert(doc, origin, rules, () => Y.applyUpdate(doc, update, origin), writer);
}

/**
 * Runs `change`, which must make its transactions with `origin`, then checks what it touched like
 * a client's update: broken, it is undone at once. A server-side edit goes through the same rules;
 * without a `writer` (the server's own edits) owned entries are not judged.
 */
export function changeOrRevert(
  doc: Y.Doc,
  origin: unknown,
  rules: DocumentRules,
  change: () => void,
  writer?: Writer,
): GuardResult {
  const watched = rules.parts.map((part) => {
    const map = doc.getMap<unknown>(part.root);
    const changes: TouchedFields = new Map();
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      for (const event of events) recordChange(event, changes);
    };
    // Who owned each entry before the change: the cache is brought up to date only afterwards.
    const owners =
      part.owned && writer && !writer.moderates ? ownersOf(map, part.owned) : undefined;
    return { part, map, changes, touched: new Set<string>(), owners, observer };
  });
  const rootsBefore = new Set(doc.share.keys());
  const undo = new Y.UndoManager(
    watched.map((w) => w.map),
    { trackedOrigins: new Set([origin]), captureTimeout: 0 },
  );
  for (const w of watched) w.map.observeDeep(w.observer);
  // Should the change fail part-way, what was integrated is checked (and undone) all the same.
  let failure: { error: unknown } | undefined;
  try {
    change();
  } catch (error) {
    failure = { error };
  } finally {
    for (const w of watched) w.map.unobserveDeep(w.observer);
  }
  for (const w of watched) for (const key of w.changes.keys()) w.touched.add(key);
  try {
    const result = checkOrUndo(doc, rules, watched, rootsBefore, undo, writer);
    if (failure) throw failure.error;
    return result;
  } finally {
    undo.destroy();
    for (const w of watched) if (w.part.owned) refreshOwners(w.map, w.part.owned, w.touched);
  }
}

type Watched = {
  part: DocumentPart;
  map: Y.Map<unknown>;
  touched: Set<string>;
  changes: TouchedFields;
  owners: ReadonlyMap<string, string | null> | undefined;
};

function checkOrUndo(
  doc: Y.Doc,
  rules: DocumentRules,
  watched: Watched[],
  rootsBefore: ReadonlySet<string>,
  undo: Y.UndoManager,
  writer: Writer | undefined,
): GuardResult {
  const known = new Set(rules.parts.map((part) => part.root));
  const stray = [...doc.share.keys()].filter((name) => !rootsBefore.has(name) && !known.has(name));
  const problems: GuardProblem[] = stray.map((name) => ({
    part: name,
    id: '',
    issues: [{ path: '', code: 'unknownData' }],
  }));
  for (const w of watched) {
    problems.push(...w.part.check(w.map, w.touched));
    if (w.owners && w.part.owned && writer) {
      problems.push(
        ...ownershipProblems(w.part.root, w.map, w.part.owned, w.owners, w.changes, writer),
      );
    }
  }
  const overLimit = rules.limit?.(doc);
  if (overLimit) problems.push({ part: '', id: '', issues: [{ path: '', ...overLimit }] });
  if (problems.length === 0) return { ok: true };
  let revert: Uint8Array | null = null;
  const capture = (u: Uint8Array, by: unknown) => {
    if (by === REVERT_ORIGIN) revert = u;
  };
  doc.on('update', capture);
  try {
    doc.transact(() => {
      while (undo.canUndo()) undo.undo();
    }, REVERT_ORIGIN);
  } finally {
    doc.off('update', capture);
  }
  return { ok: false, reverted: stray.length === 0, revert, problems };
}
