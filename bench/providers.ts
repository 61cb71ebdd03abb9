// `npm run bench:providers` (after `vite build`): an official provider list in the browser, as the
// secretariat loads it. A national-size WAM NET file of 10,000 rows (the fixture's, BENCH_CITY
// invented providers of みどり市, every other one listed twice, and あおば市 for the rest) is
// chosen in the board's 読み込み・書き出し panel. Prints: file chosen → format named; city typed →
// preview drawn (target ≤ 1 s); import clicked → summary, and → every change saved by the server
// (target ≤ 5 s); the same for importing the file again (all updates). BENCH_PORT moves the
// server (default 3196).
import { chromium, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { startBoardPair } from '../e2e/support/boardPair';
import { applyStored, loadDocument } from '../server/realtime/docStore';
import { readBoard } from '../shared/board/document';
import { wamLargeFile } from '../shared/board/providers/testFiles';

const ROWS = 10_000;
const PROVIDERS = Number(process.env.BENCH_CITY ?? 1200);
const PORT = Number(process.env.BENCH_PORT ?? 3196);
// wamLargeFile: 9 fixture rows (8 in みどり市, one without a name; 5 providers), then the city's.
const OWN_ROWS = PROVIDERS + Math.ceil(PROVIDERS / 2);
const CITY_ROWS = 8 + OWN_ROWS;
const AGENCIES = 5 + PROVIDERS;

/** Milliseconds from `act` until the page shows `text` in `selector` (checked every frame). */
async function until(page: Page, selector: string, text: string, act: () => Promise<void>) {
  const started = performance.now();
  await act();
  await page.waitForFunction(
    (want: { selector: string; text: string }) =>
      document.querySelector(want.selector)?.textContent?.includes(want.text) ?? false,
    { selector, text },
    { polling: 'raf', timeout: 120_000 },
  );
  return performance.now() - started;
}

async function main() {
  const csv = wamLargeFile(PROVIDERS, ROWS - 9 - OWN_ROWS);
  const file = { name: 'wam_全国.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const pair = await startBoardPair(browser, {
    port: PORT,
    boardName: '計測',
    secretariat: { displayName: '計測', email: 'bench@example.jp', password: 'tsunagu-bench-p-1' },
    member: { displayName: '計測2', email: 'bench2@example.jp', password: 'tsunagu-bench-p-2' },
  });
  try {
    const { a } = pair;
    await a.goto(`/boards/${pair.boardId}`);
    await a.getByRole('button', { name: '一覧', exact: true }).click();
    await a.getByRole('button', { name: '読み込み・書き出し' }).click();
    const run = async () => {
      const read = await until(a, 'form.provider-import', 'WAM NET', () =>
        a.getByLabel('CSVファイル').setInputFiles(file),
      );
      const preview = await until(
        a,
        '[data-testid="provider-preview"]',
        `対象は${CITY_ROWS}行で、${AGENCIES}件`,
        () => a.getByLabel('市区町村（コードまたは名前）').fill('みどり市'),
      );
      const summary = await until(a, '[data-testid="provider-summary"]', '件追加', () =>
        a.getByRole('button', { name: `${AGENCIES}件の事業所を読み込む` }).click(),
      );
      const started = performance.now() - summary;
      await a
        .getByRole('status')
        .filter({ hasText: '接続と保存の状態' })
        .filter({ hasText: '保存済み' })
        .waitFor({ timeout: 120_000 });
      const saved = performance.now() - started;
      const text = await a.getByTestId('provider-summary').textContent();
      return { read, preview, summary, saved, text };
    };
    const first = await run();
    const again = await run();
    const stored = new Y.Doc();
    applyStored(
      stored,
      (await loadDocument(pair.server.database.db, `board:${pair.boardId}`)).parts,
    );
    const count = readBoard(stored).agencies.length;
    if (count !== AGENCIES) throw new Error(`stored ${count} agencies, expected ${AGENCIES}`);

    const ms = (value: number) => `${Math.round(value)} ms`.padStart(9);
    console.log(`\n${ROWS} rows (WAM NET), みどり市: ${CITY_ROWS} rows → ${AGENCIES} agencies`);
    console.log('                 format named  preview   summary   saved');
    for (const [label, r] of [
      ['first import', first],
      ['again (update)', again],
    ] as const) {
      console.log(
        `${label.padEnd(16)} ${ms(r.read)}  ${ms(r.preview)} ${ms(r.summary)} ${ms(r.saved)}   ${r.text}`,
      );
    }
    console.log('targets: preview ≤ 1000 ms, saved ≤ 5000 ms');
  } finally {
    await pair.close();
    await browser.close();
  }
}

await main();
process.exit(0);
