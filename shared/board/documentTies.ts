// Changing ties on the board document; each call is one transaction with the caller's origin.
import type * as Y from 'yjs';
import { insertEntry, newEntryId, writeEntry } from '../document/entries';
import { type FieldIssue, failure, parseWith, type Result } from '../issues/fieldIssue';
import { agenciesOf, tiesOf } from './documentLayout';
import { type Tie, type TieInput, tieSchema } from './tie';

export type TiePatch = Partial<Omit<TieInput, 'id'>>;

const pairKey = (tie: Pick<Tie, 'from' | 'to' | 'kind'>): string =>
  [tie.from, tie.to].sort().concat(tie.kind).join('\u0000');

/** The pair-and-kind keys of the board's ties (except one being edited). */
function existingPairs(doc: Y.Doc, exceptId?: string): Set<string> {
  const pairs = new Set<string>();
  for (const [id, entry] of tiesOf(doc)) {
    if (id === exceptId) continue;
    const { from, to, kind } = entry.toJSON() as Tie;
    pairs.add(pairKey({ from, to, kind }));
  }
  return pairs;
}

/** Checks what a single tie cannot: both agencies exist and the pair has no tie of that kind. */
function checkInBoard(doc: Y.Doc, pairs: Set<string>, tie: Tie, prefix = ''): FieldIssue[] {
  const agencies = agenciesOf(doc);
  const issues: FieldIssue[] = (['from', 'to'] as const)
    .filter((end) => !agencies.has(tie[end]))
    .map((path) => ({ path: prefix + path, code: 'endpointMissing' as const }));
  if (issues.length > 0) return issues;
  return pairs.has(pairKey(tie)) ? [{ path: `${prefix}kind`, code: 'duplicateTie' }] : [];
}

/** Validates all inputs; adds them all in one transaction, or none if any is invalid. */
export function addTies(
  doc: Y.Doc,
  inputs: readonly TieInput[],
  origin: unknown = null,
): Result<Tie[]> {
  const ties = tiesOf(doc);
  const pairs = existingPairs(doc);
  const valid: Tie[] = [];
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  inputs.forEach((input, index) => {
    const prefix = inputs.length === 1 ? '' : `${index}.`;
    const parsed = parseWith(tieSchema, { ...input, id: input.id ?? newEntryId() });
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((i) => ({ ...i, path: prefix + i.path })));
      return;
    }
    const tie = parsed.value;
    const found =
      ties.has(tie.id) || seen.has(tie.id)
        ? [{ path: `${prefix}id`, code: 'duplicateId' as const }]
        : checkInBoard(doc, pairs, tie, prefix);
    issues.push(...found);
    if (found.length === 0) {
      pairs.add(pairKey(tie));
      seen.add(tie.id);
      valid.push(tie);
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  doc.transact(() => {
    for (const tie of valid) insertEntry(ties, tie.id, tie);
  }, origin);
  return { ok: true, value: valid };
}

export function addTie(doc: Y.Doc, input: TieInput, origin: unknown = null): Result<Tie> {
  const added = addTies(doc, [input], origin);
  return added.ok ? { ok: true, value: added.value[0] as Tie } : added;
}

/** Changes only the patched fields; the tie must still be valid and connect existing agencies. */
export function updateTie(
  doc: Y.Doc,
  id: string,
  patch: TiePatch,
  origin: unknown = null,
): Result<Tie> {
  const entry = tiesOf(doc).get(id);
  if (!entry) return failure('', 'notFound');
  const parsed = parseWith(tieSchema, { ...entry.toJSON(), ...patch, id });
  if (!parsed.ok) return parsed;
  const issues = checkInBoard(doc, existingPairs(doc, id), parsed.value);
  if (issues.length > 0) return { ok: false, issues };
  const changed = Object.fromEntries(
    Object.keys(patch).map((key) => [key, parsed.value[key as keyof Tie]]),
  );
  doc.transact(() => writeEntry(entry, changed), origin);
  return parsed;
}

export function removeTies(doc: Y.Doc, ids: readonly string[], origin: unknown = null): number {
  const ties = tiesOf(doc);
  const removing = ids.filter((id) => ties.has(id));
  if (removing.length === 0) return 0;
  doc.transact(() => {
    for (const id of removing) ties.delete(id);
  }, origin);
  return removing.length;
}
