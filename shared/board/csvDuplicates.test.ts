import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { suggestMapping } from './csvColumns';
import { findExisting, planRowImport, sameNamed } from './csvDuplicates';
import { type ImportPlan, prepareImport, readCsvTable } from './csvImport';
import { addAgencies, readBoard } from './document';
import { applyChanges } from './providers/reimport';

function boardWith() {
  const doc = new Y.Doc();
  const added = addAgencies(doc, [
    {
      id: 'hinata',
      name: 'グループホーム　ひなた',
      layer: 'registered',
      fields: ['disability'],
      address: 'みどり市本町１－２－３',
      phone: '0422-00-0001',
      notes: '協議会のメモ',
      hubFunctions: ['experience'],
    },
    {
      id: 'aoba',
      name: '相談室あおば',
      layer: 'core',
      fields: ['disability'],
      providerNumber: '1312345678',
    },
    {
      id: 'kita',
      name: 'みどり作業所',
      layer: 'registered',
      fields: ['disability'],
      address: '北町',
    },
  ]);
  if (!added.ok) throw new Error(JSON.stringify(added.issues));
  return doc;
}

const FILE = [
  '事業所名,住所,電話番号,事業所番号',
  'ｸﾞﾙｰﾌﾟﾎｰﾑ ﾋﾅﾀ,みどり市本町1-2-3,,', // same name and address, folded
  '相談室あおば（新名称）,南町,0422-00-0002,1312345678', // same 事業所番号, renamed
  'みどり作業所,南町,,', // same name, another address: a different place
  'ふれあいカフェ,東町,,',
].join('\r\n');

function prepared(doc: Y.Doc) {
  const read = readCsvTable(new TextEncoder().encode(FILE));
  if (!read.ok) throw new Error('unreadable');
  const plan: ImportPlan = {
    mapping: suggestMapping(read.table.headers),
    defaults: { layer: 'community', fields: ['other'] },
  };
  const result = prepareImport(doc, read.table, plan);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { table: read.table, plan, agencies: result.agencies };
}

describe('rows the board already has', () => {
  it('are found by 事業所番号, or by name and address folded as the search folds them', () => {
    const doc = boardWith();
    const { agencies } = prepared(doc);
    const found = findExisting(readBoard(doc).agencies, agencies);
    expect(found.map((a) => a?.id ?? null)).toEqual(['hinata', 'aoba', null, null]);
  });

  it('update only the columns the file has a value for, in one transaction', () => {
    const doc = boardWith();
    const { table, plan, agencies } = prepared(doc);
    const planned = planRowImport(
      readBoard(doc).agencies,
      table.rows,
      plan.mapping,
      agencies,
      'update',
    );
    expect(planned).toMatchObject({ updated: 2, added: 2, skipped: 0 });
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    expect(applyChanges(doc, planned.changes, 'import').failed).toEqual([]);
    expect(updates).toHaveLength(1);
    const board = readBoard(doc).agencies;
    expect(board).toHaveLength(5);
    // The empty phone cell and the default layer/fields leave the council's values alone.
    expect(board.find((a) => a.id === 'hinata')).toMatchObject({
      name: 'ｸﾞﾙｰﾌﾟﾎｰﾑ ﾋﾅﾀ',
      phone: '0422-00-0001',
      layer: 'registered',
      fields: ['disability'],
      notes: '協議会のメモ',
      hubFunctions: ['experience'],
    });
    expect(board.find((a) => a.id === 'aoba')).toMatchObject({
      name: '相談室あおば（新名称）',
      address: '南町',
      phone: '0422-00-0002',
      layer: 'core',
    });
    expect(board.filter((a) => a.name === 'みどり作業所')).toHaveLength(2);
  });

  it('are skipped or added anyway as chosen', () => {
    const doc = boardWith();
    const { table, plan, agencies } = prepared(doc);
    const existing = readBoard(doc).agencies;
    const skip = planRowImport(existing, table.rows, plan.mapping, agencies, 'skip');
    expect(skip).toMatchObject({ updated: 0, added: 2, skipped: 2 });
    expect(skip.changes.map((c) => c.kind)).toEqual(['create', 'create']);
    const add = planRowImport(existing, table.rows, plan.mapping, agencies, 'add');
    expect(add).toMatchObject({ updated: 0, added: 4, skipped: 0 });
    applyChanges(doc, add.changes);
    expect(readBoard(doc).agencies).toHaveLength(7);
  });
});

describe('an agency named like another', () => {
  const agencies = [
    { id: 'a', name: 'グループホーム　ひなた' },
    { id: 'b', name: '相談室あおば' },
  ];
  it('is found across kana, width and spaces, but not itself or a blank name', () => {
    expect(sameNamed(agencies, 'ぐるーぷほーむ ﾋﾅﾀ').map((a) => a.id)).toEqual(['a']);
    expect(sameNamed(agencies, 'グループホームひなた', 'a')).toEqual([]);
    expect(sameNamed(agencies, '  ')).toEqual([]);
    expect(sameNamed(agencies, '相談室あおば２')).toEqual([]);
  });
});
