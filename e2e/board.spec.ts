import { readFileSync } from 'node:fs';
import { type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import * as Y from 'yjs';
import { docUpdates } from '../server/db/schema';
import type { RunningServer } from '../server/server';
import { generateBoard } from '../server/testing/generatedBoard';
import { post } from './support/api';
import { expectAccessible } from './support/axe';
import { type BoardPair, openContext, startBoardPair } from './support/boardPair';
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

let pair: BoardPair;
let server: RunningServer;
let boardId = '';
let alice: BrowserContext;
let a: Page;
let b: Page;
let councilId = '';
let consoleErrors: string[] = [];

test.beforeAll(async ({ browser }) => {
  pair = await startBoardPair(browser, {
    port: PORT,
    boardName: '拠点ネットワーク',
    secretariat: SECRETARIAT,
    member: MEMBER,
  });
  ({ server, boardId, alice, a, b, councilId, consoleErrors } = pair);
});

test.afterAll(async () => {
  await pair?.close();
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
  await expect(b.locator('.canvas-legend')).not.toContainText('500件');
  await b.screenshot({ path: test.info().outputPath('canvas.png') });
  await expectAccessible(b, 'board canvas');
});

test('panned along the lanes, each lane’s name stays at the left edge of the canvas', async () => {
  const pins = a.locator('.lane-pin');
  await expect(pins).toHaveCount(0);
  const spot = await emptySpot(a);
  await a.mouse.move(spot.x, spot.y);
  await a.mouse.down();
  await a.mouse.move(spot.x - 600, spot.y, { steps: 10 });
  await a.mouse.up();
  const first = pins.filter({ hasText: 'Ⅰ 実施主体' });
  await expect(first).toBeVisible();
  const canvas = await a.locator('.react-flow').boundingBox();
  const pin = await first.boundingBox();
  if (!canvas || !pin) throw new Error('no canvas');
  // At the canvas's left edge (the label keeps its small margin), not at the lane's far-off start.
  expect(pin.x - canvas.x).toBeGreaterThanOrEqual(0);
  expect(pin.x - canvas.x).toBeLessThan(12);
  await a.getByRole('button', { name: '全体を表示' }).click();
  await expect(pins).toHaveCount(0);
});

test('a tie is created with the keyboard alone', async () => {
  await addAgency(b, '障害福祉課', 'Ⅰ 実施主体', 'その他');
  const node = b.getByRole('group', { name: /^障害福祉課、/ });
  // Focus arrives by keyboard (a key pressed first), and its ring shows on the card: React Flow's
  // own rule removes the outline of a focused node, so ours must win over it.
  await b.keyboard.press('Shift');
  await node.focus();
  expect(
    await node.evaluate((el) => {
      const style = getComputedStyle(el);
      return [el.matches(':focus-visible'), style.outlineStyle, style.outlineWidth];
    }),
  ).toEqual([true, 'solid', '3px']);
  // Enter opens the agency in the side panel; Esc closes it and the focus is back on the card,
  // which stays selected.
  await b.keyboard.press('Enter');
  await expect(b.getByRole('heading', { name: '事業所を編集：障害福祉課' })).toBeFocused();
  await b.keyboard.press('Escape');
  await expect(b.getByRole('heading', { name: '事業所を編集：障害福祉課' })).toHaveCount(0);
  await expect(node).toBeFocused();
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
  // Named by its ends and its kind (both ways: the form's default direction).
  await expect(backup).toHaveAccessibleName(
    '基幹相談支援センターひだまり ↔ みどり訪問看護ステーション：緊急時バックアップ',
  );
  await expect(backup.locator('.tie-label')).toBeVisible();
  // The tie drawn last (on top): the one made with the keyboard. A click on the middle of its curve:
  const made = ties.last();
  await expect(made).toHaveAccessibleName(/^障害福祉課 ↔ .+：連携$/);
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
  await expect(a.locator('.react-flow__edge')).toHaveAccessibleName(/：緊急時バックアップ$/);

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
  await expect(a.locator('.react-flow__edge', { hasText: '連携' })).toHaveAccessibleName(
    /^基幹相談支援センターひだまり [→↔] みどり訪問看護ステーション：連携$/,
  );
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
  await expect(a.getByText('3行目・層：')).toBeVisible();
  await expect(a.getByRole('button', { name: 'エラーを直すと読み込めます' })).toBeDisabled();

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
  const guest = await openContext(browser, BASE);
  const invitation = await post(alice, BASE, `/councils/${councilId}/invitations`, {
    role: 'guest',
  });
  await post(guest, BASE, `/invitations/${invitation.token}/accept`, {
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

const agencyNode = (page: Page, name: string) =>
  page.locator('.react-flow__node-agency', { hasText: name });
const backdrop = (page: Page, label: string) =>
  page.locator('.react-flow__node-lane', { has: page.locator('.lane-label', { hasText: label }) });

/** A node's place on the canvas in flow coordinates (React Flow's translate). */
async function flowPosition(node: Locator): Promise<{ x: number; y: number }> {
  const transform = await node.evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\((-?[\d.]+)px, *(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`no position in ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

async function within(inner: Locator, outer: Locator): Promise<boolean> {
  const i = await inner.boundingBox();
  const o = await outer.boundingBox();
  if (!i || !o) return false;
  return (
    i.x >= o.x && i.y >= o.y && i.x + i.width <= o.x + o.width && i.y + i.height <= o.y + o.height
  );
}

test('grouped by field: the silos side by side and the bridging agency apart, one viewer’s choice', async () => {
  await b.getByRole('button', { name: '条件をクリア' }).click();
  await a.getByRole('button', { name: '事業所を追加' }).click();
  await a.getByLabel('事業所名').fill('こども発達センターにじ');
  await a.getByLabel('層').selectOption({ label: 'Ⅲ 登録事業所' });
  const fields = a.getByRole('group', { name: '分野' });
  await fields.getByLabel('児童・子ども').check();
  await fields.getByLabel('障害').check();
  await a.getByRole('button', { name: '保存' }).click();
  await expect(a.getByTestId('board-announcer')).toHaveText(
    'こども発達センターにじを追加しました。',
  );

  const byField = b.getByRole('button', { name: '分野ごと' });
  await byField.click();
  await expect(byField).toHaveAttribute('aria-pressed', 'true');
  await expect(b.locator('.lane-label')).toHaveText([
    '児童・子ども（0件）',
    '障害（3件）',
    '高齢・介護（0件）',
    '複数分野（分野をまたぐ）（1件）',
    '医療（1件）',
    'その他（1件）',
  ]);
  expect(await within(agencyNode(b, 'こども発達センターにじ'), backdrop(b, '複数分野'))).toBe(true);
  for (const name of ['基幹相談支援センターひだまり', 'グループホーム ひなた', '相談室あおば']) {
    expect(await within(agencyNode(b, name), backdrop(b, '障害（'))).toBe(true);
  }
  expect(await within(agencyNode(b, 'みどり訪問看護ステーション'), backdrop(b, '医療'))).toBe(true);
  await b.screenshot({ path: test.info().outputPath('canvas-fields.png') });
  // Grouped places are computed: a drag does not move anything.
  const node = agencyNode(b, '相談室あおば');
  const before = await flowPosition(node);
  const box = await node.boundingBox();
  if (!box) throw new Error('no node');
  await b.mouse.move(box.x + 40, box.y + 40);
  await b.mouse.down();
  await b.mouse.move(box.x + 240, box.y + 200, { steps: 8 });
  await b.mouse.up();
  expect(await flowPosition(node)).toEqual(before);
  // The other person still sees the lanes: the arrangement is each viewer's own.
  await expect(a.getByRole('button', { name: '層ごと' })).toHaveAttribute('aria-pressed', 'true');
  await expect(a.locator('.lane-label').first()).toHaveText('Ⅰ 実施主体');
  await expectAccessible(b, 'board canvas grouped by field');
  await b.reload();
  await expect(b.getByRole('button', { name: '分野ごと' })).toHaveAttribute('aria-pressed', 'true');
});

test('free arrangement: a drag is shared with the other person and the lane places stay', async () => {
  const name = 'みどり訪問看護ステーション';
  await b.getByRole('button', { name: '層ごと' }).click();
  const lanePlace = await flowPosition(agencyNode(b, name));
  await a.getByRole('button', { name: '自由配置' }).click();
  await b.getByRole('button', { name: '自由配置' }).click();
  await expect(a.locator('.react-flow__node-lane')).toHaveCount(0);
  const node = agencyNode(a, name);
  expect(await flowPosition(node)).toEqual(lanePlace);
  const box = await node.boundingBox();
  if (!box) throw new Error('no node');
  await a.mouse.move(box.x + 60, box.y + 40);
  await a.mouse.down();
  await a.mouse.move(box.x + 260, box.y - 260, { steps: 12 });
  await a.mouse.up();
  const freePlace = await flowPosition(node);
  // Up by more than a lane: the lanes would have held it in Ⅳ.
  expect(lanePlace.y - freePlace.y).toBeGreaterThan(170);
  await expect.poll(() => flowPosition(agencyNode(b, name))).toEqual(freePlace);
  await b.getByRole('button', { name: '層ごと' }).click();
  expect(await flowPosition(agencyNode(b, name))).toEqual(lanePlace);
  await b.reload();
  await expect(agencyNode(b, name)).toBeVisible();
  expect(await flowPosition(agencyNode(b, name))).toEqual(lanePlace);
  await b.getByRole('button', { name: '自由配置' }).click();
  await expect.poll(() => flowPosition(agencyNode(b, name))).toEqual(freePlace);
  await expectAccessible(b, 'board canvas in the free arrangement');
  await a.getByRole('button', { name: '層ごと' }).click();
});

test('the whole canvas, not only what is on screen, saves as PNG and SVG', async () => {
  await b.getByRole('button', { name: '層ごと' }).click();
  const zoomIn = b.getByRole('button', { name: '拡大' });
  for (let i = 0; i < 5; i++) await zoomIn.click();
  // Zoomed in, some agencies are outside the visible canvas.
  const offScreen = () =>
    b.locator('.canvas-frame').evaluate((frame) => {
      const view = frame.getBoundingClientRect();
      return [...frame.querySelectorAll('.react-flow__node-agency')].filter((node) => {
        const r = node.getBoundingClientRect();
        return (
          r.right < view.left || r.left > view.right || r.bottom < view.top || r.top > view.bottom
        );
      }).length;
    });
  await expect.poll(offScreen).toBeGreaterThan(0);
  const viewBefore = await viewportTransform(b);

  const png = b.waitForEvent('download');
  await b.getByRole('button', { name: 'マップをPNG画像で書き出す' }).click();
  const pngFile = await png;
  expect(pngFile.suggestedFilename()).toMatch(/^拠点ネットワーク_マップ_\d{4}-\d{2}-\d{2}\.png$/);
  await pngFile.saveAs(test.info().outputPath('board.png'));
  const pngBytes = readFileSync(await pngFile.path());
  expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(pngBytes.length).toBeGreaterThan(20_000);
  // IHDR: the whole board at a pixel ratio of 2 (five lanes of 170 px and a margin).
  expect(pngBytes.readUInt32BE(16)).toBeGreaterThan(1200);
  expect(pngBytes.readUInt32BE(20)).toBeGreaterThan(2 * 5 * 170);

  const svg = b.waitForEvent('download');
  await b.getByRole('button', { name: 'マップをSVG画像で書き出す' }).click();
  const svgFile = await svg;
  expect(svgFile.suggestedFilename()).toMatch(/^拠点ネットワーク_マップ_\d{4}-\d{2}-\d{2}\.svg$/);
  await svgFile.saveAs(test.info().outputPath('board.svg'));
  const text = readFileSync(await svgFile.path(), 'utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text.length).toBeGreaterThan(20_000);
  for (const name of [
    '障害福祉課',
    '基幹相談支援センターひだまり',
    '相談室あおば',
    'グループホーム ひなた',
    'こども発達センターにじ',
    'みどり訪問看護ステーション',
    'Ⅴ 地域住民等',
  ]) {
    expect(text).toContain(name);
  }
  expect(text).not.toContain('peer-cursor');
  // Ties keep their paint (html-to-image drops stylesheet rules inside <svg>).
  expect(text).toMatch(/class="react-flow__edge-path"[^>]* style="[^"]*stroke: rgb\(/);
  // The view the person was looking at is left as it was.
  expect(await viewportTransform(b)).toBe(viewBefore);
});

const HIDAMARI = '基幹相談支援センターひだまり';
const MIDORI = 'みどり訪問看護ステーション';
// What following promises: the same zoom and the same point of the board at the canvas's centre
// (the canvas fills what the window leaves, so the follower's may be a little taller or shorter).
const viewCentre = (page: Page) =>
  page.locator('.react-flow').evaluate((flow) => {
    const transform = flow.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform;
    const match = transform?.match(/translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/);
    if (!match) throw new Error(`unexpected transform ${transform}`);
    const [x, y, zoom] = match.slice(1).map(Number) as [number, number, number];
    return [
      Math.round((flow.clientWidth / 2 - x) / zoom),
      Math.round((flow.clientHeight / 2 - y) / zoom),
      zoom.toFixed(3),
    ];
  });
const viewportTransform = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

/** A point on the canvas with no agency, tie or control under it. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const spot = await page.locator('.canvas-frame').evaluate((frame) => {
    const r = frame.getBoundingClientRect();
    for (let y = r.bottom - 40; y > r.top + 40; y -= 30) {
      for (let x = r.right - 60; x > r.left + 60; x -= 40) {
        const hit = document.elementFromPoint(x, y);
        if (
          hit?.closest('.react-flow') &&
          !hit.closest('.react-flow__node-agency, .react-flow__edge, .react-flow__panel')
        )
          return { x, y };
      }
    }
    return null;
  });
  if (!spot) throw new Error('no empty spot on the canvas');
  return spot;
}

test('a tie is edited from the list view and the other person sees the new kind; from the canvas by keyboard', async () => {
  await a.getByRole('button', { name: '一覧' }).click();
  await b.getByRole('button', { name: '一覧' }).click();
  // The emergency-backup tie between them (the canvas test drew a second one, of the default kind).
  await tieTable(a)
    .getByRole('row', { name: /緊急時バックアップ/ })
    .getByRole('button', { name: `つながり「${HIDAMARI} ↔ ${MIDORI}：緊急時バックアップ」を編集` })
    .click();
  const heading = a.getByRole('heading', {
    name: `つながりを編集（${HIDAMARI} ↔ ${MIDORI}：緊急時バックアップ）`,
  });
  await expect(heading).toBeFocused();
  await expect(a.getByLabel('種類')).toHaveValue('emergencyBackup');
  await expect(a.getByLabel('つなぐ元')).toHaveCount(0);
  await expectAccessible(a, 'tie form (edit)');
  await a.getByLabel('種類').selectOption({ label: '情報共有' });
  await a.getByLabel('向き').selectOption({ label: '一方向（→）' });
  await a.getByLabel('強さ').selectOption({ label: '3（1〜3）' });
  await a.getByLabel('メモ', { exact: true }).fill('月1回の連絡会');
  await a.getByRole('button', { name: '保存' }).click();
  await expect(a.getByTestId('board-announcer')).toHaveText(
    `${HIDAMARI}と${MIDORI}のつながりを保存しました。`,
  );
  const row = tieTable(b).getByRole('row', { name: /月1回の連絡会/ });
  await expect(row).toContainText(HIDAMARI);
  await expect(row).toContainText('情報共有');
  await expect(row).toContainText('一方向（→）');
  await expect(row).toContainText('月1回の連絡会');
  await expect(row).not.toContainText('緊急時バックアップ');

  // On the canvas: a double-click opens the tie in the same form.
  await b.getByRole('button', { name: 'マップ' }).click();
  const edge = b.getByRole('group', { name: `${HIDAMARI} → ${MIDORI}：情報共有` });
  const editHeading = b.getByRole('heading', {
    name: `つながりを編集（${HIDAMARI} → ${MIDORI}：情報共有）`,
  });
  // In this layout the line runs behind other agencies, so the double-click goes to it directly.
  await edge.dispatchEvent('dblclick');
  await expect(editHeading).toBeFocused();
  await b.getByRole('button', { name: 'キャンセル' }).click();
  await edge.focus();
  await b.keyboard.press('Escape');
  await expect(b.getByRole('button', { name: 'つながりを編集' })).toBeDisabled();
  // By keyboard: Tab to the tie, Enter selects it, Enter again opens it.
  await edge.focus();
  await b.keyboard.press('Enter');
  await expect(b.getByRole('button', { name: 'つながりを編集' })).toBeEnabled();
  await b.keyboard.press('Enter');
  await expect(editHeading).toBeFocused();
  await expect(b.getByLabel('種類')).toHaveValue('informationSharing');
  await expect(b.getByLabel('強さ')).toHaveValue('3');
  await b.getByLabel('種類').selectOption({ label: '紹介・つなぎ' });
  await b.getByRole('button', { name: '保存' }).click();
  await expect(tieTable(a).getByRole('row', { name: /月1回の連絡会/ })).toContainText(
    '紹介・つなぎ',
  );
});

test('copy and paste two agencies with their tie; one undo removes the whole paste', async () => {
  await a.getByRole('button', { name: 'マップ' }).click();
  // Earlier tests leave a few agencies on the board; count from what is there.
  await expect(b.locator('.react-flow__node-agency').first()).toBeVisible();
  const before = await b.locator('.react-flow__node-agency').count();
  const edgesBefore = await b.locator('.react-flow__edge').count();
  await agencyNode(a, HIDAMARI).click();
  await agencyNode(a, MIDORI).click({ modifiers: ['Shift'] });
  await expect(a.getByText('2件を選択中')).toBeVisible();
  await a.keyboard.press('Control+c');
  await expect(a.getByTestId('board-announcer')).toHaveText('2件の事業所をコピーしました。');
  await a.keyboard.press('Control+v');
  // Earlier tests drew one or two ties between these two agencies: every one is copied.
  const announcer = a.getByTestId('board-announcer');
  await expect(announcer).toHaveText(/^2件の事業所と、その間のつながり\d+件を貼り付けました。$/);
  const tiesBetween = Number((await announcer.textContent())?.match(/つながり(\d+)件/)?.[1]);
  expect(tiesBetween).toBeGreaterThan(0);
  await expect(b.locator('.react-flow__node-agency')).toHaveCount(before + 2);
  await expect(agencyNode(b, HIDAMARI)).toHaveCount(2);
  await expect(b.locator('.react-flow__edge')).toHaveCount(edgesBefore + tiesBetween);
  // The copies are the new selection, drawn beside (not on top of) the originals.
  await expect(a.getByText('2件を選択中')).toBeVisible();
  const [original, copy] = await agencyNode(a, HIDAMARI).evaluateAll((nodes) =>
    nodes.map((n) => (n as HTMLElement).style.transform),
  );
  expect(copy).not.toEqual(original);

  await a.keyboard.press('Control+z');
  await expect(b.locator('.react-flow__node-agency')).toHaveCount(before);
  await expect(b.locator('.react-flow__edge')).toHaveCount(edgesBefore);

  // Anything else on the clipboard is refused with a message, and nothing is written.
  await a.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '{"type":"tsunagu/board-agencies","version":1,"agencies":[]}');
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
    );
  });
  await expect(a.getByRole('alert')).toContainText(
    'クリップボードの事業所データが正しくないため、貼り付けませんでした。',
  );
  await expect(b.locator('.react-flow__node-agency')).toHaveCount(before);

  // The toolbar buttons do the same with the mouse (the copy is kept in memory when the
  // browser refuses the clipboard).
  await a.getByRole('button', { name: '貼り付け' }).click();
  await expect(b.locator('.react-flow__node-agency')).toHaveCount(before + 2);
  await a.getByRole('button', { name: '元に戻す' }).click();
  await expect(b.locator('.react-flow__node-agency')).toHaveCount(before);

  // The copy pastes into another board too (the system clipboard of the same browser).
  const other = await post(alice, BASE, `/councils/${councilId}/boards`, {
    name: '別地区のネットワーク',
  });
  const page = await alice.newPage();
  await page.goto(`/boards/${other.id}`);
  await expect(page.getByRole('region', { name: 'ネットワークマップ' })).toBeVisible();
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node-agency')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge')).toHaveCount(tiesBetween);
  await page.close();
});

test('following: B’s view tracks A’s until B stops with Escape', async () => {
  // A cursor is a point in its owner's arrangement: B, arranged by field, is not shown A's.
  await b.getByRole('button', { name: 'マップ', exact: true }).click();
  await b.getByRole('button', { name: '分野ごと' }).click();
  const canvas = await a.locator('.canvas-frame').boundingBox();
  if (!canvas) throw new Error('no canvas');
  await a.mouse.move(canvas.x + canvas.width / 3, canvas.y + canvas.height / 3, { steps: 3 });
  await a.waitForTimeout(300);
  await expect(b.locator('.peer-cursor')).toHaveCount(0);
  await b.getByRole('button', { name: '層ごと' }).click();
  await a.mouse.move(canvas.x + canvas.width / 3 + 5, canvas.y + canvas.height / 3, { steps: 3 });
  await expect(b.locator('.peer-cursor', { hasText: SECRETARIAT.displayName })).toBeVisible();
  await b.getByRole('button', { name: '分野ごと' }).click();

  // Following shows A's arrangement as well as A's view.
  await b.getByRole('button', { name: '一覧' }).click();
  const follow = b.getByRole('button', { name: `${SECRETARIAT.displayName}さんの画面に合わせる` });
  await follow.click();
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await expect(b.getByRole('button', { name: '層ごと' })).toHaveAttribute('aria-pressed', 'true');
  await expect(b.getByRole('region', { name: 'ネットワークマップ' })).toBeVisible();
  await expect(b.locator('.board-following')).toContainText(
    `${SECRETARIAT.displayName}さんの画面に合わせています`,
  );
  await expect(b.getByTestId('board-announcer')).toContainText('Esc キーでやめます');
  await b.screenshot({ path: test.info().outputPath('following.png') });
  await expectAccessible(b, 'board canvas while following');

  const frame = a.locator('.canvas-frame');
  const box = await frame.boundingBox();
  if (!box) throw new Error('no canvas');
  const before = await viewportTransform(b);
  await a.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await a.mouse.wheel(0, -400);
  await expect.poll(() => viewportTransform(b)).not.toBe(before);
  // Same zoom as A's.
  const scale = (transform: string) => transform.match(/scale\(([\d.]+)\)/)?.[1];
  await expect
    .poll(async () => scale(await viewportTransform(b)))
    .toBe(scale(await viewportTransform(a)));

  // A pans by dragging an empty part of the canvas; B's view moves the same way.
  const empty = await emptySpot(a);
  const zoomed = await viewportTransform(b);
  await a.mouse.move(empty.x, empty.y);
  await a.mouse.down();
  await a.mouse.move(empty.x - 150, empty.y - 60, { steps: 8 });
  await a.mouse.up();
  await expect.poll(() => viewportTransform(b)).not.toBe(zoomed);
  await expect.poll(() => viewCentre(b)).toEqual(await viewCentre(a));

  await b.keyboard.press('Escape');
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await expect(b.getByTestId('board-announcer')).toHaveText('画面を合わせるのをやめました。');
  const stopped = await viewportTransform(b);
  await a.mouse.wheel(0, 400);
  await a.waitForTimeout(500);
  expect(await viewportTransform(b)).toBe(stopped);

  // Following again: a click on the canvas is not a move, but B's own zoom ends it.
  await follow.click();
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => viewCentre(b)).toEqual(await viewCentre(a));
  const spot = await emptySpot(b);
  await b.mouse.click(spot.x, spot.y);
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await b.mouse.wheel(0, -200);
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await expect(b.locator('.board-following')).toHaveCount(0);
});

test('two people with the same agency open are told of each other before they save', async () => {
  for (const page of [a, b]) {
    await page.getByRole('button', { name: '一覧', exact: true }).click();
    await agencyTable(page)
      .getByRole('button', { name: `${HIDAMARI}を編集` })
      .click();
  }
  const notice = (page: Page) =>
    page.getByRole('status').filter({ hasText: 'もこれを編集しています' });
  await expect(notice(b)).toContainText(SECRETARIAT.displayName);
  await expect(notice(a)).toContainText(MEMBER.displayName);
  await expect(
    b
      .getByRole('region', { name: '参加中' })
      .getByText(`${SECRETARIAT.displayName}さんが${HIDAMARI}を編集中`),
  ).toBeAttached();
  await expectAccessible(b, 'agency form while another person edits it');
  await a.getByRole('button', { name: 'キャンセル' }).click();
  await expect(notice(b)).toHaveCount(0);
  await b.getByRole('button', { name: 'キャンセル' }).click();
});

test('a big board draws its ties as one layer: a click on a line selects that tie, a double-click edits it, Delete removes it', async () => {
  // Past 500 ties the canvas draws them as one layer (TieLayer.tsx), not one element each.
  const big = await post(alice, BASE, `/councils/${councilId}/boards`, { name: '大きなボード' });
  await server.database.db
    .insert(docUpdates)
    .values({ docName: `board:${big.id}`, update: Y.encodeStateAsUpdate(generateBoard(60, 520)) });
  await a.goto(`/boards/${big.id}`);
  await expect(a.getByRole('heading', { level: 1 })).toHaveText('大きなボード');
  const lines = a.locator('.tie-layer-lines');
  const drawnTies = async () =>
    (await lines.evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join(''))).split('M')
      .length - 1;
  await expect.poll(drawnTies).toBe(520);
  await expect(a.locator('.react-flow__edge')).toHaveCount(0);
  await expect(a.locator('.canvas-legend')).toContainText('つながりが500件を超えるマップでは');

  // A point on some line, on screen, with no agency or control over it.
  const onALine = await lines.first().evaluate((element) => {
    const path = element as SVGPathElement;
    const matrix = path.getScreenCTM();
    const frame = document.querySelector('.canvas-frame')?.getBoundingClientRect();
    if (!matrix || !frame) throw new Error('the ties are not drawn');
    for (let at = 0; at < path.getTotalLength(); at += 7) {
      const { x, y } = path.getPointAtLength(at).matrixTransform(matrix);
      if (
        x < frame.left + 20 ||
        x > frame.right - 20 ||
        y < frame.top + 20 ||
        y > frame.bottom - 20
      )
        continue;
      const hit = document.elementFromPoint(x, y);
      if (hit?.matches('.react-flow__pane') || hit?.closest('.react-flow__node-lane'))
        return { x, y };
    }
    return null;
  });
  if (!onALine) throw new Error('no tie line free on screen');
  const numbers = (d: string | null) => (d?.match(/-?[\d.]+/g) ?? []).map(Number);
  const layerCurves = (await lines.evaluateAll((paths) => paths.map((p) => p.getAttribute('d'))))
    .flatMap((d) => d?.split('M').slice(1) ?? [])
    .map(numbers);
  await a.mouse.click(onALine.x, onALine.y);
  const selected = a.locator('.react-flow__edge');
  await expect(selected).toHaveCount(1);
  // Selected, it is drawn by React Flow on the very curve the layer drew: it does not jump.
  const edgeCurve = numbers(await selected.locator('.react-flow__edge-path').getAttribute('d'));
  expect(
    layerCurves.some(
      (curve) =>
        curve.length === edgeCurve.length &&
        curve.every((n, i) => Math.abs(n - (edgeCurve[i] ?? Number.NaN)) < 0.5),
    ),
  ).toBe(true);
  await expect(selected).toHaveClass(/selected/);
  await expect(a.getByRole('button', { name: 'つながりを編集' })).toBeEnabled();
  await expect.poll(drawnTies).toBe(519);
  // Named by its ends and kind: 「A → B：紹介・つなぎ」.
  const kind = (await selected.getAttribute('aria-label'))?.match(/^.+ [→↔] .+：(.+)$/)?.[1];
  expect(kind).toBeTruthy();

  // Unselected, the tie goes back into the layer: the double-click finds it there.
  await selected.focus();
  await a.keyboard.press('Escape');
  await expect(selected).toHaveCount(0);
  await a.mouse.dblclick(onALine.x, onALine.y);
  await expect(a.getByRole('heading', { name: /^つながりを編集（/ })).toBeFocused();
  await expect(a.getByLabel('種類').locator('option:checked')).toHaveText(kind ?? '');
  await a.getByRole('button', { name: 'キャンセル' }).click();

  await a.mouse.click(onALine.x, onALine.y);
  await expect(selected).toHaveCount(1);
  await a.keyboard.press('Delete');
  await expect(a.getByTestId('board-announcer')).toHaveText('つながりを削除しました。');
  await expect(selected).toHaveCount(0);
  await expect.poll(drawnTies).toBe(519);
  await expectAccessible(a, 'big board canvas');
});

test('no errors in the browser consoles', () => {
  expect(consoleErrors).toEqual([]);
});
