// Rows of a hand-mapped import that the board already has: the same 事業所番号 (or 医療機関コード),
// or the same name and address, compared as the search compares them (カナ/かな, width and
// spaces folded; the keys a provider list is re-imported by). The person decides per import
// whether such rows update the agency, are skipped, or are added anyway.
import type { Agency } from './agency';
import type { AgencyColumn } from './csvColumns';
import type { CsvRow } from './csvImport';
import type { AgencyPatch } from './documentAgencies';
import { providerKeys } from './providers/merge';
import type { ImportChange } from './providers/reimport';
import { normalizeForSearch } from './text';

export const DUPLICATE_CHOICES = ['update', 'skip', 'add'] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

type Identity = Parameters<typeof providerKeys>[0];

/** For each incoming agency, the board's agency it repeats, or null. */
export function findExisting(
  existing: readonly Agency[],
  incoming: readonly Identity[],
): (Agency | null)[] {
  const byKey = new Map<string, Agency>();
  for (const agency of existing) {
    for (const key of providerKeys(agency)) if (!byKey.has(key)) byKey.set(key, agency);
  }
  return incoming.map(
    (agency) =>
      providerKeys(agency)
        .map((key) => byKey.get(key))
        .find((found) => found !== undefined) ?? null,
  );
}

export type RowImportPlan = {
  changes: ImportChange[];
  updated: number;
  added: number;
  skipped: number;
};

/**
 * What the row writes into an agency it repeats: the mapped columns whose cell has a value. An
 * empty cell leaves the board's value alone, and the council's own fields that the file has no
 * column for (layer, hub functions, notes…) stay as they are.
 */
function patchOf(row: CsvRow, mapping: readonly (AgencyColumn | null)[], agency: Agency) {
  const patch: Record<string, unknown> = {};
  mapping.forEach((column, index) => {
    if (!column || (row.cells[index] ?? '').trim() === '') return;
    if (agency[column] !== undefined) patch[column] = agency[column];
  });
  return patch as AgencyPatch;
}

/**
 * The changes of an import whose rows were all valid (`agencies[i]` is `rows[i]`'s agency). A
 * repeat is updated, skipped or added as chosen; with no repeats the choice does not matter.
 */
export function planRowImport(
  existing: readonly Agency[],
  rows: readonly CsvRow[],
  mapping: readonly (AgencyColumn | null)[],
  agencies: readonly Agency[],
  choice: DuplicateChoice,
): RowImportPlan {
  const found = findExisting(existing, agencies);
  const plan: RowImportPlan = { changes: [], updated: 0, added: 0, skipped: 0 };
  agencies.forEach((agency, index) => {
    const row = rows[index] as CsvRow;
    const repeat = found[index];
    if (!repeat || choice === 'add') {
      plan.changes.push({ kind: 'create', agency, rows: [row.row] });
      plan.added += 1;
    } else if (choice === 'skip') {
      plan.skipped += 1;
    } else {
      const patch = patchOf(row, mapping, agency);
      plan.changes.push({ kind: 'update', id: repeat.id, patch, rows: [row.row] });
      plan.updated += 1;
    }
  });
  return plan;
}

/** The other agencies whose name is the same once folded as the search folds it. */
export function sameNamed<T extends { id: string; name: string }>(
  agencies: Iterable<T>,
  name: string,
  exceptId?: string,
): T[] {
  const wanted = normalizeForSearch(name);
  if (wanted === '') return [];
  return [...agencies].filter(
    (agency) => agency.id !== exceptId && normalizeForSearch(agency.name) === wanted,
  );
}
