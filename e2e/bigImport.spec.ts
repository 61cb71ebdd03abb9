import { expect, type Page, test } from '@playwright/test';
import * as Y from 'yjs';
import { applyStored, loadDocument } from '../server/realtime/docStore';
import { readBoard } from '../shared/board/document';
import { type BoardPair, startBoardPair } from './support/boardPair';
import { PORTS } from './support/ports';

// A CSV import of 5,000 agencies the size of real provider data (~5 MB of Yjs updates, five
// times the server's 1 MiB message limit) is written in batches with a progress bar, reported
// saved only once the server stored it, and seen by a fresh client.

const ROWS = 5000;
const HEADER = '事業所名,フリガナ,層,分野,障害種別,住所,電話番号,営業日・時間,法人名,メモ';
const KANA = 'アイウエオカキクケコ';

function csvRow(i: number): string {
  return [
    `就労継続支援B型事業所 つなぐ作業所 第${i}事業所`,
    `シュウロウケイゾクシエン ツナグサギョウショ ${KANA[i % 10]}`,
    'Ⅲ',
    '障害',
    '"知的(軽度),精神"',
    `架空県架空市東原${i}丁目${i % 40}番${i % 12}号 つなぐビル${i % 9}階`,
    `011-${String(100 + (i % 900))}-${String(i).padStart(4, '0')}`,
    '月〜金 9:00〜17:00（祝日を除く）',
    '社会福祉法人 架空市社会福祉事業団',
    '送迎あり。見学は事前に電話で予約してください。'.repeat(3),
  ].join(',');
}

const csvFile = () => ({
  name: '事業所一覧.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    `\uFEFF${[HEADER, ...Array.from({ length: ROWS }, (_, i) => csvRow(i))].join('\r\n')}\r\n`,
  ),
});

const connection = (page: Page) => page.getByRole('status').filter({ hasText: '接続と保存の状態' });

test.describe.configure({ mode: 'serial' });

let pair: BoardPair;

test.beforeAll(async ({ browser }) => {
  pair = await startBoardPair(browser, {
    port: PORTS.bigImport,
    boardName: '市内の全事業所',
    secretariat: {
      displayName: '事務局 山田花子',
      email: 'import-jimu@example.jp',
      password: 'tsunagu-import-e2e-1',
    },
    member: {
      displayName: '相談支援専門員 佐藤一郎',
      email: 'import-sato@example.jp',
      password: 'tsunagu-import-e2e-2',
    },
  });
});

test.afterAll(async () => {
  await pair?.close();
});

test('5,000 rows import with progress, are saved, and a fresh client sees all of them', async () => {
  test.setTimeout(300_000);
  const { a, b, boardId, server } = pair;
  await a.goto(`/boards/${boardId}`);
  await a.getByRole('button', { name: 'カバー状況' }).click();
  await a.getByRole('button', { name: '読み込み・書き出し' }).click();
  await a.getByLabel('CSVファイル').setInputFiles(csvFile());
  await expect(a.getByText('エラーはありません。')).toBeVisible({ timeout: 60_000 });

  // Every value the progress bar shows, however briefly.
  await a.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await a.getByRole('button', { name: `${ROWS}件を読み込む` }).click();
  await expect(a.getByTestId('board-announcer')).toHaveText(`${ROWS}件の事業所を読み込みました。`, {
    timeout: 120_000,
  });
  const seen = await a.evaluate(
    () => (window as unknown as { progressSeen: number[] }).progressSeen,
  );
  expect(seen.some((value) => value > 0 && value < ROWS)).toBe(true);

  await expect(connection(a)).toContainText('保存済み', { timeout: 120_000 });
  await expect(connection(a)).not.toContainText('保存できません');
  const stored = new Y.Doc();
  applyStored(stored, (await loadDocument(server.database.db, `board:${boardId}`)).parts);
  expect(readBoard(stored).agencies).toHaveLength(ROWS);

  await b.goto(`/boards/${boardId}`);
  await b.getByRole('button', { name: 'カバー状況' }).click();
  await expect(b.getByText(`対象の事業所：${ROWS}件`)).toBeVisible({ timeout: 60_000 });
});

test('no errors in the browser consoles', () => {
  expect(pair.consoleErrors).toEqual([]);
});
