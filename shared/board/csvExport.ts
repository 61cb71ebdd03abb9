// CSV and JSON export of a board. CSV opens in Japanese Excel (UTF-8 with BOM, CRLF) and cannot
// run as a formula there: a cell starting with = + - @ tab or CR (also full-width, or after
// invisible characters) gets a leading apostrophe.
import Papa from 'papaparse';
import type { Agency } from './agency';
import { AGENCY_COLUMNS, type AgencyColumn, COLUMN_HEADERS } from './csvColumns';
import type { Board } from './document';
import {
  BOOLEAN_ALIASES,
  FIELD_ALIASES,
  HUB_FUNCTION_ALIASES,
  LAYER_ALIASES,
  labelOf,
  NIGHT_HOLIDAY_ALIASES,
  SUPPORT_NEED_ALIASES,
  TIE_DIRECTION_ALIASES,
  TIE_KIND_ALIASES,
} from './labels';
import type { Tie } from './tie';

const BOM = '\uFEFF';

// Spreadsheets fold full-width ＝ to = and skip invisible characters, so the check does too.
const FORMULA_START = /^[=+\-@\t\r]/u;
const INVISIBLE_START = /^\p{Cf}+/u;

/** Makes a cell inert in spreadsheets (OWASP CSV injection). */
export function guardCell(value: string): string {
  const asRead = value.replace(INVISIBLE_START, '').normalize('NFKC');
  return FORMULA_START.test(value) || FORMULA_START.test(asRead) ? `'${value}` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const data = [header, ...rows].map((row) => row.map(guardCell));
  return `${BOM}${Papa.unparse(data, { newline: '\r\n' })}\r\n`;
}

const list = <T extends string>(aliases: Record<T, readonly [string, ...string[]]>, codes: T[]) =>
  codes.map((code) => labelOf(aliases, code)).join('、');
const yesNo = (value: boolean) => labelOf(BOOLEAN_ALIASES, value ? 'true' : 'false');

function agencyCell(agency: Agency, column: AgencyColumn): string {
  switch (column) {
    case 'layer':
      return labelOf(LAYER_ALIASES, agency.layer);
    case 'fields':
      return list(FIELD_ALIASES, agency.fields);
    case 'hubFunctions':
      return list(HUB_FUNCTION_ALIASES, agency.hubFunctions);
    case 'supportNeeds':
      return list(SUPPORT_NEED_ALIASES, agency.supportNeeds);
    case 'nightHolidayResponse':
      return labelOf(NIGHT_HOLIDAY_ALIASES, agency.nightHolidayResponse);
    case 'hubRegistered':
    case 'formal':
      return yesNo(agency[column]);
    case 'tags':
    case 'services':
      return (agency[column] ?? []).join('、');
    default:
      return agency[column] === undefined ? '' : String(agency[column]);
  }
}

export function agenciesToCsv(agencies: readonly Agency[]): string {
  return toCsv(
    AGENCY_COLUMNS.map((column) => COLUMN_HEADERS[column][0]),
    agencies.map((agency) => AGENCY_COLUMNS.map((column) => agencyCell(agency, column))),
  );
}

/** Ties name their agencies (ids mean nothing in a spreadsheet). */
export function tiesToCsv(ties: readonly Tie[], agencies: readonly Agency[]): string {
  const nameOf = new Map(agencies.map((a) => [a.id, a.name]));
  return toCsv(
    ['つなぐ元', 'つなぐ先', '種類', '向き', '強さ', 'メモ'],
    ties.map((tie) => [
      nameOf.get(tie.from) ?? tie.from,
      nameOf.get(tie.to) ?? tie.to,
      labelOf(TIE_KIND_ALIASES, tie.kind),
      labelOf(TIE_DIRECTION_ALIASES, tie.direction),
      String(tie.strength),
      tie.note ?? '',
    ]),
  );
}

export const BOARD_JSON_FORMAT = 'tsunagu.board/1';

/** The board's valid content as JSON (codes, not labels: for other programs and backups). */
export function boardToJson(board: Pick<Board, 'agencies' | 'ties'>): string {
  const { agencies, ties } = board;
  return JSON.stringify({ format: BOARD_JSON_FORMAT, agencies, ties }, null, 2);
}
