// CSV import of an agency list: bytes → table → column mapping → preview → all-or-nothing import.
// Rows are numbered as the spreadsheet shows them (the header is row 1), so people can find them.
import Papa from 'papaparse';
import type * as Y from 'yjs';
import { type Issue, type IssueCode, parseWith } from '../issues/fieldIssue';
import { type Agency, type AgencyInput, agencyInputSchema } from './agency';
import { type AgencyColumn, COLUMN_HEADERS, readCell } from './csvColumns';
import { type CsvEncoding, decodeCsvBytes } from './csvDecode';
import { insertAgencies, validateNewAgencies } from './documentAgencies';

/** Rows one import takes (after picking the city from a national list). */
export const CSV_MAX_ROWS = 5000;
/** Rows a file may have: a national list of one service type, to pick one's city from. */
export const CSV_MAX_READ_ROWS = 60000;
export const CSV_MAX_COLUMNS = 60;

export type CsvRow = { row: number; cells: string[] };
export type CsvTable = { encoding: CsvEncoding; note?: Issue; headers: string[]; rows: CsvRow[] };
export type RowError = { row: number; column: string; issue: Issue };
export type CsvRead =
  | { ok: true; table: CsvTable }
  | { ok: false; issue: Issue; errors: RowError[] };

/** Values every row gets when the file has no such column (e.g. a provider list has no 層). */
export type ImportDefaults = Partial<
  Pick<AgencyInput, 'layer' | 'fields' | 'formal' | 'hubRegistered' | 'area'>
>;
export type ImportPlan = { mapping: readonly (AgencyColumn | null)[]; defaults?: ImportDefaults };
/** The valid rows' agencies, `rows[i]` the spreadsheet row of `agencies[i]`, and the errors. */
export type Conversion = { agencies: AgencyInput[]; rows: number[]; errors: RowError[] };

const PARSE_ISSUES: Record<string, IssueCode> = {
  MissingQuotes: 'csvMissingQuotes',
  InvalidQuotes: 'csvInvalidQuotes',
};

export function readCsvTable(bytes: Uint8Array): CsvRead {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, issue: decoded.issue, errors: [] };
  const parsed = Papa.parse<string[]>(decoded.text, { header: false, skipEmptyLines: false });
  const errors = parsed.errors
    .filter((e) => e.code in PARSE_ISSUES)
    .map((e) => ({
      row: (e.row ?? 0) + 1,
      column: '',
      issue: { code: PARSE_ISSUES[e.code] as IssueCode },
    }));
  if (errors.length > 0) {
    return { ok: false, issue: { code: 'csvMalformed' }, errors };
  }
  const [headers = [], ...data] = parsed.data;
  const rows = data
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (headers.every((h) => h.trim() === '') || rows.length === 0) {
    return { ok: false, issue: { code: 'csvNoRows' }, errors: [] };
  }
  if (rows.length > CSV_MAX_READ_ROWS || headers.length > CSV_MAX_COLUMNS) {
    const params = { rows: CSV_MAX_READ_ROWS, columns: CSV_MAX_COLUMNS };
    return { ok: false, issue: { code: 'csvTooBig', params }, errors: [] };
  }
  const table = { encoding: decoded.encoding, headers: headers.map((h) => h.trim()), rows };
  return { ok: true, table: decoded.note ? { ...table, note: decoded.note } : table };
}

/** What the mapping still lacks: a name column, and a layer and field column or default. */
export function mappingProblems(plan: ImportPlan): Issue[] {
  const mapped = new Set(plan.mapping);
  const problems: Issue[] = [];
  if (!mapped.has('name')) problems.push({ code: 'csvNameColumn' });
  if (!mapped.has('layer') && !plan.defaults?.layer) problems.push({ code: 'csvLayerColumn' });
  if (!mapped.has('fields') && !plan.defaults?.fields?.length) {
    problems.push({ code: 'csvFieldsColumn' });
  }
  return problems;
}

/** Converts and validates rows (the first `limit` for a preview); nothing is written. */
export function convertRows(table: CsvTable, plan: ImportPlan, limit = Infinity): Conversion {
  const result: Conversion = { agencies: [], rows: [], errors: [] };
  const headerOf = (column: string) => {
    const index = plan.mapping.indexOf(column as AgencyColumn);
    return table.headers[index] ?? COLUMN_HEADERS[column as AgencyColumn]?.[0] ?? column;
  };
  for (const { row, cells } of table.rows.slice(0, limit)) {
    const input: Record<string, unknown> = { ...plan.defaults };
    const cellErrors: RowError[] = [];
    plan.mapping.forEach((column, index) => {
      if (!column) return;
      const cell = readCell(column, cells[index] ?? '');
      if ('error' in cell)
        cellErrors.push({ row, column: table.headers[index] ?? '', issue: cell.error });
      else if (cell.value !== undefined) input[column] = cell.value;
    });
    const parsed = parseWith(agencyInputSchema, input);
    const schemaErrors = parsed.ok
      ? []
      : parsed.issues
          .filter(
            (issue) =>
              !cellErrors.some((e) => e.column === headerOf(issue.path.split('.')[0] ?? '')),
          )
          .map((issue) => ({
            row,
            column: headerOf(issue.path.split('.')[0] ?? ''),
            issue,
          }));
    result.errors.push(...cellErrors, ...schemaErrors);
    if (parsed.ok && cellErrors.length === 0) {
      result.agencies.push(parsed.value);
      result.rows.push(row);
    }
  }
  return result;
}

export type ImportResult = { ok: true; agencies: Agency[] } | { ok: false; errors: RowError[] };

/**
 * Every row's agency, checked against the document, or the problems when any row or the mapping
 * is wrong: the import is all or nothing, decided before anything is written.
 */
export function prepareImport(doc: Y.Doc, table: CsvTable, plan: ImportPlan): ImportResult {
  const problems = mappingProblems(plan);
  if (problems.length > 0) {
    return { ok: false, errors: problems.map((issue) => ({ row: 1, column: '', issue })) };
  }
  const { agencies, errors } = convertRows(table, plan);
  if (errors.length > 0) return { ok: false, errors };
  const checked = validateNewAgencies(doc, agencies);
  if (checked.ok) return { ok: true, agencies: checked.value };
  const rowOf = (path: string) => table.rows[Number(path.split('.')[0])]?.row ?? 0;
  return {
    ok: false,
    errors: checked.issues.map((issue) => ({ row: rowOf(issue.path), column: '', issue })),
  };
}

/** Adds every row's agency in one transaction, or nothing when any row or the mapping is wrong. */
export function importAgencyRows(
  doc: Y.Doc,
  table: CsvTable,
  plan: ImportPlan,
  origin: unknown = null,
): ImportResult {
  const prepared = prepareImport(doc, table, plan);
  if (prepared.ok) insertAgencies(doc, prepared.agencies, origin);
  return prepared;
}
