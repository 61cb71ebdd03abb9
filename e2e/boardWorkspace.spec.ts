import { expect, type Locator, type Page, test } from '@playwright/test';
import * as Y from 'yjs';
import { docUpdates } from '../server/db/schema';
import { addAgencies, addTies } from '../shared/board/document';
import { tabTo } from './support/app';
import { expectAccessible } from './support/axe';
import { type BoardPair, startBoardPair } from './support/boardPair';
import { PORTS } from './support/ports';

// The board as a workspace used by keyboard: the canvas is one Tab stop whose arrow keys move
// between agencies, T reaches an agency's ties, Enter opens the side panel and every way of
// closing it gives the focus back; a tie drawn with the mouse connects wherever it is released on
// the target card.
const PORT = PORTS.boardWorkspace;

test.describe.configure({ mode: 'serial' });

let pair: BoardPair;
let a: Page;

// Ⅰ: あおぞら · Ⅱ: ひだまり, みどり (in that order) · Ⅲ: そよかぜ; ひだまり's three ties, made in
// another order than they stand: to みどり (both ways), そよかぜ (both ways), from あおぞら (one way).
function seededBoard(): Y.Doc {
  const doc = new Y.Doc();
  const agency = (id: string, name: string, layer: 'municipality' | 'core' | 'registered') => ({
    id,
    name,
    layer,
    fields: ['disability' as const],
    hubFunctions: [],
    supportNeeds: [],
  });
  const added = addAgencies(doc, [
    agency('aozora', 'あおぞら市役所', 'municipality'),
    agency('hidamari', 'ひだまり相談室', 'core'),
    agency('midori', 'みどり訪問看護', 'core'),
    agency('soyokaze', 'そよかぜホーム', 'registered'),
  ]);
  if (!added.ok) throw new Error(JSON.stringify(added.issues));
  const tied = addTies(doc, [
    { from: 'hidamari', to: 'midori', kind: 'informationSharing' },
    { from: 'hidamari', to: 'soyokaze', kind: 'cooperation' },
    { from: 'aozora', to: 'hidamari', kind: 'referral', direction: 'oneWay' },
  ]);
  if (!tied.ok) throw new Error(JSON.stringify(tied.issues));
  return doc;
}

test.beforeAll(async ({ browser }) => {
  pair = await startBoardPair(browser, {
    port: PORT,
    boardName: 'ワークスペース',
    secretariat: {
      displayName: '事務局 山田花子',
      email: 'workspace-jimu@example.jp',
      password: 'tsunagu-workspace-e2e-1',
    },
    member: {
      displayName: '相談支援専門員 佐藤一郎',
      email: 'workspace-sato@example.jp',
      password: 'tsunagu-workspace-e2e-2',
    },
  });
  await pair.server.database.db.insert(docUpdates).values({
    docName: `board:${pair.boardId}`,
    update: Y.encodeStateAsUpdate(seededBoard()),
  });
  a = pair.a;
  await a.goto(`/boards/${pair.boardId}`);
  await expect(a.getByRole('heading', { level: 1 })).toHaveText('ワークスペース');
});

test.afterAll(async () => {
  await pair?.close();
});

const card = (page: Page, name: string) =>
  page.getByRole('group', { name: new RegExp(`^${name}、`) });
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

test('the canvas fills the window under the toolbar and opens with every agency in view', async () => {
  const frame = await a.locator('.canvas-frame').boundingBox();
  if (!frame) throw new Error('no canvas');
  const window = a.viewportSize();
  if (!window) throw new Error('no window');
  // No page scroll around it: it reaches (nearly) the bottom of the window.
  expect(frame.y + frame.height).toBeGreaterThan(window.height - 40);
  expect(frame.y + frame.height).toBeLessThanOrEqual(window.height);
  expect(await a.evaluate(() => document.scrollingElement?.scrollHeight)).toBeLessThanOrEqual(
    window.height,
  );
  for (const name of ['あおぞら市役所', 'ひだまり相談室', 'みどり訪問看護', 'そよかぜホーム']) {
    const box = await card(a, name).boundingBox();
    if (!box) throw new Error(`${name} is not drawn`);
    expect(box.x).toBeGreaterThanOrEqual(frame.x);
    expect(box.y).toBeGreaterThanOrEqual(frame.y);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
  }
  await expect(a.getByRole('img', { name: '全体図' })).toBeVisible();
  await expectAccessible(a, 'board workspace');
});

test('the first Tab stops are skip links to the map and to the list view', async () => {
  await a.reload();
  await expect(card(a, 'あおぞら市役所')).toBeVisible();
  const toMap = a.getByRole('link', { name: 'マップへ移動' });
  const toList = a.getByRole('link', { name: '一覧へ移動' });
  for (const link of [a.getByRole('link', { name: '本文へ移動' }), toMap, toList]) {
    await a.keyboard.press('Tab');
    await expect(link).toBeFocused();
  }
  await a.keyboard.press('Enter');
  await expect(a.locator('#board-list')).toBeFocused();
  await expect(a.getByRole('table', { name: /^つながり/ })).toBeVisible();
  // The other link shows the map again and gives the focus to its agency.
  await toMap.focus();
  await a.keyboard.press('Enter');
  await expect(card(a, 'あおぞら市役所')).toBeFocused();
  await expectAccessible(a, 'board skip links');
});

test('Tab reaches the canvas once; arrow keys move between agencies by where they stand', async () => {
  // One agency is in the Tab order (the top-left one at first), no tie is.
  await expect(a.locator('.react-flow__node-agency[tabindex="0"]')).toHaveCount(1);
  await expect(a.locator('.react-flow__edge[tabindex="0"]')).toHaveCount(0);
  // From the last tool above the canvas, the next Tab is the canvas: no tie or other agency first.
  await a.getByRole('button', { name: 'マップをSVG画像で書き出す' }).focus();
  await tabTo(a, card(a, 'あおぞら市役所'), 1);
  await a.keyboard.press('ArrowDown');
  await expect(card(a, 'ひだまり相談室')).toBeFocused();
  await a.keyboard.press('ArrowRight');
  await expect(card(a, 'みどり訪問看護')).toBeFocused();
  await a.keyboard.press('ArrowLeft');
  await expect(card(a, 'ひだまり相談室')).toBeFocused();
  await a.keyboard.press('ArrowDown');
  await expect(card(a, 'そよかぜホーム')).toBeFocused();
  // The arrow keys moved the focus, not the agency (that is Alt+arrow on a selected one).
  await a.keyboard.press('ArrowUp');
  await expect(card(a, 'ひだまり相談室')).toBeFocused();
  await expect(a.locator('.react-flow__node-agency[tabindex="0"]')).toHaveAccessibleName(
    /^ひだまり相談室、/,
  );

  // Tab leaves the canvas (to its zoom buttons), Shift+Tab comes back to the same agency.
  await a.keyboard.press('Tab');
  expect(await focusedName(a)).not.toMatch(/、/);
  await expect(a.locator('.react-flow__node-agency:focus')).toHaveCount(0);
  await a.keyboard.press('Shift+Tab');
  await expect(card(a, 'ひだまり相談室')).toBeFocused();

  // T steps through the agency's ties, each named by its ends and kind, in the order the other
  // ends stand on the map (top to bottom, left to right); then round again. Esc: the agency.
  const tieNames = [
    'あおぞら市役所 → ひだまり相談室：紹介・つなぎ',
    'ひだまり相談室 ↔ みどり訪問看護：情報共有',
    'ひだまり相談室 ↔ そよかぜホーム：連携',
    'あおぞら市役所 → ひだまり相談室：紹介・つなぎ',
  ];
  for (const name of tieNames) {
    await a.keyboard.press('t');
    await expect(a.getByRole('group', { name, exact: true })).toBeFocused();
  }
  await a.keyboard.press('Escape');
  await expect(card(a, 'ひだまり相談室')).toBeFocused();
});

test('the list view and the side panel name a tie the same way', async () => {
  await a.getByRole('button', { name: '一覧', exact: true }).click();
  const edit = a.getByRole('button', {
    name: 'つながり「ひだまり相談室 ↔ みどり訪問看護：情報共有」を編集',
  });
  await edit.click();
  await expect(
    a.getByRole('heading', { name: 'つながりを編集（ひだまり相談室 ↔ みどり訪問看護：情報共有）' }),
  ).toBeFocused();
  await expect(
    a.getByRole('button', { name: 'つながり「ひだまり相談室 ↔ そよかぜホーム：連携」を削除' }),
  ).toBeVisible();
  await a.keyboard.press('Escape');
  await expect(edit).toBeFocused();
  await a.getByRole('button', { name: 'マップ', exact: true }).click();
  await expect(card(a, 'ひだまり相談室')).toBeVisible();
});

test('a tie that takes the focus off screen is brought into view', async () => {
  const box = await a.locator('.canvas-frame').boundingBox();
  if (!box) throw new Error('no canvas');
  const inFrame = async (locator: Locator) => {
    const b = await locator.boundingBox();
    if (!b) return false;
    const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
    return x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height;
  };
  const hidamari = card(a, 'ひだまり相談室');
  const tie = a.getByRole('group', { name: 'あおぞら市役所 → ひだまり相談室：紹介・つなぎ' });
  // Drag the map until ひだまり and its ties are off to the lower right.
  for (let i = 0; i < 4 && ((await inFrame(hidamari)) || (await inFrame(tie))); i++) {
    await a.mouse.move(box.x + box.width / 2, box.y + 20);
    await a.mouse.down();
    await a.mouse.move(box.x + box.width - 20, box.y + box.height - 20, { steps: 5 });
    await a.mouse.up();
  }
  expect(await inFrame(tie)).toBe(false);
  // Focused without scrolling (as the arrow keys would, but with the agency out of view too).
  await hidamari.evaluate((element: HTMLElement) => element.focus({ preventScroll: true }));
  await a.keyboard.press('t');
  await expect(tie).toBeFocused();
  await expect.poll(() => inFrame(tie)).toBe(true);
  await a.getByRole('button', { name: '全体を表示' }).click();
  await expect.poll(() => inFrame(hidamari)).toBe(true);
});

async function expectFocusBack(page: Page, opener: Locator, close: () => Promise<void>) {
  await close();
  await expect(page.locator('.board-panel')).toHaveCount(0);
  await expect(opener).toBeFocused();
}

test('Enter opens the agency in the side panel; save, cancel and Esc each give the focus back', async () => {
  const hidamari = card(a, 'ひだまり相談室');
  const heading = a.getByRole('heading', { name: '事業所を編集：ひだまり相談室' });
  await hidamari.focus();
  await a.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  // Beside the canvas, not over it.
  const panel = await a.locator('.board-panel').boundingBox();
  const frame = await a.locator('.canvas-frame').boundingBox();
  if (!panel || !frame) throw new Error('no panel');
  expect(panel.x).toBeGreaterThanOrEqual(frame.x + frame.width);
  await expectAccessible(a, 'side panel beside the canvas');
  await expectFocusBack(a, hidamari, () => a.keyboard.press('Escape'));

  await a.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await expectFocusBack(a, hidamari, () => a.getByRole('button', { name: '保存' }).click());
  await expect(a.getByTestId('board-announcer')).toHaveText('ひだまり相談室を保存しました。');

  // A toolbar button that opened a form has the focus again when it closes.
  const addTie = a.getByRole('button', { name: 'つながりを追加' });
  await addTie.click();
  await expect(a.getByLabel('つなぐ元')).toBeVisible();
  await expectFocusBack(a, addTie, () => a.keyboard.press('Escape'));
  const addAgency = a.getByRole('button', { name: '事業所を追加' });
  await addAgency.click();
  await expectFocusBack(a, addAgency, () => a.getByRole('button', { name: 'キャンセル' }).click());
});

test('a tie dragged from a handle connects when released anywhere on the target card', async () => {
  const ties = pair.b.locator('.react-flow__edge');
  await pair.b.goto(`/boards/${pair.boardId}`);
  await expect(ties).toHaveCount(3);
  const from = await card(a, 'みどり訪問看護').locator('.react-flow__handle.source').boundingBox();
  const target = card(a, 'そよかぜホーム');
  const to = await target.boundingBox();
  const handle = await target.locator('.react-flow__handle.target').boundingBox();
  if (!from || !to || !handle) throw new Error('no cards');
  // The lower right of the card: far from its handle (top centre).
  const drop = { x: to.x + to.width - 12, y: to.y + to.height - 12 };
  expect(Math.hypot(drop.x - handle.x, drop.y - handle.y)).toBeGreaterThan(60);
  await a.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await a.mouse.down();
  await a.mouse.move(drop.x, drop.y, { steps: 10 });
  await a.mouse.up();
  await expect(a.getByTestId('board-announcer')).toHaveText(
    'みどり訪問看護とそよかぜホームを「連携」でつなぎました。種類は「つながりを編集」で変えられます。',
  );
  await expect(ties).toHaveCount(4);
  await expect(
    pair.b.getByRole('group', { name: 'みどり訪問看護 ↔ そよかぜホーム：連携' }),
  ).toBeAttached();
});

test('M hides and shows the overview; its button says whether it is shown', async () => {
  const overview = a.getByRole('img', { name: '全体図' });
  const toggle = a.getByRole('button', { name: '全体図' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await card(a, 'あおぞら市役所').focus();
  await a.keyboard.press('m');
  await expect(overview).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(overview).toBeVisible();
});

test('no errors in the browser consoles', () => {
  expect(pair.consoleErrors).toEqual([]);
});
