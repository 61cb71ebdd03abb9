import { describe, expect, it } from 'vitest';
import ja from '../../issues/i18n/ja.json';
import { issueText, type Translate } from '../../issues/issueText';
import { readCsvTable } from '../csvImport';
import { presetMapping, recognisePreset, WAM } from './presets';
import { previewProviderImport } from './providerImport';
import { REASON_HEADER, skippedRowsCsv } from './skippedCsv';
import { FIXTURES, fixtureTable } from './testFiles';

const japanese: Translate = (key, values = {}) =>
  (ja[key.split(':')[1] as keyof typeof ja] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name) =>
    String(values[name]),
  );

describe('skipped rows as CSV', () => {
  it('gives the skipped rows back with the reason, readable as the same format', () => {
    const table = fixtureTable(FIXTURES.wam);
    const preview = previewProviderImport(table, {
      mapping: presetMapping(WAM, table.headers),
      preset: WAM,
    });
    if (!preview.ok) throw new Error(preview.problems.join());
    const csv = skippedRowsCsv(table, preview.skipped, (issue) => issueText(issue, japanese));
    const read = readCsvTable(new TextEncoder().encode(csv));
    if (!read.ok) throw new Error(read.issue.code);
    expect(read.table.headers.at(-1)).toBe(REASON_HEADER);
    expect(recognisePreset(read.table.headers)).toBe(WAM);
    expect(read.table.rows).toHaveLength(1);
    expect(read.table.rows[0]?.cells[14]).toBe('1310000005');
    expect(read.table.rows[0]?.cells.at(-1)).toBe(`事業所の名称「」: ${ja.required}`);
  });
});
