// Changing ties on the board document; each call is one transaction with the caller's origin.
import type * as Y from 'yjs';
import {
  agenciesOf,
  insertEntry,
  NOT_FOUND,
  newEntryId,
  tiesOf,
  writeEntry,
} from './documentLayout';
import { type FieldIssue, failure, parseWith, type Result } from './issues';
import { type Tie, type TieInput, tieSchema } from './tie';

export type TiePatch = Partial<Omit<TieInput, 'id'>>;

const ENDPOINT_MISSING = {
  from: 'つなぐ元の事業所が見つかりません（削除された可能性があります）',
  to: 'つなぐ先の事業所が見つかりません（削除された可能性があります）',
} as const;
const DUPLICATE = 'この2つの事業所の間には同じ種類のつながりがすでにあります';

/** Checks what a single tie cannot: both agencies exist and the pair has no tie of that kind. */
function checkInBoard(doc: Y.Doc, tie: Tie): FieldIssue[] {
  const agencies = agenciesOf(doc);
  const issues: FieldIssue[] = (['from', 'to'] as const)
    .filter((end) => !agencies.has(tie[end]))
    .map((path) => ({ path, message: ENDPOINT_MISSING[path] }));
  if (issues.length > 0) return issues;
  for (const [id, other] of tiesOf(doc)) {
    const samePair =
      (other.get('from') === tie.from && other.get('to') === tie.to) ||
      (other.get('from') === tie.to && other.get('to') === tie.from);
    if (id !== tie.id && samePair && other.get('kind') === tie.kind) {
      return [{ path: 'kind', message: DUPLICATE }];
    }
  }
  return [];
}

export function addTie(doc: Y.Doc, input: TieInput, origin: unknown = null): Result<Tie> {
  const parsed = parseWith(tieSchema, { ...input, id: input.id ?? newEntryId() });
  if (!parsed.ok) return parsed;
  const ties = tiesOf(doc);
  if (ties.has(parsed.value.id)) return failure('id', 'このIDのつながりはすでにあります');
  const issues = checkInBoard(doc, parsed.value);
  if (issues.length > 0) return { ok: false, issues };
  doc.transact(() => insertEntry(ties, parsed.value.id, parsed.value), origin);
  return parsed;
}

/** Changes only the patched fields; the tie must still be valid and connect existing agencies. */
export function updateTie(
  doc: Y.Doc,
  id: string,
  patch: TiePatch,
  origin: unknown = null,
): Result<Tie> {
  const entry = tiesOf(doc).get(id);
  if (!entry) return failure('', NOT_FOUND.tie);
  const parsed = parseWith(tieSchema, { ...entry.toJSON(), ...patch, id });
  if (!parsed.ok) return parsed;
  const issues = checkInBoard(doc, parsed.value);
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
