// Test helpers: the official-format fixtures (shared/board/fixtures) read as tables.
import { readFileSync } from 'node:fs';
import { type CsvTable, readCsvTable } from '../csvImport';

export const FIXTURES = {
  wam: 'wam-shift_jis.csv',
  kaigo: 'kaigo-utf8bom.csv',
  opendataCare: 'opendata-care-shift_jis.csv',
  opendataMedical: 'opendata-medical-utf8bom.csv',
} as const;

export function fixtureTable(name: string): CsvTable {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
  const read = readCsvTable(bytes);
  if (!read.ok) throw new Error(read.issue.code);
  return read.table;
}
