// Keeping a board current with the official list: a provider already on the board gets the
// list's fields (its official fields) and keeps the council's own (layer, fields, hub functions,
// support needs, notes, tags, area, positions, ties). One that the list no longer names is
// marked (notListedSince), never deleted: the council decides.
import type * as Y from 'yjs';
import type { FieldIssue } from '../../issues/fieldIssue';
import type { Agency } from '../agency';
import {
  type AgencyPatch,
  insertAgencies,
  updateAgency,
  validateNewAgencies,
} from '../documentAgencies';
import { inScope } from './cities';
import { type Provider, type ProviderFields, providerKeys } from './merge';

/** The fields the official list owns; everything else on an agency is the council's. */
export const OFFICIAL_FIELDS = [
  'name',
  'kana',
  'address',
  'phone',
  'fax',
  'url',
  'hours',
  'providerNumber',
  'medicalCode',
  'corporation',
  'corporateNumber',
  'capacity',
  'lat',
  'lng',
  'services',
  'officialNotes',
  'source',
  'sourceDate',
  'notListedSince',
] as const satisfies readonly (keyof ProviderFields)[];

export type ImportChange =
  | { kind: 'create'; agency: ProviderFields; rows: number[] }
  | { kind: 'update'; id: string; patch: AgencyPatch; rows: number[] };

export type ReimportPlan = {
  changes: ImportChange[];
  created: number;
  updated: number;
  /** Matched agencies whose official fields actually change. */
  changed: number;
  notListed: { id: string; name: string }[];
};

export type ReimportContext = {
  /** The official fields the file has columns for; the others stay as they are. */
  fields: ReadonlySet<keyof ProviderFields>;
  /** The service types the file lists: it speaks for these only. */
  services: readonly string[];
  /** The cities the import covered (null: the whole file, no filter). */
  cities: readonly string[] | null;
  /** The date a no-longer-listed agency is marked with. */
  date: string;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function officialPatch(
  existing: Agency,
  incoming: ProviderFields,
  fields: ReadonlySet<keyof ProviderFields>,
  fileServices: Set<string>,
) {
  const patch: Record<string, unknown> = { notListedSince: undefined };
  for (const key of OFFICIAL_FIELDS) if (fields.has(key)) patch[key] = incoming[key];
  if (!fields.has('services')) return patch as AgencyPatch;
  // Another list (another service type's file) may have named other services of this place.
  const kept = (existing.services ?? []).filter((service) => !fileServices.has(service));
  patch.services = [...new Set([...kept, ...(incoming.services ?? [])])];
  return patch as AgencyPatch;
}

export function planReimport(
  existing: readonly Agency[],
  providers: readonly Provider[],
  context: ReimportContext,
): ReimportPlan {
  const byKey = new Map<string, Agency>();
  for (const agency of existing) {
    for (const key of providerKeys(agency)) if (!byKey.has(key)) byKey.set(key, agency);
  }
  const fileServices = new Set(context.services);
  const matched = new Set<string>();
  const plan: ReimportPlan = { changes: [], created: 0, updated: 0, changed: 0, notListed: [] };
  for (const { agency, rows } of providers) {
    const found = providerKeys(agency)
      .map((key) => byKey.get(key))
      .find((candidate) => candidate && !matched.has(candidate.id));
    if (!found) {
      plan.changes.push({ kind: 'create', agency, rows });
      plan.created += 1;
      continue;
    }
    matched.add(found.id);
    const patch = officialPatch(found, agency, context.fields, fileServices);
    plan.changes.push({ kind: 'update', id: found.id, patch, rows });
    plan.updated += 1;
    if (Object.entries(patch).some(([key, value]) => !same(found[key as keyof Agency], value))) {
      plan.changed += 1;
    }
  }
  for (const agency of existing) {
    const services = agency.services ?? [];
    if (matched.has(agency.id) || agency.notListedSince) continue;
    if (!services.some((s) => fileServices.has(s)) || !inScope(agency.address, context.cities)) {
      continue;
    }
    const kept = services.filter((service) => !fileServices.has(service));
    if (kept.length > 0) {
      plan.changes.push({ kind: 'update', id: agency.id, patch: { services: kept }, rows: [] });
      plan.changed += 1;
    } else {
      plan.changes.push({
        kind: 'update',
        id: agency.id,
        patch: { notListedSince: context.date },
        rows: [],
      });
      plan.notListed.push({ id: agency.id, name: agency.name });
    }
  }
  return plan;
}

export type ApplyResult = { created: Agency[]; failed: { rows: number[]; issues: FieldIssue[] }[] };

/**
 * Writes a slice of a plan in one transaction (the client sends a large plan in slices, each one
 * update under the server's message limit). An update that no longer fits — someone deleted the
 * agency meanwhile — is reported, not written.
 */
export function applyChanges(
  doc: Y.Doc,
  changes: readonly ImportChange[],
  origin: unknown = null,
): ApplyResult {
  const result: ApplyResult = { created: [], failed: [] };
  const creates = changes.filter((c) => c.kind === 'create');
  doc.transact(() => {
    const checked = validateNewAgencies(
      doc,
      creates.map((c) => c.agency),
    );
    if (checked.ok) {
      insertAgencies(doc, checked.value, origin);
      result.created = checked.value;
    } else if (creates.length > 0) {
      result.failed.push({ rows: creates.flatMap((c) => c.rows), issues: checked.issues });
    }
    for (const change of changes) {
      if (change.kind !== 'update') continue;
      const updated = updateAgency(doc, change.id, change.patch, origin);
      if (!updated.ok) result.failed.push({ rows: change.rows, issues: updated.issues });
    }
  }, origin);
  return result;
}
