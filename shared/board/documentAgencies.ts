// Changing agencies on the board document; each call is one transaction with the caller's origin.
import type * as Y from 'yjs';
import { insertEntry, newEntryId, writeEntry } from '../document/entries';
import { type FieldIssue, failure, parseWith, type Result } from '../issues/fieldIssue';
import { type Agency, type AgencyInput, agencySchema, type Position } from './agency';
import { MAX_AGENCIES } from './documentCheck';
import { agenciesOf, readAgencyEntry, tiesOf } from './documentLayout';

export type AgencyPatch = Partial<Omit<AgencyInput, 'id'>>;

/** Validates all inputs; adds them all in one transaction, or none if any is invalid. */
export function addAgencies(
  doc: Y.Doc,
  inputs: readonly AgencyInput[],
  origin: unknown = null,
): Result<Agency[]> {
  const checked = validateNewAgencies(doc, inputs);
  if (checked.ok) insertAgencies(doc, checked.value, origin);
  return checked;
}

/** Checks new agencies against the schema, each other and the document; writes nothing. */
export function validateNewAgencies(doc: Y.Doc, inputs: readonly AgencyInput[]): Result<Agency[]> {
  const agencies = agenciesOf(doc);
  const seen = new Set<string>();
  const valid: Agency[] = [];
  const issues: FieldIssue[] = [];
  inputs.forEach((input, index) => {
    const parsed = parseWith(agencySchema, { ...input, id: input.id ?? newEntryId() });
    const prefix = inputs.length === 1 ? '' : `${index}.`;
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((i) => ({ ...i, path: prefix + i.path })));
    } else if (agencies.has(parsed.value.id) || seen.has(parsed.value.id)) {
      issues.push({ path: `${prefix}id`, code: 'duplicateId' });
    } else {
      seen.add(parsed.value.id);
      valid.push(parsed.value);
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  if (agencies.size + valid.length > MAX_AGENCIES) {
    return {
      ok: false,
      issues: [{ path: '', code: 'tooManyAgencies', params: { max: MAX_AGENCIES } }],
    };
  }
  return { ok: true, value: valid };
}

/** Writes agencies that validateNewAgencies accepted, in one transaction. */
export function insertAgencies(doc: Y.Doc, valid: readonly Agency[], origin: unknown = null): void {
  const agencies = agenciesOf(doc);
  doc.transact(() => {
    for (const agency of valid) insertEntry(agencies, agency.id, agency);
  }, origin);
}

export function addAgency(doc: Y.Doc, input: AgencyInput, origin: unknown = null): Result<Agency> {
  const added = addAgencies(doc, [input], origin);
  return added.ok ? { ok: true, value: added.value[0] as Agency } : added;
}

/**
 * Changes only the patched fields (concurrent edits of other fields survive); a field set to
 * undefined or '' is cleared. The whole agency must still be valid afterwards.
 */
export function updateAgency(
  doc: Y.Doc,
  id: string,
  patch: AgencyPatch,
  origin: unknown = null,
): Result<Agency> {
  const entry = agenciesOf(doc).get(id);
  if (!entry) return failure('', 'notFound');
  const parsed = parseWith(agencySchema, { ...entry.toJSON(), ...patch, id });
  if (!parsed.ok) return parsed;
  const changed = Object.fromEntries(
    Object.keys(patch).map((key) => [key, parsed.value[key as keyof Agency]]),
  );
  doc.transact(() => writeEntry(entry, changed), origin);
  return parsed;
}

/** Removes the agencies and every tie to or from them, in one transaction. */
export function removeAgencies(doc: Y.Doc, ids: readonly string[], origin: unknown = null): number {
  const agencies = agenciesOf(doc);
  const ties = tiesOf(doc);
  const removing = new Set(ids.filter((id) => agencies.has(id)));
  if (removing.size === 0) return 0;
  doc.transact(() => {
    for (const [tieId, tie] of ties) {
      if (removing.has(tie.get('from') as string) || removing.has(tie.get('to') as string)) {
        ties.delete(tieId);
      }
    }
    for (const id of removing) agencies.delete(id);
  }, origin);
  return removing.size;
}

type Move = { id: string; position: Position };

/** Writes one position key of the agencies that still exist, skipping non-finite moves. */
function writePositions(
  doc: Y.Doc,
  key: 'position' | 'freePosition',
  moves: readonly Move[],
  origin: unknown,
): number {
  const agencies = agenciesOf(doc);
  const valid = moves.filter(
    (m) => agencies.has(m.id) && Number.isFinite(m.position.x) && Number.isFinite(m.position.y),
  );
  if (valid.length === 0) return 0;
  doc.transact(() => {
    for (const { id, position } of valid) {
      writeEntry(agencies.get(id) as Y.Map<unknown>, { [key]: { x: position.x, y: position.y } });
    }
  }, origin);
  return valid.length;
}

/** Sets the agencies' places in their layer lanes; returns how many moved. */
export function moveAgencies(doc: Y.Doc, moves: readonly Move[], origin: unknown = null): number {
  return writePositions(doc, 'position', moves, origin);
}

/** Sets the agencies' places in the free arrangement (lane places stay); returns how many moved. */
export function moveAgenciesFreely(
  doc: Y.Doc,
  moves: readonly Move[],
  origin: unknown = null,
): number {
  return writePositions(doc, 'freePosition', moves, origin);
}

/** One agency as validated plain data, or null when it is missing or invalid. */
export function readAgency(doc: Y.Doc, id: string): Agency | null {
  const entry = agenciesOf(doc).get(id);
  if (!entry) return null;
  const read = readAgencyEntry(id, entry);
  return read.ok ? read.value : null;
}

/** Every agency's id and name as written (for checks as one types; nothing is validated). */
export function agencyNames(doc: Y.Doc): { id: string; name: string }[] {
  return [...agenciesOf(doc)].map(([id, entry]) => ({ id, name: String(entry.get('name') ?? '') }));
}
