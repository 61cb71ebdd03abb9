import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agencySchema } from './agency';
import { suggestMapping } from './csvColumns';
import { decodeCsvBytes } from './csvDecode';
import { agenciesToCsv, guardCell, tiesToCsv } from './csvExport';
import { convertRows, importAgencyRows, mappingProblems, readCsvTable } from './csvImport';
import { addAgency, readBoard } from './document';
import { cafe, shisetsu, soudan } from './testBoard';

const utf8 = (text: string) => new TextEncoder().encode(text);

const REALISTIC = [
  '事業所名,フリガナ,層,分野,拠点機能,障害種別,夜間休日対応,地区,住所,電話番号,備考',
  'みどり市障害者福祉課,ミドリシショウガイシャフクシカ,Ⅰ,障害,"相談、地域の体制づくり",,なし,中央,みどり市中央1-1-1,0422-00-0001,17時以降は虐待通報センターへ',
  '"グループホーム 北町の家","ｸﾞﾙｰﾌﾟﾎｰﾑｷﾀﾏﾁﾉｲｴ",Ⅲ 登録事業所,障害,"体験、緊急時の受入れ・対応","知的(中重度), 身体",夜間・休日,北町,"みどり市北町2-3-4, 北町ハイツ1階",0422-11-2222,"体験利用あり。',
  '空きは要問い合わせ"',
  ',,Ⅸ,障害,,,,,,,',
  '訪問看護ステーションあおば,ホウモンカンゴステーションアオバ,Ⅳ,医療・障害・高齢,緊急,医療的ケア・精神,24時間,東原,,042-999-0000,',
].join('\r\n');

function readTable(text: string) {
  const read = readCsvTable(utf8(text));
  if (!read.ok) throw new Error(read.issue.code);
  return read.table;
}

describe('CSV decoding', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeCsvBytes(utf8('\uFEFF名前\r\n'))).toEqual({
      ok: true,
      text: '名前\r\n',
      encoding: 'utf-8',
    });
    expect(decodeCsvBytes(utf8('名前'))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('reads a Shift_JIS (CP932) file from Japanese Excel and says so', () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('./fixtures/agencies-shift_jis.csv', import.meta.url)),
    );
    const read = readCsvTable(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table).toMatchObject({ encoding: 'shift_jis', note: { code: 'csvShiftJis' } });
    const plan = { mapping: suggestMapping(read.table.headers) };
    const { agencies, errors } = convertRows(read.table, plan);
    expect(errors).toEqual([]);
    expect(agencies[1]).toMatchObject({
      name: 'ワークショップ　たんぽぽ',
      kana: 'ワークショップタンポポ',
      layer: 'registered',
      fields: ['child', 'disability'],
    });
  });

  it('explains files it cannot read', () => {
    expect(decodeCsvBytes(new Uint8Array([0x82, 0xff, 0xfd, 0x41]))).toEqual({
      ok: false,
      issue: { code: 'csvUndecodable' },
    });
    expect(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]))).toMatchObject({
      ok: false,
      issue: { code: 'csvNotCsv' },
    });
    expect(readCsvTable(utf8('事業所名\r\n"閉じない引用符\r\n'))).toMatchObject({
      ok: false,
      errors: [{ row: 2, issue: { code: 'csvMissingQuotes' } }],
    });
  });
});

describe('CSV import', () => {
  it('suggests a mapping from Japanese and English headers', () => {
    expect(
      suggestMapping([
        '事業所名',
        '事業所名（カナ）',
        'ﾌﾘｶﾞﾅ',
        'Phone',
        '夜間・休日対応',
        '列X',
        '法人名',
        'layer',
      ]),
    ).toEqual([
      'name',
      'kana',
      null,
      'phone',
      'nightHolidayResponse',
      null,
      'corporation',
      'layer',
    ]);
  });

  it('converts quoted commas and line breaks and reports bad rows by row and column', () => {
    const table = readTable(REALISTIC);
    const { agencies, errors } = convertRows(table, { mapping: suggestMapping(table.headers) });
    expect(agencies).toHaveLength(3);
    expect(agencies[1]).toMatchObject({
      address: 'みどり市北町2-3-4, 北町ハイツ1階',
      notes: '体験利用あり。\r\n空きは要問い合わせ',
      hubFunctions: ['experience', 'emergency'],
      supportNeeds: ['physical', 'intellectualSevere'],
      nightHolidayResponse: 'both',
      kana: 'グループホームキタマチノイエ',
    });
    expect(agencies[2]).toMatchObject({ fields: ['disability', 'elderly', 'medical'] });
    // Row 4 as the spreadsheet shows it: the cell with a line break is still one row.
    expect(errors).toEqual([
      { row: 4, column: '事業所名', issue: { path: 'name', code: 'required' } },
      { row: 4, column: '層', issue: { path: 'layer', code: 'choice' } },
    ]);
  });

  it('imports nothing when any row is bad, and everything when all are good', () => {
    const doc = new Y.Doc();
    const table = readTable(REALISTIC);
    const plan = { mapping: suggestMapping(table.headers) };
    const failed = importAgencyRows(doc, table, plan);
    expect(failed.ok).toBe(false);
    expect(readBoard(doc).agencies).toEqual([]);
    const fixed = readTable(REALISTIC.replace(',,Ⅸ', 'ふれあいカフェ,,Ⅴ'));
    expect(importAgencyRows(doc, fixed, plan).ok).toBe(true);
    expect(readBoard(doc).agencies).toHaveLength(4);
  });

  it('reports unknown codes and booleans in the words of the cell', () => {
    const table = readTable('事業所名,層,分野,拠点登録\r\nA,Ⅱ,障害・難病,たぶん\r\n');
    expect(convertRows(table, { mapping: suggestMapping(table.headers) }).errors).toEqual([
      {
        row: 2,
        column: '分野',
        issue: { code: 'csvUnknownCode', params: expect.objectContaining({ value: '難病' }) },
      },
      { row: 2, column: '拠点登録', issue: { code: 'csvYesNo' } },
    ]);
  });

  it('asks for the missing columns or defaults before importing', () => {
    expect(mappingProblems({ mapping: ['address'] })).toHaveLength(3);
    const table = readTable('名称,住所\r\nみどり作業所,北町\r\n');
    const plan = {
      mapping: suggestMapping(table.headers),
      defaults: { layer: 'registered' as const, fields: ['disability' as const] },
    };
    expect(mappingProblems(plan)).toEqual([]);
    const doc = new Y.Doc();
    expect(importAgencyRows(doc, table, plan)).toMatchObject({
      ok: true,
      agencies: [{ layer: 'registered' }],
    });
  });
});

describe('CSV export', () => {
  it('guards cells that a spreadsheet would run as a formula', () => {
    for (const bad of [
      '=HYPERLINK("x")',
      '+81',
      '-1',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '＝1+1',
      '＋1',
      '－1',
      '＠SUM(A1)',
      '\u200b=1+1',
      '\ufeff=1+1',
      '\u2060\u200d＝1+1',
    ]) {
      expect(guardCell(bad)).toBe(`'${bad}`);
    }
    expect(guardCell('みどり')).toBe('みどり');
  });

  it('writes UTF-8 with a BOM that reads back to the same agencies', () => {
    const doc = new Y.Doc();
    const agencies = [
      soudan,
      shisetsu,
      { ...cafe, notes: '=1+1, "引用"\n改行あり', phone: '+81 422 00 0000' },
    ].map((a) => agencySchema.parse(a));
    const csv = agenciesToCsv(agencies);
    expect(csv.startsWith('\uFEFF事業所名,')).toBe(true);
    expect(csv).toContain(`"'=1+1, ""引用""\n改行あり"`);
    const read = readCsvTable(utf8(csv));
    if (!read.ok) throw new Error(read.issue.code);
    const imported = importAgencyRows(doc, read.table, {
      mapping: suggestMapping(read.table.headers),
    });
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    const strip = ({ id: _id, position: _p, ...rest }: (typeof agencies)[number]) => rest;
    expect(imported.agencies.map(strip)).toEqual(agencies.map(strip));
  });

  it('writes ties with the names of their agencies', () => {
    const doc = new Y.Doc();
    addAgency(doc, soudan);
    addAgency(doc, shisetsu);
    const board = readBoard(doc);
    const ties = [
      {
        id: 't',
        from: 'kikan',
        to: 'shisetsu',
        kind: 'emergencyBackup' as const,
        direction: 'oneWay' as const,
        strength: 3,
      },
    ];
    expect(tiesToCsv(ties, board.agencies)).toBe(
      '\uFEFFつなぐ元,つなぐ先,種類,向き,強さ,メモ\r\nみどり市基幹相談支援センター,みどりの郷,緊急時バックアップ,一方向,3,\r\n',
    );
  });
});
