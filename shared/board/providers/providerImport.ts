// Reading a provider list for import: pick the city, read each row (normalising what is safe),
// suggest layer/field/hub functions per service type, merge rows into one agency per provider and
// plan the changes against the board. Valid rows import; the others are listed with the cell and
// the reason. Nothing is written here (reimport.ts applyChanges does that).
import type { Field, Layer } from '../../domain';
import { type FieldIssue, parseWith } from '../../issues/fieldIssue';
import { type Agency, agencyInputSchema, SERVICES_MAX, TAG_MAX, TAGS_MAX } from '../agency';
import type { CsvTable } from '../csvImport';
import { CSV_MAX_ROWS } from '../csvImport';
import { splitList } from '../text';
import { type CityFilter, hasFilter, matchesFilter, placeOf } from './cities';
import { mergeProviders, type Provider, type ProviderFields } from './merge';
import { lostLeadingZero } from './normalise';
import {
  IMPORT_ROLES,
  type ImportMapping,
  type ImportTarget,
  type ProviderPreset,
} from './presets';
import { CODE_DIGITS, type RowNote, readRow, type SkippedRow } from './readRow';
import { planReimport, type ReimportPlan } from './reimport';
import { type Suggestion, suggestionFor, suggestionForServices } from './suggestions';

export type ProviderPlan = {
  mapping: ImportMapping;
  preset?: ProviderPreset | null;
  filter?: CityFilter;
  padCodes?: boolean;
  /** The person's suggestion per service type, edited in one place. */
  overrides?: Readonly<Record<string, Suggestion>>;
  /** Layer and fields for rows nothing else decides (no column, unknown service type). */
  defaults?: { layer?: Layer; fields?: readonly Field[] };
  /** 出典 and 出典日 when the file has no such column (the file name and date, or typed). */
  source?: string;
  sourceDate?: string;
};

export type ServiceSummary = {
  service: string;
  rows: number;
  suggestion: Suggestion;
  known: boolean;
};

export type ProviderPreview =
  | { ok: false; problems: ProblemCode[]; rows: number }
  | {
      ok: true;
      /** Rows in the chosen city (all rows without a filter). */
      rows: number;
      providers: Provider[];
      skipped: SkippedRow[];
      notes: RowNote[];
      services: ServiceSummary[];
      /** Rows whose 事業所番号 or 医療機関コード lost its leading zero (a re-save): offer to pad. */
      lostZeros: number;
      /** Every service type in the file, any city: the file speaks for these. */
      listedServices: string[];
      /** The cities the rows are in (for marking agencies no longer listed), null: all. */
      cities: string[] | null;
      fields: Set<keyof ProviderFields>;
    };

export type ProblemCode = 'noName' | 'noLayer' | 'noFields' | 'tooManyRows' | 'noRowsInCity';

const has = (mapping: ImportMapping, target: ImportTarget) => mapping.includes(target);

function fallbackOf(plan: ProviderPlan): { layer?: Layer; fields: Field[] } {
  const fields = plan.defaults?.fields?.length
    ? [...plan.defaults.fields]
    : plan.preset?.fallback.fields;
  return { layer: plan.defaults?.layer ?? plan.preset?.fallback.layer, fields: fields ?? [] };
}

/** What the mapping still lacks before any row can import. */
export function planProblems(plan: ProviderPlan): ProblemCode[] {
  const fallback = fallbackOf(plan);
  const problems: ProblemCode[] = [];
  if (!has(plan.mapping, 'name')) problems.push('noName');
  if (!has(plan.mapping, 'layer') && !fallback.layer) problems.push('noLayer');
  if (!has(plan.mapping, 'fields') && fallback.fields.length === 0) problems.push('noFields');
  return problems;
}

const ADDRESS_ROLES: ImportTarget[] = ['address', 'addressCity', 'addressDetail'];
const HOURS_ROLES: ImportTarget[] = [
  'hours',
  'hoursWeekday',
  'hoursSaturday',
  'hoursSunday',
  'hoursHoliday',
  'closedDays',
  'hoursDays',
  'hoursStart',
  'hoursEnd',
  'afterHours',
];
const NOTE_ROLES: ImportTarget[] = [
  'officialNotes',
  'hoursNote',
  'departments',
  'extension',
  'note',
  'phone',
  'fax',
  'url',
];

/** The agency fields a file speaks for (a re-import leaves the others alone). */
function coveredFields(plan: ProviderPlan): Set<keyof ProviderFields> {
  const fields = new Set<keyof ProviderFields>(['source', 'sourceDate', 'notListedSince']);
  for (const target of plan.mapping)
    if (target && !IS_ROLE.has(target)) fields.add(target as keyof ProviderFields);
  const any = (targets: ImportTarget[]) => targets.some((t) => has(plan.mapping, t));
  if (any(ADDRESS_ROLES)) fields.add('address');
  if (any(HOURS_ROLES)) fields.add('hours');
  if (any(NOTE_ROLES)) fields.add('officialNotes');
  return fields;
}

const IS_ROLE = new Set<ImportTarget>(IMPORT_ROLES);

const tagOf = (service: string) => service.slice(0, TAG_MAX);

export function previewProviderImport(table: CsvTable, plan: ProviderPlan): ProviderPreview {
  const problems = planProblems(plan);
  const filtered = hasFilter(plan.filter)
    ? table.rows.filter((r) => matchesFilter(placeOf(r.cells, plan.mapping), plan.filter))
    : table.rows;
  if (filtered.length > CSV_MAX_ROWS) problems.push('tooManyRows');
  if (filtered.length === 0) problems.push('noRowsInCity');
  if (problems.length > 0) return { ok: false, problems, rows: filtered.length };

  const fallback = fallbackOf(plan);
  const fallbackSuggestion: Suggestion = {
    layer: fallback.layer ?? 'cooperating',
    fields: fallback.fields,
    hubFunctions: [],
  };
  const overrides = plan.overrides ?? {};
  const options = {
    headers: table.headers,
    mapping: plan.mapping,
    padCodes: plan.padCodes ?? false,
    zeroCapacityIsMissing: plan.preset?.zeroCapacityIsMissing ?? false,
  };
  const lostZeros = filtered.filter((r) => codesLostZero(r.cells, plan.mapping)).length;

  const skipped: SkippedRow[] = [];
  const notes: RowNote[] = [];
  const valid: { row: number; agency: ProviderFields }[] = [];
  const serviceRows = new Map<string, number>();
  const cities = new Set<string>();
  for (const csvRow of filtered) {
    const read = readRow(csvRow, options);
    notes.push(...read.notes);
    if (read.errors.length > 0) {
      skipped.push(...read.errors);
      continue;
    }
    const services = (read.input.services as string[] | undefined) ?? [];
    const input = withSuggestion(
      read.input,
      suggestionForServices(services, overrides, fallbackSuggestion),
      plan,
    );
    const parsed = parseWith(agencyInputSchema, input);
    if (!parsed.ok) {
      skipped.push(...parsed.issues.map((issue) => skippedFor(csvRow, issue, table, plan.mapping)));
      continue;
    }
    for (const service of services) serviceRows.set(service, (serviceRows.get(service) ?? 0) + 1);
    const { id: _id, ...agency } = parsed.value;
    valid.push({ row: csvRow.row, agency });
    const city = placeOf(csvRow.cells, plan.mapping).city;
    if (city) cities.add(city);
  }
  const providers = mergeProviders(valid).map((provider) => ({
    ...provider,
    agency: finish(provider.agency, overrides, fallbackSuggestion, plan),
  }));
  const services = [...serviceRows].map(([service, rows]) => {
    const known = suggestionFor(service);
    return {
      service,
      rows,
      suggestion: overrides[service] ?? known ?? fallbackSuggestion,
      known: known !== null,
    };
  });
  return {
    ok: true,
    rows: filtered.length,
    providers,
    skipped,
    notes,
    services,
    lostZeros,
    listedServices: servicesOfFile(table, plan.mapping),
    cities: hasFilter(plan.filter) ? [...cities] : null,
    fields: coveredFields(plan),
  };
}

function servicesOfFile(table: CsvTable, mapping: ImportMapping): string[] {
  const index = mapping.indexOf('services');
  if (index < 0) return [];
  const services = new Set<string>();
  for (const { cells } of table.rows) {
    for (const service of splitList(cells[index] ?? '', { words: false })) services.add(service);
  }
  return [...services];
}

function codesLostZero(cells: readonly string[], mapping: ImportMapping): boolean {
  return (Object.keys(CODE_DIGITS) as (keyof typeof CODE_DIGITS)[]).some((target) => {
    const index = mapping.indexOf(target);
    return index >= 0 && lostLeadingZero(cells[index] ?? '', CODE_DIGITS[target]);
  });
}

/** The suggestion fills what no column of the row decided; the services become tags. */
function withSuggestion(
  input: Record<string, unknown>,
  suggestion: Suggestion,
  plan: ProviderPlan,
) {
  const services = (input.services as string[] | undefined) ?? [];
  return {
    layer: suggestion.layer,
    fields: suggestion.fields,
    hubFunctions: suggestion.hubFunctions,
    ...(plan.source ? { source: plan.source } : {}),
    ...(plan.sourceDate ? { sourceDate: plan.sourceDate } : {}),
    ...input,
    tags: [
      ...new Set([...((input.tags as string[] | undefined) ?? []), ...services.map(tagOf)]),
    ].slice(0, TAGS_MAX),
  };
}

/** After merging: the suggestion for all the provider's services, within the schema's limits. */
function finish(
  agency: ProviderFields,
  overrides: Readonly<Record<string, Suggestion>>,
  fallback: Suggestion,
  plan: ProviderPlan,
): ProviderFields {
  const suggestion = suggestionForServices(agency.services ?? [], overrides, fallback);
  return {
    ...agency,
    layer: has(plan.mapping, 'layer') ? agency.layer : suggestion.layer,
    fields: has(plan.mapping, 'fields') ? agency.fields : suggestion.fields,
    hubFunctions: has(plan.mapping, 'hubFunctions') ? agency.hubFunctions : suggestion.hubFunctions,
    tags: agency.tags.slice(0, TAGS_MAX),
    ...(agency.services ? { services: agency.services.slice(0, SERVICES_MAX) } : {}),
  };
}

function skippedFor(
  { row, cells }: { row: number; cells: string[] },
  { path, ...issue }: FieldIssue,
  table: CsvTable,
  mapping: ImportMapping,
): SkippedRow {
  const key = path.split('.')[0] as ImportTarget;
  const index = mapping.indexOf(
    key === 'address' && !has(mapping, 'address') ? 'addressCity' : key,
  );
  return { row, column: table.headers[index] ?? '', value: cells[index] ?? '', issue };
}

/** The changes an import makes to a board holding `existing`. */
export function planProviderImport(
  existing: readonly Agency[],
  preview: Extract<ProviderPreview, { ok: true }>,
  today: string,
): ReimportPlan {
  return planReimport(existing, preview.providers, {
    fields: preview.fields,
    services: preview.listedServices,
    cities: preview.cities,
    date: preview.providers[0]?.agency.sourceDate ?? today,
  });
}
