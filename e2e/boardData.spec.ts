import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import * as Y from 'yjs';
import { docUpdates } from '../server/db/schema';
import { addAgencies } from '../shared/board/document';
import { expectAccessible } from './support/axe';
import { type BoardPair, startBoardPair } from './support/boardPair';
import { PORTS } from './support/ports';

// Getting agencies in and the map out: a CSV whose rows the board already has asks what to do
// with them; the agency form warns about a name the board already has.
const PORT = PORTS.boardData;

test.describe.configure({ mode: 'serial' });

let pair: BoardPair;
let a: Page;

function seededBoard(): Y.Doc {
  const doc = new Y.Doc();
  const added = addAgencies(doc, [
    {
      id: 'hinata',
      name: 'グループホーム　ひなた',
      layer: 'registered',
      fields: ['disability'],
      address: 'みどり市本町１－２－３',
      notes: '協議会のメモ',
    },
    {
      id: 'aoba',
      name: '相談室あおば',
      layer: 'core',
      fields: ['disability'],
      providerNumber: '1312345678',
    },
  ]);
  if (!added.ok) throw new Error(JSON.stringify(added.issues));
  return doc;
}

test.beforeAll(async ({ browser }) => {
  // A server, two accounts (password hashing) and a browser: minutes on a loaded 2-core machine.
  test.setTimeout(240_000);
  pair = await startBoardPair(browser, {
    port: PORT,
    boardName: '読み込みと画像',
    secretariat: {
      displayName: '事務局 山田花子',
      email: 'data-jimu@example.jp',
      password: 'tsunagu-data-e2e-1',
    },
    member: {
      displayName: '相談支援専門員 佐藤一郎',
      email: 'data-sato@example.jp',
      password: 'tsunagu-data-e2e-2',
    },
  });
  await pair.server.database.db.insert(docUpdates).values({
    docName: `board:${pair.boardId}`,
    update: Y.encodeStateAsUpdate(seededBoard()),
  });
  a = pair.a;
  await a.goto(`/boards/${pair.boardId}`);
  await expect(a.getByRole('heading', { level: 1 })).toHaveText('読み込みと画像');
});

test.afterAll(async () => {
  await pair?.close();
});

const csvFile = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`),
});
const HEADER = '事業所名,層,分野,住所,電話番号,事業所番号';

test('a CSV preview counts the valid rows; a blocked import does not offer a count', async () => {
  await a.getByRole('button', { name: '読み込み・書き出し' }).click();
  await a
    .getByLabel('CSVファイル')
    .setInputFiles(
      csvFile('errors.csv', [
        HEADER,
        'ふれあいカフェ,Ⅴ,その他,東町,,',
        'みどり作業所,9,障害,北町,,',
        'あおぞら相談所,Ⅱ,障害,西町,,',
      ]),
    );
  const preview = a.getByRole('table', { name: /^プレビュー/ });
  await expect(preview).toHaveAccessibleName('プレビュー：有効な行 2 / 3行（先頭2件を表示）');
  await expect(preview.getByRole('rowheader')).toHaveText(['ふれあいカフェ', 'あおぞら相談所']);
  await expect(a.getByText('3行目・層：')).toBeVisible();
  await expect(a.getByRole('button', { name: 'エラーを直すと読み込めます' })).toBeDisabled();
  await expect(a.getByRole('button', { name: /件を読み込む/ })).toHaveCount(0);
});

test('rows the board already has ask whether to update, skip or add them', async () => {
  await a.getByLabel('CSVファイル').setInputFiles(
    csvFile('repeats.csv', [
      HEADER,
      // Same name and address as the board has, in half-width kana and digits.
      'ｸﾞﾙｰﾌﾟﾎｰﾑ ﾋﾅﾀ,Ⅲ,障害,みどり市本町1-2-3,0422-00-0001,',
      // Same 事業所番号, renamed.
      '相談室あおば（新）,Ⅱ,障害,南町,,1312345678',
      'ふれあいカフェ,Ⅴ,その他,東町,,',
    ]),
  );
  const choices = a.getByRole('group', { name: /ボードに既にある事業所（2件）/ });
  await expect(choices).toContainText('2行目「ｸﾞﾙｰﾌﾟﾎｰﾑ ﾋﾅﾀ」→ ボードの「グループホーム　ひなた」');
  await expect(choices).toContainText('3行目「相談室あおば（新）」→ ボードの「相談室あおば」');
  const preview = a.getByRole('table', { name: /^プレビュー/ });
  await expect(preview.getByRole('row')).toHaveText([/ボード上/, /既にある/, /既にある/, /^4/]);
  const submit = a.getByRole('button', { name: /読み込め|読み込む/ });
  await expect(submit).toHaveText('既にある事業所の扱いを選ぶと読み込めます');
  await expect(submit).toBeDisabled();
  await expectAccessible(a, 'CSV import with repeated rows');

  await choices.getByLabel('読み込まない（スキップ）').check();
  await expect(submit).toHaveText('読み込む（0件更新・1件追加・2件スキップ）');
  await choices.getByLabel(/^更新する/).check();
  await expect(submit).toHaveText('読み込む（2件更新・1件追加・0件スキップ）');
  await submit.click();
  await expect(a.getByTestId('board-announcer')).toHaveText(
    '2件更新・1件追加・0件スキップしました。',
  );

  await a.getByRole('button', { name: '一覧' }).click();
  const table = a.getByRole('table', { name: /^事業所・機関/ });
  await expect(table.getByRole('rowheader')).toHaveCount(3);
  await expect(table).toContainText('ｸﾞﾙｰﾌﾟﾎｰﾑ ﾋﾅﾀ');
  await expect(table).toContainText('相談室あおば（新）');
  await expect(table).not.toContainText('グループホーム　ひなた');
});

test('the agency form warns about a name the board already has, and still saves', async () => {
  await a.getByRole('button', { name: '事業所を追加' }).click();
  const name = a.getByLabel('事業所名');
  await name.fill('ふれあい カフェ');
  const warning = a.getByRole('status').filter({ hasText: '同じ名前の事業所' });
  await expect(warning).toHaveText(
    '同じ名前の事業所がボードにあります：ふれあいカフェ。別の事業所なら、このまま保存できます。',
  );
  await expect(name).toHaveAccessibleDescription(/同じ名前の事業所がボードにあります/);
  await expectAccessible(a, 'agency form with a duplicate name');
  await a.getByLabel('層').selectOption({ label: 'Ⅴ 地域住民等' });
  await a.getByRole('group', { name: '分野' }).getByLabel('その他').check();
  await a.getByRole('button', { name: '保存' }).click();
  await expect(a.getByTestId('board-announcer')).toHaveText('ふれあい カフェを追加しました。');
  await expect(a.getByRole('table', { name: /^事業所・機関/ }).getByRole('rowheader')).toHaveCount(
    4,
  );
});

test('a saved image carries the board’s title, the date and the legend, and says when it is ready', async () => {
  await a.getByRole('button', { name: 'マップ', exact: true }).click();
  const saveAs = async (format: 'PNG' | 'SVG') => {
    const download = a.waitForEvent('download');
    await a.getByRole('button', { name: `マップを${format}画像で書き出す` }).click();
    const file = await download;
    await expect(a.getByTestId('board-announcer')).toHaveText(
      `画像ファイル「${file.suggestedFilename()}」を作りました。ブラウザーのダウンロードにあります。`,
    );
    return readFileSync((await file.path()) ?? '');
  };

  const svg = (await saveAs('SVG')).toString('utf8');
  const read = await a.evaluate((source) => {
    const root = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
    const map = root.querySelector(':scope > g > svg');
    return {
      height: Number(root.getAttribute('height')),
      mapHeight: Number(map?.getAttribute('height')),
      texts: [...root.querySelectorAll(':scope > g > text')].map((t) => t.textContent),
    };
  }, svg);
  expect(read.texts).toEqual(
    expect.arrayContaining([
      '読み込みと画像',
      expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日 時点$/),
      '層',
      'Ⅱ 中核機関',
      'Ⅲ 登録事業所',
      'Ⅴ 地域住民等',
      '分野（形と記号）',
      '障害',
      'その他',
    ]),
  );
  // No ties on this board: no tie kinds in its legend.
  expect(read.texts).not.toContain('つながりの種類（線の模様）');
  expect(read.mapHeight).toBeGreaterThan(100);
  const band = read.height - read.mapHeight;
  expect(band).toBeGreaterThan(100);

  // The PNG is that picture at a pixel ratio of 2: the band is part of it.
  const png = await saveAs('PNG');
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(png.readUInt32BE(20)).toBe(2 * read.height);
  expect(png.readUInt32BE(20)).toBeGreaterThan(2 * read.mapHeight + 200);
  await expectAccessible(a, 'board after saving images');
});

test('no errors in the browser consoles', () => {
  expect(pair.consoleErrors).toEqual([]);
});
