import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { readConfig } from '../server/config';
import { type RunningServer, startServer } from '../server/server';
import { expectAccessible } from './support/axe';
import { PORTS } from './support/ports';

// The board screen with two people editing at once. It runs against its own server and
// database (started here), so it neither depends on nor disturbs the other specs' shared run.
const PORT = PORTS.board;
const BASE = `http://localhost:${PORT}`;
const SECRETARIAT = {
  displayName: '事務局 山田花子',
  email: 'board-jimu@example.jp',
  password: 'tsunagu-board-e2e-1',
};
const MEMBER = {
  displayName: '相談支援専門員 佐藤一郎',
  email: 'board-sato@example.jp',
  password: 'tsunagu-board-e2e-2',
};

test.describe.configure({ mode: 'serial' });

let server: RunningServer;
let boardId = '';
let alice: BrowserContext;
let bob: BrowserContext;
let a: Page;
let b: Page;
let councilId = '';
const consoleErrors: string[] = [];

async function post(context: BrowserContext, path: string, data: unknown) {
  const response = await context.request.post(`${BASE}/api${path}`, {
    data,
    headers: { origin: BASE },
  });
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

async function openContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: BASE,
    locale: 'ja-JP',
    viewport: { width: 1600, height: 1000 },
  });
}

test.beforeAll(async ({ browser }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-board-e2e-'));
  server = await startServer(
    readConfig({ PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }),
  );
  alice = await openContext(browser);
  bob = await openContext(browser);
  const me = await post(alice, '/setup', {
    councilName: '架空市地域自立支援協議会',
    ...SECRETARIAT,
  });
  councilId = me.councils[0].id as string;
  boardId = (await post(alice, `/councils/${councilId}/boards`, { name: '拠点ネットワーク' })).id;
  const invitation = await post(alice, `/councils/${councilId}/invitations`, { role: 'member' });
  await post(bob, `/invitations/${invitation.token}/accept`, MEMBER);
  a = await alice.newPage();
  b = await bob.newPage();
  for (const page of [a, b]) {
    page.on(
      'console',
      (message) => message.type() === 'error' && consoleErrors.push(message.text()),
    );
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  }
});

test.afterAll(async () => {
  await alice?.close();
  await bob?.close();
  await server?.stop();
});

async function openBoard(page: Page) {
  await page.goto(`/boards/${boardId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('拠点ネットワーク');
  await expect(page.getByRole('region', { name: 'ネットワークマップ' })).toBeVisible();
}

async function addAgency(page: Page, name: string, layer: string, field: string) {
  await page.getByRole('button', { name: '事業所を追加' }).click();
  await page.getByLabel('事業所名').fill(name);
  await page.getByLabel('層').selectOption({ label: layer });
  await page.getByRole('group', { name: '分野' }).getByLabel(field).check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('board-announcer')).toHaveText(`${name}を追加しました。`);
}

const agencyTable = (page: Page) => page.getByRole('table', { name: /^事業所・機関/ });
const tieTable = (page: Page) => page.getByRole('table', { name: /^つながり/ });

test('two people: one adds agencies and a tie in the list view, the other sees them live', async () => {
  await openBoard(a);
  await openBoard(b);
  await a.getByRole('button', { name: '一覧' }).click();
  await b.getByRole('button', { name: '一覧' }).click();

  await addAgency(a, '基幹相談支援センターひだまり', 'Ⅱ 中核機関', '障害');
  await addAgency(a, 'みどり訪問看護ステーション', 'Ⅳ 連携・協力機関', '医療');
  await a.getByRole('button', { name: 'つながりを追加' }).click();
  await a.getByLabel('つなぐ元').selectOption({ label: '基幹相談支援センターひだまり' });
  await a.getByLabel('つなぐ先').selectOption({ label: 'みどり訪問看護ステーション' });
  await a.getByLabel('種類').selectOption({ label: '緊急時バックアップ' });
  await a.getByRole('button', { name: '保存' }).click();

  // Sorted by reading in Japanese order: kana before kanji.
  await expect(agencyTable(b).getByRole('rowheader')).toHaveText([
    'みどり訪問看護ステーション',
    '基幹相談支援センターひだまり',
  ]);
  await expect(
    tieTable(b).getByRole('row', { name: /基幹相談支援センターひだまり/ }),
  ).toContainText('緊急時バックアップ');
  await expect(b.getByTestId('remote-announcer')).toContainText('他の参加者が変更しました');
  await b.screenshot({ path: test.info().outputPath('list.png'), fullPage: true });
  await expectAccessible(b, 'board list view');
});

test('undo and redo take back only one’s own last change', async () => {
  await a.getByRole('button', { name: '元に戻す' }).click();
  await expect(tieTable(b).getByRole('row')).toHaveCount(2); // header + "nothing yet"
  await expect(tieTable(b)).toContainText('まだ登録がありません。');
  await a.keyboard.press('Control+Shift+Z');
  await expect(
    tieTable(b).getByRole('row', { name: /基幹相談支援センターひだまり/ }),
  ).toBeVisible();
});

test('the filter narrows the list (katakana finds hiragana)', async () => {
  const keyword = b.getByLabel('キーワード（名前・よみがな・メモ・タグ）');
  await keyword.fill('存在しない事業所');
  await expect(agencyTable(b).getByRole('rowheader')).toHaveCount(0);
  await keyword.fill('ミドリ 訪問');
  await expect(agencyTable(b).getByRole('rowheader')).toHaveText(['みどり訪問看護ステーション']);
  await expect(b.getByText('1件が条件に合います')).toBeVisible();
  await b.getByRole('button', { name: '条件をクリア' }).click();
  await expect(agencyTable(b).getByRole('rowheader')).toHaveCount(2);
});

test('the canvas shows both agencies, the other person’s cursor, and passes axe', async () => {
  await b.getByRole('button', { name: 'マップ' }).click();
  await a.getByRole('button', { name: 'マップ' }).click();
  const node = b.locator('.react-flow__node-agency', { hasText: 'みどり訪問看護ステーション' });
  await expect(node).toBeVisible();
  await expect(b.locator('.react-flow__edge')).toHaveCount(1);
  const frame = a.locator('.canvas-frame');
  const box = await frame.boundingBox();
  if (!box) throw new Error('no canvas');
  await a.mouse.move(box.x + 200, box.y + 150);
  await a.mouse.move(box.x + 260, box.y + 180);
  await expect(b.locator('.peer-cursor', { hasText: SECRETARIAT.displayName })).toBeVisible();
  await b.screenshot({ path: test.info().outputPath('canvas.png') });
  await expectAccessible(b, 'board canvas');
});

test('a tie is created with the keyboard alone', async () => {
  await addAgency(b, '障害福祉課', 'Ⅰ 実施主体', 'その他');
  const node = b.getByRole('group', { name: /^障害福祉課、/ });
  await node.focus();
  await b.keyboard.press('Enter');
  await expect(b.getByText('1件を選択中')).toBeVisible();
  await b.keyboard.press('c');
  const heading = b.getByRole('heading', { name: '「障害福祉課」をつなぐ先を選ぶ' });
  await expect(heading).toBeFocused();
  await b.keyboard.press('Tab');
  await expect(b.getByLabel('つなぐ先の事業所')).toBeFocused();
  await b.keyboard.press('ArrowDown');
  await expect(b.getByLabel('つなぐ先の事業所')).not.toHaveValue('');
  for (
    let i = 0;
    i < 8 &&
    !(await b
      .getByRole('button', { name: '保存' })
      .evaluate((el) => el === document.activeElement));
    i++
  ) {
    await b.keyboard.press('Tab');
  }
  await b.keyboard.press('Enter');
  await expect(b.getByTestId('board-announcer')).toContainText(/障害福祉課と.+をつなぎました。/);
  await expect(a.locator('.react-flow__edge')).toHaveCount(2);
});

test('on the canvas a tie shows its kind, is selected by a click, deleted with Delete, and drawn again by dragging', async () => {
  const ties = b.locator('.react-flow__edge');
  await expect(ties).toHaveCount(2);
  const backup = b.locator('.react-flow__edge', { hasText: '緊急時バックアップ' });
  await expect(backup).toHaveAccessibleName('緊急時バックアップ');
  await expect(backup.locator('.tie-label')).toBeVisible();
  // The tie drawn last (on top): the one made with the keyboard. A click on the middle of its curve:
  const made = ties.last();
  await expect(made).toHaveAccessibleName('連携');
  const middle = await made.locator('.react-flow__edge-path').evaluate((element) => {
    const path = element as SVGPathElement;
    const point = path.getPointAtLength(path.getTotalLength() / 2);
    const matrix = path.getScreenCTM();
    if (!matrix) throw new Error('the tie is not drawn');
    return new DOMPoint(point.x, point.y).matrixTransform(matrix).toJSON() as DOMPoint;
  });
  await b.mouse.click(middle.x, middle.y);
  await expect(made).toHaveClass(/selected/);
  await expect(backup).not.toHaveClass(/selected/);
  await b.keyboard.press('Delete');
  await expect(b.getByTestId('board-announcer')).toHaveText('つながりを削除しました。');
  await expect(a.locator('.react-flow__edge')).toHaveAccessibleName('緊急時バックアップ');

  // Dragging from one agency's handle to another's draws a new tie (of the default kind).
  const node = (name: string) => b.locator('.react-flow__node-agency', { hasText: name });
  const from = await node('基幹相談支援センターひだまり')
    .locator('.react-flow__handle.source')
    .boundingBox();
  const to = await node('みどり訪問看護ステーション')
    .locator('.react-flow__handle.target')
    .boundingBox();
  if (!from || !to) throw new Error('no handles');
  await b.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await b.mouse.down();
  await b.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await b.mouse.up();
  await expect(a.locator('.react-flow__edge', { hasText: '連携' })).toHaveAccessibleName('連携');
  await expect(a.locator('.react-flow__edge')).toHaveCount(2);
});

const CSV_HEADER = '事業所名,フリガナ,層,分野,拠点機能,障害種別,住所';
const CSV_GOOD_ROW =
  '"グループホーム ひなた",グループホームヒナタ,Ⅲ,障害,"体験,緊急","知的(中重度),精神","みどり市本町1-2-3, 2階"';
const csvFile = (rows: string[]) => ({
  name: '事業所一覧.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${[CSV_HEADER, ...rows].join('\r\n')}\r\n`),
});

test('CSV import: a bad row blocks the import; a good file imports, and the coverage matrix updates live', async () => {
  await b.getByRole('button', { name: 'カバー状況' }).click();
  const cell = b.getByRole('button', { name: /^精神 × ③緊急時の受入れ・対応：/ });
  await expect(cell).toHaveAccessibleName(/：0件（空白）/);

  await a.getByRole('button', { name: '読み込み・書き出し' }).click();
  const file = a.getByLabel('CSVファイル');
  await file.setInputFiles(
    csvFile([CSV_GOOD_ROW, '相談室あおば,ソウダンシツアオバ,9,障害,相談,発達,みどり市']),
  );
  await expect(a.getByText('行 3・層：')).toBeVisible();
  await expect(a.getByRole('button', { name: /件を読み込む$/ })).toBeDisabled();

  await file.setInputFiles(
    csvFile([CSV_GOOD_ROW, '相談室あおば,ソウダンシツアオバ,Ⅱ,障害,相談,発達,みどり市']),
  );
  await expect(a.getByText('エラーはありません。')).toBeVisible();
  await a.getByRole('button', { name: '2件を読み込む' }).click();
  await expect(a.getByTestId('board-announcer')).toHaveText('2件の事業所を読み込みました。');

  await expect(cell).toHaveAccessibleName(/：1件（手薄）/);
  await b.screenshot({ path: test.info().outputPath('matrix.png'), fullPage: true });
  await expectAccessible(b, 'coverage matrix');
  await cell.click();
  await expect(
    b
      .locator('.react-flow__node-agency:not(.agency-node-faded)')
      .filter({ has: b.locator(':not(.agency-node-faded)') }),
  ).toHaveCount(5);
  await expect(b.locator('.agency-node:not(.agency-node-faded)')).toHaveText([
    /グループホーム ひなた/,
  ]);
});

test('a guest sees the board read-only, with no editing controls', async ({ browser }) => {
  const guest = await openContext(browser);
  const invitation = await post(alice, `/councils/${councilId}/invitations`, { role: 'guest' });
  await post(guest, `/invitations/${invitation.token}/accept`, {
    displayName: '市民 鈴木',
    email: 'board-guest@example.jp',
    password: 'tsunagu-board-e2e-3',
  });
  const page = await guest.newPage();
  await openBoard(page);
  await expect(page.getByText('閲覧のみ：このボードを編集する権限がありません。')).toBeVisible();
  await expect(page.getByRole('button', { name: '事業所を追加' })).toHaveCount(0);
  await expect(page.locator('.agency-node')).toHaveCount(5);
  await page.getByRole('button', { name: '一覧' }).click();
  await expect(agencyTable(page).getByRole('button', { name: '編集' })).toHaveCount(0);
  await expectAccessible(page, 'board list view (guest)');
  await guest.close();
});

test('no errors in the browser consoles', () => {
  expect(consoleErrors).toEqual([]);
});
