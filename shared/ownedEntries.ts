// Entries that belong to whoever wrote them: a sticky note is its author's. Anyone who may edit
// the document may move or group another's note (KJ法 needs it), but only its author, or someone
// who moderates the document (the meeting's facilitator), may change its words, remove it, or
// write a note in someone's name. The browser offers only what is allowed; the server holds the
// line for clients that do not (shared/documentGuard.ts calls these with the update's writer).
import type * as Y from 'yjs';
import type { GuardProblem } from './documentGuard';

/** Who sent an update, as the server knows them. */
export type Writer = { id: string; moderates: boolean };

export type OwnedEntries = {
  /** The entry's field naming its owner; an entry without one (anonymous) belongs to nobody. */
  ownerField: string;
  /** Fields anyone who may edit the document may change on any entry. */
  shared: readonly string[];
};

/** By top-level key: the entry itself was set, replaced or removed ('whole'), or these fields. */
export type TouchedFields = Map<string, Set<string> | 'whole'>;

type Owners = Map<string, string | null>;

// One map of owners per live Y.Map, read whole once and then kept current with each change's
// touched keys, so judging an update costs what it touched, not the size of the wall.
const cache = new WeakMap<Y.Map<unknown>, Owners>();

function ownerOf(map: Y.Map<unknown>, id: string, owned: OwnedEntries): string | null {
  const entry = map.get(id);
  if (!entry || typeof (entry as Y.Map<unknown>).get !== 'function') return null;
  const owner = (entry as Y.Map<unknown>).get(owned.ownerField);
  return typeof owner === 'string' ? owner : null;
}

/** The owner of every entry now in `map` (null: anonymous), cached. */
export function ownersOf(
  map: Y.Map<unknown>,
  owned: OwnedEntries,
): ReadonlyMap<string, string | null> {
  let owners = cache.get(map);
  if (!owners) {
    owners = new Map();
    for (const id of map.keys()) owners.set(id, ownerOf(map, id, owned));
    cache.set(map, owners);
  }
  return owners;
}

/** After a change (kept or undone): the cached owners of the keys it touched, read again. */
export function refreshOwners(
  map: Y.Map<unknown>,
  owned: OwnedEntries,
  keys: Iterable<string>,
): void {
  const owners = cache.get(map);
  if (!owners) return;
  for (const id of keys) {
    if (map.has(id)) owners.set(id, ownerOf(map, id, owned));
    else owners.delete(id);
  }
}

/**
 * What `writer` changed that is not theirs to change: an entry they do not own removed, replaced
 * or changed outside the shared fields, any entry's owner changed, or a new entry not in their name.
 */
export function ownershipProblems(
  part: string,
  map: Y.Map<unknown>,
  owned: OwnedEntries,
  before: ReadonlyMap<string, string | null>,
  changes: TouchedFields,
  writer: Writer,
): GuardProblem[] {
  const problems: GuardProblem[] = [];
  const refuse = (id: string) =>
    problems.push({ part, id, issues: [{ path: owned.ownerField, code: 'notYours' }] });
  for (const [id, fields] of changes) {
    const existed = before.has(id);
    const now = map.has(id) ? ownerOf(map, id, owned) : undefined;
    if (!existed) {
      if (now !== undefined && now !== writer.id) refuse(id);
      continue;
    }
    const mine = before.get(id) === writer.id;
    if (fields === 'whole') {
      if (!mine || (now !== undefined && now !== writer.id)) refuse(id);
      continue;
    }
    if (fields.has(owned.ownerField)) refuse(id);
    else if (!mine && [...fields].some((field) => !owned.shared.includes(field))) refuse(id);
  }
  return problems;
}
