import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../csvImport';
import { listPlaces } from './cities';
import { KAIGO, OPENDATA_CARE, OPENDATA_MEDICAL, presetMapping, WAM } from './presets';
import { type ProviderPlan, previewProviderImport } from './providerImport';
import { FIXTURES, fixtureTable, wamLargeFile } from './testFiles';

const wamTable = fixtureTable(FIXTURES.wam);
const wamPlan = (extra: Partial<ProviderPlan> = {}): ProviderPlan => ({
  mapping: presetMapping(WAM, wamTable.headers),
  preset: WAM,
  source: 'wam-shift_jis.csv',
  sourceDate: '2026-11-30',
  ...extra,
});

function preview(table = wamTable, plan = wamPlan()) {
  const result = previewProviderImport(table, plan);
  if (!result.ok) throw new Error(result.problems.join());
  return result;
}

describe('provider list import: the WAM NET format', () => {
  it('lists the cities of a national file and picks one by name or by code', () => {
    expect(listPlaces(wamTable.rows, wamPlan().mapping)).toEqual([
      { label: '東京都みどり市', code: '139009', count: 8 },
      { label: '東京都あおば市', code: '139017', count: 1 },
    ]);
    expect(preview(wamTable, wamPlan({ filter: { name: 'あおば市' } })).rows).toBe(1);
    expect(preview(wamTable, wamPlan({ filter: { code: '13900' } })).rows).toBe(8);
    expect(previewProviderImport(wamTable, wamPlan({ filter: { name: '札幌市' } }))).toEqual({
      ok: false,
      problems: ['noRowsInCity'],
      rows: 0,
    });
  });

  it('merges the rows of one provider, joins address and hours and keeps the official fields', () => {
    const result = preview(wamTable, wamPlan({ filter: { name: '東京都みどり市' } }));
    const byName = new Map(result.providers.map((p) => [p.agency.name, p]));
    const soudan = byName.get('相談支援センターみどり');
    expect(soudan?.agency).toMatchObject({
      providerNumber: '1310000001',
      corporation: '社会福祉法人みどり会',
      corporateNumber: '1234567890123',
      address: '東京都みどり市中央1-1-1',
      phone: '0422-00-1111',
      fax: '0422-00-1112',
      url: 'https://soudan.example.jp/',
      hours: '平日 9:00～17:00／定休日 日曜・祝日',
      lat: 35.70001,
      lng: 139.50001,
      services: ['計画相談支援'],
      tags: ['計画相談支援'],
      layer: 'registered',
      fields: ['disability'],
      hubFunctions: ['consultation'],
      source: 'wam-shift_jis.csv',
      sourceDate: '2026-11-30',
    });
    expect(soudan?.agency.officialNotes).toBe(
      '事業所電話番号: 代表\n利用可能曜日特記事項（留意事項）: 年末年始は休み',
    );
    const sato = byName.get('みどりの郷');
    expect(sato?.rows).toEqual([3, 4]);
    expect(sato?.agency).toMatchObject({
      services: ['短期入所', '生活介護'],
      capacity: 24,
      layer: 'registered',
      hubFunctions: ['emergency'],
    });
    expect(byName.get('ひかり園')?.agency).toMatchObject({
      layer: 'core',
      url: 'http://hikari.example.jp',
    });
    const gh = byName.get('グループホーム北町の家')?.agency;
    expect(gh).toMatchObject({
      kana: 'ゔぃれっじきたまちのいえ',
      phone: '0422-11-2222',
      url: 'https://www.village.example.jp',
      capacity: 6,
      hubFunctions: ['experience'],
    });
    const kodomo = byName.get('こどもの森ひろば')?.agency;
    expect(kodomo).toMatchObject({
      fields: ['child'],
      services: ['放課後等デイサービス', '児童発達支援'],
    });
    expect(kodomo?.kana).toBeUndefined();
    expect(kodomo?.lat).toBeUndefined();
    expect(result.providers).toHaveLength(5);
  });

  it('imports the valid rows and lists the others with the cell and the reason', () => {
    const result = preview(wamTable, wamPlan({ filter: { name: 'みどり市' } }));
    expect(result.skipped).toEqual([
      { row: 9, column: '事業所の名称', value: '', issue: { code: 'required' } },
    ]);
    const kinds = result.notes.map((n) => `${n.row}:${n.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        '2:phoneRemark',
        '5:voicedMark',
        '5:fullWidth',
        '6:questionReading',
        '6:zeroCoordinates',
      ]),
    );
  });

  it('asks before padding 事業所番号 that a spreadsheet shortened to 9 digits', () => {
    const table = {
      ...wamTable,
      rows: wamTable.rows.map((r) => ({
        ...r,
        cells: r.cells.map((c, i) => (i === 14 ? c.slice(1) : c)),
      })),
    };
    const unpadded = preview(table);
    expect(unpadded.lostZeros).toBe(9);
    expect(unpadded.providers).toHaveLength(0);
    expect(unpadded.skipped[0]).toMatchObject({ column: '事業所番号', value: '310000001' });
    expect(unpadded.skipped[0]?.issue).toEqual({ code: 'csvLostZero', params: { digits: 9 } });
    const padded = preview(table, wamPlan({ padCodes: true }));
    expect(padded.providers[0]?.agency.providerNumber).toBe('0310000001');
  });

  it("uses the person's suggestion for a service type instead of the table", () => {
    const result = preview(
      wamTable,
      wamPlan({
        overrides: {
          短期入所: { layer: 'core', fields: ['disability'], hubFunctions: ['experience'] },
        },
      }),
    );
    const sato = result.providers.find((p) => p.agency.name === 'みどりの郷');
    expect(sato?.agency).toMatchObject({ layer: 'core', hubFunctions: ['experience'] });
    expect(result.services.find((s) => s.service === '短期入所')).toMatchObject({
      rows: 1,
      known: true,
      suggestion: { layer: 'core' },
    });
  });
});

describe('provider list import: 介護 and 推奨データセット formats', () => {
  it('reads the 介護サービス情報公表 file: 方書, 定員 0, a mail address in URL', () => {
    const table = fixtureTable(FIXTURES.kaigo);
    const result = preview(table, { mapping: presetMapping(KAIGO, table.headers), preset: KAIGO });
    const [helper, sakura] = result.providers.map((p) => p.agency);
    expect(helper).toMatchObject({
      address: '東京都みどり市中央4-5-6 みどりビル1階',
      services: ['訪問介護'],
      fields: ['elderly'],
      layer: 'cooperating',
      hours: '月火水木金',
      corporateNumber: '1234567890123',
    });
    expect(helper?.capacity).toBeUndefined();
    expect(helper?.officialNotes).toContain('介護保険の通常の指定基準を満たしている: ○');
    expect(sakura?.address).toBe('東京都みどり市東町1-2-3 さくら館');
    expect(sakura?.url).toBeUndefined();
    expect(sakura?.officialNotes).toContain('URL: info@sakura.example.jp');
    expect(result.notes.map((n) => n.kind)).toEqual(['zeroCapacity', 'notUrl']);
  });

  it('reads the 推奨データセット 介護サービス事業所一覧 and 医療機関一覧', () => {
    const care = fixtureTable(FIXTURES.opendataCare);
    const careResult = preview(care, {
      mapping: presetMapping(OPENDATA_CARE, care.headers),
      preset: OPENDATA_CARE,
    });
    expect(careResult.providers[0]?.agency).toMatchObject({
      name: '小規模多機能ホームかえで',
      kana: 'ショウキボタキノウホームカエデ',
      services: ['小規模多機能型居宅介護'],
      officialNotes: '内線番号: 101\n備考: 共生型サービスあり',
    });
    const medical = fixtureTable(FIXTURES.opendataMedical);
    const plan = {
      mapping: presetMapping(OPENDATA_MEDICAL, medical.headers),
      preset: OPENDATA_MEDICAL,
    };
    const medicalResult = preview(medical, plan);
    expect(medicalResult.providers[0]?.agency).toMatchObject({
      medicalCode: '0110001',
      services: ['病院'],
      fields: ['medical'],
      hours: '月火水木金 8:30〜17:00／時間外 救急外来は24時間対応',
      capacity: 250,
    });
    expect(medicalResult.providers[0]?.agency.officialNotes).toContain(
      '診療科目: 内科;小児科;精神科',
    );
    expect(medicalResult.lostZeros).toBe(1);
    expect(preview(medical, { ...plan, padCodes: true }).providers[1]?.agency.medicalCode).toBe(
      '0110002',
    );
  });
});

describe('a large WAM NET file (the browser test’s)', () => {
  it('keeps one city of 3,000 rows and merges it into one agency per provider', () => {
    const read = readCsvTable(new TextEncoder().encode(wamLargeFile(1200, 1191)));
    if (!read.ok) throw new Error(read.issue.code);
    expect(read.table.rows).toHaveLength(3000);
    const plan = { mapping: presetMapping(WAM, read.table.headers), preset: WAM };
    const result = previewProviderImport(read.table, { ...plan, filter: { name: 'みどり市' } });
    expect(result).toMatchObject({ ok: true, rows: 1808 });
    if (!result.ok) return;
    expect(result.providers).toHaveLength(1205);
    expect(result.skipped).toHaveLength(1);
  });
});
