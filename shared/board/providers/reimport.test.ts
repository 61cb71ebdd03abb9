import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CsvTable } from '../csvImport';
import { readBoard, updateAgency } from '../document';
import { presetMapping, WAM } from './presets';
import { type ProviderPlan, planProviderImport, previewProviderImport } from './providerImport';
import { applyChanges } from './reimport';
import { FIXTURES, fixtureTable } from './testFiles';

const wamTable = fixtureTable(FIXTURES.wam);
const plan: ProviderPlan = {
  mapping: presetMapping(WAM, wamTable.headers),
  preset: WAM,
  filter: { name: 'みどり市' },
  sourceDate: '2026-11-30',
};

function importInto(doc: Y.Doc, table: CsvTable = wamTable, extra: Partial<ProviderPlan> = {}) {
  const preview = previewProviderImport(table, { ...plan, ...extra });
  if (!preview.ok) throw new Error(preview.problems.join());
  const changes = planProviderImport(readBoard(doc).agencies, preview, '2026-12-01');
  const applied = applyChanges(doc, changes.changes);
  expect(applied.failed).toEqual([]);
  return changes;
}

const byName = (doc: Y.Doc, name: string) => readBoard(doc).agencies.find((a) => a.name === name);
// The provider moved to あおば市: みどり市's part of the list no longer names it.
const movedAway = (table: CsvTable, name: string): CsvTable => ({
  ...table,
  rows: table.rows.map((r) =>
    r.cells[12] === name
      ? { ...r, cells: r.cells.map((c) => c.replace('みどり市', 'あおば市')) }
      : r,
  ),
});

describe('re-importing an official list', () => {
  it('updates the official fields of the agencies it finds and adds nothing twice', () => {
    const doc = new Y.Doc();
    expect(importInto(doc)).toMatchObject({ created: 5, updated: 0, notListed: [] });
    const sato = byName(doc, 'みどりの郷');
    if (!sato) throw new Error('not imported');
    updateAgency(doc, sato.id, {
      layer: 'core',
      hubFunctions: ['experience', 'emergency'],
      notes: '緊急時は夜間も相談可',
      tags: ['拠点'],
      phone: '0000-00-0000',
    });
    const again = importInto(doc);
    expect(again).toMatchObject({ created: 0, updated: 5, changed: 1, notListed: [] });
    expect(readBoard(doc).agencies).toHaveLength(5);
    expect(byName(doc, 'みどりの郷')).toMatchObject({
      id: sato.id,
      layer: 'core',
      hubFunctions: ['experience', 'emergency'],
      notes: '緊急時は夜間も相談可',
      tags: ['拠点'],
      phone: '0422-00-2222',
      services: ['短期入所', '生活介護'],
    });
  });

  it('marks an agency the list no longer names, and unmarks it when it comes back', () => {
    const doc = new Y.Doc();
    importInto(doc);
    const gone = importInto(doc, movedAway(wamTable, 'ひかり園'));
    expect(gone).toMatchObject({ created: 0, updated: 4, notListed: [{ name: 'ひかり園' }] });
    expect(byName(doc, 'ひかり園')?.notListedSince).toBe('2026-11-30');
    expect(readBoard(doc).agencies).toHaveLength(5);
    importInto(doc);
    expect(byName(doc, 'ひかり園')?.notListedSince).toBeUndefined();
  });

  it('drops only the services a file speaks for, and leaves other cities alone', () => {
    const doc = new Y.Doc();
    importInto(doc);
    // A file of 生活介護 alone still names みどりの郷; its 短期入所 comes from another file.
    const seikatsu = { ...wamTable, rows: wamTable.rows.filter((r) => r.cells[11] === '生活介護') };
    expect(importInto(doc, seikatsu)).toMatchObject({ created: 0, updated: 1, notListed: [] });
    expect(byName(doc, 'みどりの郷')?.services).toEqual(['短期入所', '生活介護']);
    // あおば市 is another city: importing it marks nothing in みどり市.
    expect(importInto(doc, wamTable, { filter: { name: 'あおば市' } })).toMatchObject({
      created: 1,
      notListed: [],
    });
  });
});
