import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { readConfig } from '../server/config';
import { type RunningServer, startServer } from '../server/server';
import { post } from './support/api';
import { PORTS } from './support/ports';

// A meeting room's Wi-Fi drops, or the server restarts: edits made meanwhile stay in the
// browser (IndexedDB) and reach the server when it is back, even if the tab was closed.
const PORT = PORTS.offline;
const BASE = `http://localhost:${PORT}`;
const config = readConfig({
  PORT: String(PORT),
  HOST: '127.0.0.1',
  DATA_DIR: mkdtempSync(join(tmpdir(), 'tsunagu-offline-e2e-')),
  LOG_LEVEL: 'warn',
});

let server: RunningServer;
let alice: BrowserContext;
let boardId = '';

async function openBoard(page: Page) {
  await page.goto(`${BASE}/boards/${boardId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('オフライン検証ボード');
  await page.getByRole('button', { name: '一覧' }).click();
}

const connection = (page: Page) => page.getByRole('status').filter({ hasText: '接続と保存の状態' });
const agencyRow = (page: Page, name: string) =>
  page.getByRole('table', { name: /^事業所・機関/ }).getByRole('rowheader', { name });

test.beforeAll(async ({ browser }) => {
  server = await startServer(config);
  alice = await browser.newContext({ baseURL: BASE, locale: 'ja-JP' });
  const me = await post(alice, BASE, '/setup', {
    councilName: '架空市地域自立支援協議会',
    displayName: '事務局 山田花子',
    email: 'offline-jimu@example.jp',
    password: 'tsunagu-offline-e2e-1',
  });
  boardId = (
    await post(alice, BASE, `/councils/${me.councils[0].id}/boards`, {
      name: 'オフライン検証ボード',
    })
  ).id;
});

test.afterAll(async () => {
  await alice?.close();
  await server?.stop();
});

test('an agency added while the server is down survives closing the tab and is saved when it is back', async () => {
  const page = await alice.newPage();
  await openBoard(page);
  await expect(connection(page)).toContainText('オンライン');

  await server.stop();
  await expect(connection(page)).toContainText(/再接続中|オフライン/);
  await page.getByRole('button', { name: '事業所を追加' }).click();
  await page.getByLabel('事業所名').fill('停電中に登録した相談所');
  await page.getByLabel('層').selectOption({ label: 'Ⅲ 登録事業所' });
  await page.getByRole('group', { name: '分野' }).getByLabel('障害').check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(agencyRow(page, '停電中に登録した相談所')).toBeVisible();
  await expect(connection(page)).toContainText('変更はこの端末に保存され、再接続時に送られます');
  // IndexedDB writes are asynchronous; give them a moment before the tab goes.
  await page.waitForTimeout(300);
  await page.close();

  server = await startServer(config);
  const again = await alice.newPage();
  await openBoard(again);
  await expect(agencyRow(again, '停電中に登録した相談所')).toBeVisible();
  await expect(connection(again)).toContainText('保存済み');

  // Another browser, with nothing stored locally, gets it from the server.
  const other = await alice.browser()?.newContext({ baseURL: BASE, locale: 'ja-JP' });
  if (!other) throw new Error('no browser');
  await other.addCookies(await alice.cookies());
  const fresh = await other.newPage();
  await openBoard(fresh);
  await expect(agencyRow(fresh, '停電中に登録した相談所')).toBeVisible();
  await other.close();
});
