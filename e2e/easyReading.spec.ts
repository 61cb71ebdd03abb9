import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { type MeetingCouncil, startMeetingCouncil } from './support/meetingCouncil';
import { PORTS } from './support/ports';

// Easy reading (issue 19): やさしい日本語 on the screens a guest meets, line breaks between
// phrases, a larger text size the canvas and tables follow, and no animated pans for those who
// asked for less motion. A first-run council on a server of its own.
let council: MeetingCouncil;
let boardId = '';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  council = await startMeetingCouncil(PORTS.easyReading);
  const board = await council.sessions.facilitator.post(
    `/api/councils/${council.councilId}/boards`,
    { data: { name: '相談支援ネットワーク' } },
  );
  expect(board.ok()).toBe(true);
  boardId = (await board.json()).id;
});

test.afterAll(async () => {
  await council?.stop();
});

test('a guest chooses やさしい日本語, joins the meeting and reads it in easy Japanese', async ({
  browser,
}) => {
  const meetingId = await council.createMeeting('みんなで話す会');
  const link = await council.sessions.facilitator.post(`/api/meetings/${meetingId}/guest-links`, {
    data: { expiresInHours: 2, passcode: '' },
  });
  const { token } = await link.json();
  const f = await council.open(browser, 'facilitator');
  await f.goto(`/meetings/${meetingId}`);
  await expect(f.getByText('会議に参加しています。')).toBeVisible();

  const g = await council.openAnonymous(browser);
  await g.goto(`/guest/${token}`);
  await expect(g.getByRole('heading', { name: '会議にゲストとして参加' })).toBeVisible();
  await g.getByRole('button', { name: 'やさしい日本語' }).click();
  await expect(g.getByRole('button', { name: 'やさしい日本語' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(g.getByRole('heading', { name: 'ゲストとして会議に入る' })).toBeVisible();
  // Screen readers read it with a Japanese voice.
  await expect(g.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(g.getByText('名前を入れて、会議に入ってください。')).toBeVisible();
  await expectAccessible(g, 'guest join page in easy Japanese');
  await g.getByLabel('見せる名前').fill('地域の人 森');
  await g.getByRole('button', { name: '会議に入る' }).click();

  await expect(g.getByText('会議に入っています。')).toBeVisible();
  await expect(g.getByRole('heading', { name: '話すこと' })).toBeVisible();
  await expect(g.getByRole('heading', { name: 'タイマー' })).toBeVisible();
  await expect(g.getByText('話が始まると、タイマーが出ます。')).toBeVisible();
  await f.getByRole('button', { name: '最初の議題を始める' }).click();
  await expect(g.getByText('いま話していること：1. グループワーク')).toBeVisible();
  await g.getByRole('button', { name: '手を挙げる' }).click();
  await expect(g.getByRole('button', { name: '手を下ろす' })).toBeVisible();
  await expect(f.getByRole('list', { name: '挙手の順番' })).toContainText('地域の人 森');
  await expectAccessible(g, 'meeting page in easy Japanese');

  // The choice stays with the device.
  await g.reload();
  await expect(g.getByText('会議に入っています。')).toBeVisible();
  await f.context().close();
  await g.context().close();
});

/** The line boxes of the first occurrence of `word` in the element: [top, width] each. */
function linesOf(element: Locator, word: string): Promise<[number, number][]> {
  return element.evaluate((node, text) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    // BudouX's <wbr> splits a heading into text nodes: find the word across them.
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    const whole = texts.map((t) => t.data).join('');
    let at = whole.indexOf(text);
    if (at < 0) throw new Error(`${text} not in ${whole}`);
    const range = document.createRange();
    let end = at + text.length;
    for (const t of texts) {
      if (at >= 0 && at <= t.data.length) range.setStart(t, at);
      if (end >= 0 && end <= t.data.length) {
        range.setEnd(t, end);
        break;
      }
      at -= t.data.length;
      end -= t.data.length;
    }
    const boxes = new Map<number, number>();
    for (const r of range.getClientRects()) {
      const top = Math.round(r.top);
      boxes.set(top, (boxes.get(top) ?? 0) + r.width);
    }
    return [...boxes];
  }, word);
}

test('headings break between phrases: 相談支援事業所 stays whole at every narrow width', async ({
  browser,
}) => {
  const cardId = await council.createCard('A', 'みどり市では相談支援事業所が足りない');
  const page = await council.open(browser, 'facilitator');
  await page.goto(`/cards/${cardId}`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('みどり市では相談支援事業所が足りない');
  const setWidth = (width: number) =>
    heading.evaluate((h, w) => {
      h.style.width = `${w}px`;
    }, width);
  // Narrower than the phrase itself (相談支援事業所が) it must break somewhere; from there up,
  // it never may.
  await setWidth(1000);
  const [[, wordWidth = 0] = []] = await linesOf(heading, '相談支援事業所が');
  expect(wordWidth).toBeGreaterThan(100);
  let wrapped = 0;
  for (let width = Math.ceil(wordWidth) + 1; width <= 640; width += 7) {
    await setWidth(width);
    const height = await heading.evaluate((h) => h.getBoundingClientRect().height);
    const lineHeight = await heading.evaluate((h) =>
      Number.parseFloat(getComputedStyle(h).lineHeight),
    );
    if (height > lineHeight * 1.5) wrapped += 1;
    expect(await linesOf(heading, '相談支援事業所'), `at ${width}px`).toHaveLength(1);
  }
  // The heading did wrap at most of those widths, so the word had chances to be split.
  expect(wrapped).toBeGreaterThan(20);
  await page.context().close();
});

async function openBoard(browser: Browser, who: 'facilitator' | 'member'): Promise<Page> {
  const page = await council.open(browser, who);
  await page.goto(`/boards/${boardId}`);
  await expect(page.getByRole('region', { name: 'ネットワークマップ' })).toBeVisible();
  return page;
}

const nodeHeight = async (page: Page) =>
  (await page.locator('.react-flow__node-agency').first().boundingBox())?.height ?? 0;

test('a larger text size makes the canvas nodes and the table text larger, and is remembered', async ({
  browser,
}) => {
  const page = await openBoard(browser, 'facilitator');
  await page.getByRole('button', { name: '一覧' }).click();
  await page.getByRole('button', { name: '事業所を追加' }).click();
  await page.getByLabel('事業所名').fill('みどり相談支援事業所');
  await page.getByLabel('層').selectOption({ label: 'Ⅱ 中核機関' });
  await page.getByRole('group', { name: '分野' }).getByLabel('障害').check();
  await page.getByRole('button', { name: '保存' }).click();
  const cell = page.getByRole('cell', { name: 'みどり相談支援事業所' });
  await expect(cell).toBeVisible();
  const fontSize = () => cell.evaluate((c) => Number.parseFloat(getComputedStyle(c).fontSize));
  const normalText = await fontSize();

  const sizes = page.getByRole('group', { name: '文字の大きさ' });
  await sizes.getByRole('button', { name: '150%' }).click();
  await expect.poll(fontSize).toBeCloseTo(normalText * 1.5, 0);

  await page.getByRole('button', { name: 'マップ', exact: true }).click();
  await expect(page.locator('.react-flow__node-agency')).toHaveCount(1);
  await expect.poll(() => nodeHeight(page)).toBeGreaterThan(0);
  const large = await nodeHeight(page);
  await sizes.getByRole('button', { name: '100%' }).click();
  await expect.poll(async () => (await nodeHeight(page)) / large).toBeCloseTo(1 / 1.5, 1);
  const normal = await nodeHeight(page);
  await sizes.getByRole('button', { name: '150%' }).click();
  await expect.poll(async () => (await nodeHeight(page)) / normal).toBeCloseTo(1.5, 1);
  await expectAccessible(page, 'board canvas at 150% text');

  // Opened again at 150%, the canvas fits the board and then shows it 1.5 times larger.
  await page.reload();
  await expect(sizes.getByRole('button', { name: '150%' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.react-flow__node-agency')).toHaveCount(1);
  await expect.poll(async () => (await nodeHeight(page)) / normal).toBeCloseTo(1.5, 1);
  await sizes.getByRole('button', { name: '100%' }).click();
  await page.context().close();
});

/** Every transform B's canvas shows, from now on, frame by frame as the style changes. */
async function recordTransforms(page: Page): Promise<() => Promise<string[]>> {
  await page.locator('.react-flow__viewport').evaluate((viewport) => {
    const seen: string[] = [];
    (window as unknown as { seenTransforms: string[] }).seenTransforms = seen;
    new MutationObserver(() => seen.push((viewport as HTMLElement).style.transform)).observe(
      viewport,
      { attributes: true, attributeFilter: ['style'] },
    );
  });
  return () =>
    page.evaluate(() => [
      ...new Set((window as unknown as { seenTransforms: string[] }).seenTransforms),
    ]);
}

test('following someone pans smoothly, but jumps at once for those who asked for less motion', async ({
  browser,
}) => {
  const a = await openBoard(browser, 'facilitator');
  const b = await openBoard(browser, 'member');
  const follow = b.getByRole('button', { name: '事務局 今井さんの画面に合わせる' });
  await follow.click();
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  const transform = (page: Page) =>
    page.locator('.react-flow__viewport').evaluate((v) => (v as HTMLElement).style.transform);
  await expect.poll(async () => transform(b)).toBe(await transform(a));

  let seen = await recordTransforms(b);
  await a.getByRole('button', { name: '拡大' }).click();
  await expect.poll(async () => transform(b)).toBe(await transform(a));
  // On the way from the old view to the new one.
  expect((await seen()).length).toBeGreaterThan(2);

  await b.emulateMedia({ reducedMotion: 'reduce' });
  seen = await recordTransforms(b);
  await a.getByRole('button', { name: '縮小' }).click();
  await expect.poll(async () => transform(b)).toBe(await transform(a));
  expect(await seen()).toEqual([await transform(a)]);
  await a.context().close();
  await b.context().close();
});
