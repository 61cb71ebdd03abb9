// Test helpers: the official-format fixtures (shared/board/fixtures) read as tables.
import { readFileSync } from 'node:fs';
import { toCsv } from '../csvExport';
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

const WAM_COLUMN = {
  no: 1,
  corporationCity: 6,
  services: 11,
  name: 12,
  number: 14,
  city: 15,
  detail: 16,
  cityCode: 0,
} as const;
const OWN_SERVICES = ['就労継続支援Ｂ型', '生活介護', '計画相談支援', '居宅介護'];

/**
 * A WAM NET file the size of a prefecture's: the fixture's 9 rows, then `own` invented providers
 * of みどり市 (every even one listed with a second row, 短期入所) and `others` of あおば市, which a
 * filter on みどり市 drops. As a UTF-8 CSV with BOM, as the reader takes it from a browser.
 */
export function wamLargeFile(own: number, others: number): string {
  const fixture = fixtureTable(FIXTURES.wam);
  const template = fixture.rows[0]?.cells ?? [];
  const rows: string[][] = fixture.rows.map((r) => r.cells);
  const add = (values: Partial<Record<keyof typeof WAM_COLUMN, string>>) => {
    const cells = [...template];
    for (const [key, value] of Object.entries(values)) {
      cells[WAM_COLUMN[key as keyof typeof WAM_COLUMN]] = value;
    }
    cells[WAM_COLUMN.no] = `T${String(rows.length + 1).padStart(7, '0')}`;
    rows.push(cells);
  };
  for (let k = 0; k < own; k += 1) {
    const provider = {
      name: `みどり事業所${k + 1}`,
      number: `13500${String(k).padStart(5, '0')}`,
      detail: `東町${(k % 9) + 1}-${k + 1}`,
    };
    add({ ...provider, services: OWN_SERVICES[k % OWN_SERVICES.length] });
    if (k % 2 === 0) add({ ...provider, services: '短期入所' });
  }
  for (let k = 0; k < others; k += 1) {
    add({
      cityCode: '139017',
      corporationCity: '東京都あおば市',
      city: '東京都あおば市',
      name: `あおば事業所${k + 1}`,
      number: `13600${String(k).padStart(5, '0')}`,
      services: OWN_SERVICES[k % OWN_SERVICES.length],
    });
  }
  return toCsv(fixture.headers, rows);
}
