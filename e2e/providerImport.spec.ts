import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import * as Y from 'yjs';
import { applyStored, loadDocument } from '../server/realtime/docStore';
import { readBoard } from '../shared/board/document';
import { REASON_HEADER } from '../shared/board/providers/skippedCsv';
import { wamLargeFile } from '../shared/board/providers/testFiles';
import { expectAccessible } from './support/axe';
import { type BoardPair, startBoardPair } from './support/boardPair';
import { PORTS } from './support/ports';

// The secretariat loads its city from a prefecture-sized WAM NET file: 3,000 rows, of which
// みどり市 has 1,808 (the fixture's 8, one without a name, and 1,200 invented providers, every
// other one listed twice) and あおば市 the rest. One agency per provider: 1,205. A later list
// no longer names the last 5 invented providers (7 rows).
const file = (name: string, providers: number) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(wamLargeFile(providers, 1191)),
});
const FILE = file('wam_東京都.csv', 1200);
const LATER = file('wam_東京都_翌月.csv', 1195);
const CITY_ROWS = 1808;
const AGENCIES = 1205;

const connection = (page: Page) => page.getByRole('status').filter({ hasText: '接続と保存の状態' });

async function chooseFile(page: Page, chosen = FILE, rows = CITY_ROWS, agencies = AGENCIES) {
  await page.getByLabel('CSVファイル').setInputFiles(chosen);
  await expect(
    page.getByText(
      '「WAM NET 障害福祉サービス等情報公表 オープンデータ」の形式として読み込みます',
      { exact: false },
    ),
  ).toBeVisible();
  await expect(page.getByText(/^ファイル全体で\d+行（2市区町村）$/)).toBeVisible();
  await page.getByLabel('市区町村（コードまたは名前）').fill('みどり市');
  await expect(page.getByTestId('provider-preview')).toContainText(
    `対象は${rows}行で、${agencies}件の事業所になります`,
    { timeout: 30_000 },
  );
}

async function storedAgencies(pair: BoardPair) {
  await expect(connection(pair.a)).toContainText('保存済み', { timeout: 60_000 });
  const stored = new Y.Doc();
  applyStored(stored, (await loadDocument(pair.server.database.db, `board:${pair.boardId}`)).parts);
  return readBoard(stored).agencies;
}

test.describe.configure({ mode: 'serial' });

let pair: BoardPair;

test.beforeAll(async ({ browser }) => {
  pair = await startBoardPair(browser, {
    port: PORTS.providerImport,
    boardName: 'みどり市の事業所',
    secretariat: {
      displayName: '事務局 山田花子',
      email: 'providers-jimu@example.jp',
      password: 'tsunagu-providers-e2e-1',
    },
    member: {
      displayName: '相談支援専門員 佐藤一郎',
      email: 'providers-sato@example.jp',
      password: 'tsunagu-providers-e2e-2',
    },
  });
});

test.afterAll(async () => {
  await pair?.close();
});

test('one city of a 3,000-row WAM NET file imports, again updates, a later list marks what it dropped', async () => {
  test.setTimeout(300_000);
  const { a, b, boardId } = pair;
  await a.goto(`/boards/${boardId}`);
  await a.getByRole('button', { name: '一覧', exact: true }).click();
  await a.getByRole('button', { name: '読み込み・書き出し' }).click();
  await chooseFile(a);
  await expect(a.getByTestId('provider-plan')).toContainText(
    `${AGENCIES}件追加・0件更新・0件は一覧にない`,
  );

  // The row without a name is named with its cell and reason, and can be saved to fix.
  const skipped = a.getByRole('region', { name: '読み込まない行（1件）— ほかの行は読み込めます' });
  await expect(skipped).toContainText('9行目・事業所の名称「」：');
  const [download] = await Promise.all([
    a.waitForEvent('download'),
    skipped.getByRole('button', { name: '読み込まない行をCSVで保存' }).click(),
  ]);
  const saved = readFileSync((await download.path()) ?? '', 'utf8');
  expect(saved).toContain(REASON_HEADER);
  expect(saved.trim().split('\r\n')).toHaveLength(2);

  // One change for a service type, with the keyboard: 居宅介護 (suggested Ⅳ) becomes Ⅲ and 高齢・介護.
  const kyotaku = a.getByRole('group', { name: /^居宅介護（\d+行）/ });
  const layer = kyotaku.getByLabel('層', { exact: true });
  await expect(layer).toHaveValue('cooperating');
  await layer.focus();
  await a.keyboard.press('ArrowUp');
  await expect(layer).toHaveValue('registered');
  await kyotaku.getByRole('checkbox', { name: '高齢・介護' }).focus();
  await a.keyboard.press('Space');
  await expect(kyotaku.getByRole('checkbox', { name: '高齢・介護' })).toBeChecked();
  await expectAccessible(a, 'the provider import preview');

  await a.getByRole('button', { name: `${AGENCIES}件の事業所を読み込む` }).click();
  await expect(a.getByTestId('provider-summary')).toHaveText(
    `0件更新・${AGENCIES}件追加・0件は一覧にない（印を付けました）`,
    { timeout: 120_000 },
  );
  const first = await storedAgencies(pair);
  expect(first).toHaveLength(AGENCIES);
  const kyotakuAgencies = first.filter((agency) => agency.services?.includes('居宅介護'));
  expect(kyotakuAgencies.length).toBeGreaterThan(0);
  for (const agency of kyotakuAgencies) {
    expect(agency).toMatchObject({ layer: 'registered', fields: ['disability', 'elderly'] });
  }

  // The same file again: nothing new, every agency updated, none marked.
  await chooseFile(a);
  await expect(a.getByTestId('provider-plan')).toContainText(
    `0件追加・${AGENCIES}件更新・0件は一覧にない`,
  );
  await a.getByRole('button', { name: `${AGENCIES}件の事業所を読み込む` }).click();
  await expect(a.getByTestId('provider-summary')).toHaveText(
    `${AGENCIES}件更新・0件追加・0件は一覧にない（印を付けました）`,
    { timeout: 120_000 },
  );
  expect(await storedAgencies(pair)).toHaveLength(AGENCIES);

  // A later list without 5 providers: they are marked, not deleted.
  await chooseFile(a, LATER, CITY_ROWS - 7, AGENCIES - 5);
  await expect(a.getByTestId('provider-plan')).toContainText(
    `0件追加・${AGENCIES - 5}件更新・5件は一覧にない`,
  );
  await a.getByRole('button', { name: `${AGENCIES - 5}件の事業所を読み込む` }).click();
  await expect(a.getByTestId('provider-summary')).toHaveText(
    `${AGENCIES - 5}件更新・0件追加・5件は一覧にない（印を付けました）`,
    { timeout: 120_000 },
  );
  const marked = (await storedAgencies(pair)).filter((agency) => agency.notListedSince);
  expect(marked.map((agency) => agency.name).sort()).toEqual(
    [1196, 1197, 1198, 1199, 1200].map((k) => `みどり事業所${k}`),
  );

  // The second person sees every agency, the marked ones marked, and what the list said.
  await b.goto(`/boards/${boardId}`);
  await b.getByRole('button', { name: '一覧', exact: true }).click();
  await expect(b.getByText(`事業所・機関（${AGENCIES}件）`)).toBeVisible({ timeout: 60_000 });
  await expect(
    b.getByRole('rowheader', { name: 'みどり事業所1200 （公表一覧になし）' }),
  ).toBeVisible();
  await b.getByRole('button', { name: 'みどり事業所1200を編集' }).click();
  const official = b.getByRole('region', { name: '公表一覧の情報' });
  await expect(official).toContainText('公表一覧に載っていませんでした');
  await expect(official).toContainText('出典wam_東京都.csv');
  await expectAccessible(b, 'an agency marked as no longer listed', '.board-panel');
});

test('a mapping made by hand is saved for the council, and the next file with its headers imports in one step', async () => {
  const { a, b, boardId } = pair;
  const roster = (name: string, header: string, rows: string[]) => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${[header, ...rows].join('\r\n')}\r\n`),
  });

  await a.goto(`/boards/${boardId}`);
  await a.getByRole('button', { name: '読み込み・書き出し' }).click();
  await a
    .getByLabel('CSVファイル')
    .setInputFiles(
      roster('名簿_4月.csv', '機関,よみ,連絡先,区分,担当者', [
        'みどり相談室,みどりそうだんしつ,0120-000-001,障害,田中',
      ]),
    );
  await a.getByLabel('「機関」の列').selectOption('name');
  await a.getByLabel('「区分」の列').selectOption('fields');
  await a.getByLabel('層（全行）').selectOption('community');
  await expect(a.getByText('エラーはありません。')).toBeVisible();
  await a.getByLabel('設定の名前').fill('ネットワーク名簿');
  await a.getByRole('button', { name: 'この対応づけを保存' }).click();
  await expect(
    a.getByRole('status').filter({ hasText: '読み込み設定「ネットワーク名簿」を保存しました' }),
  ).toBeVisible();
  await expectAccessible(a, 'saved import settings', '.board-panel');

  // Another person, next month's file: the columns in another order and one more.
  await b.goto(`/boards/${boardId}`);
  await b.getByRole('button', { name: '読み込み・書き出し' }).click();
  await b
    .getByLabel('CSVファイル')
    .setInputFiles(
      roster('名簿_5月.csv', '担当者,区分,機関,よみ,連絡先,メモ', [
        '佐藤,児童,あおば子ども相談室,あおばこどもそうだんしつ,0120-000-002,新設',
        '鈴木,高齢,みどり地域包括支援センター,みどりちいきほうかつしえんせんたー,0120-000-003,',
      ]),
    );
  await expect(
    b.getByText('保存した読み込み設定「ネットワーク名簿」で列を対応づけました', { exact: false }),
  ).toBeVisible();
  await expect(b.getByLabel('「機関」の列')).toHaveValue('name');
  await expect(b.getByLabel('「メモ」の列')).toHaveValue('');
  await expect(b.getByLabel('層（全行）')).toHaveValue('community');
  await b.getByRole('button', { name: '2件を読み込む' }).click();
  await expect(b.getByTestId('board-announcer')).toHaveText('2件の事業所を読み込みました。');
  const names = ['あおば子ども相談室', 'みどり地域包括支援センター'];
  const added = (await storedAgencies(pair)).filter((agency) => names.includes(agency.name));
  expect(added.map((agency) => [agency.name, agency.layer, agency.fields]).sort()).toEqual([
    ['あおば子ども相談室', 'community', ['child']],
    ['みどり地域包括支援センター', 'community', ['elderly']],
  ]);

  // The setting can be removed by whoever may import into the board.
  b.once('dialog', (dialog) => dialog.accept());
  await b.getByRole('button', { name: '読み込み・書き出し' }).click();
  await b
    .getByLabel('CSVファイル')
    .setInputFiles(
      roster('名簿_6月.csv', '機関,よみ,連絡先,区分,担当者', [
        'みどり相談室,みどりそうだんしつ,0120-000-001,障害,田中',
      ]),
    );
  await b.getByRole('button', { name: '設定「ネットワーク名簿」を削除' }).click();
  await expect(
    b.getByRole('status').filter({ hasText: '読み込み設定「ネットワーク名簿」を削除しました' }),
  ).toBeVisible();
  await expect(b.getByLabel('保存した設定を使う')).toHaveCount(0);
});

test('no errors in the browser consoles', () => {
  expect(pair.consoleErrors).toEqual([]);
});
