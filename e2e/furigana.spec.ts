import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { chromiumName, unreadKanji } from './support/furigana';
import { type MeetingCouncil, startMeetingCouncil } from './support/meetingCouncil';
import { PORTS } from './support/ports';

// ふりがな in a live meeting: a member turns it on for themselves (kept in their account), the
// facilitator turns it on for the guests; on both pages every kanji shown carries its reading,
// screen readers get each word once, and axe finds nothing.

let council: MeetingCouncil;
let meetingId = '';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  council = await startMeetingCouncil(PORTS.furigana);
  meetingId = await council.createMeeting('令和8年度 第1回 合同交流会');
});

test.afterAll(async () => {
  await council?.stop();
});

const TITLE = '令和8年度 第1回 合同交流会';
const furiganaSwitch = (page: Page) => page.getByRole('button', { name: 'ふりがな', exact: true });
const wallOf = (page: Page) => page.getByRole('region', { name: '付箋', exact: true });

async function addNote(page: Page, text: string) {
  await wallOf(page).getByLabel('内容', { exact: true }).fill(text);
  await wallOf(page).getByRole('button', { name: '付箋を貼る' }).click();
}

/** Waits until the page shows readings over every kanji (user text's come from the server). */
async function expectEveryKanjiRead(page: Page) {
  await expect.poll(() => unreadKanji(page), { timeout: 30_000 }).toEqual([]);
  expect(await page.locator('ruby').count()).toBeGreaterThan(20);
}

let guest: Page;

test('a member turns ふりがな on: every kanji of the meeting has its reading, said once by screen readers, and it stays on', async ({
  browser,
}) => {
  const { f, m, g } = await council.openMeeting(browser, meetingId, '民生委員 大野');
  guest = g;
  await f.getByRole('button', { name: '最初の議題を始める' }).click();
  await expect(m.getByText('いまの議題：1. グループワーク')).toBeVisible();
  await addNote(f, '放課後の居場所が足りない');
  await expect(wallOf(m).getByText('放課後の居場所が足りない')).toBeVisible();

  await expect(furiganaSwitch(m)).toHaveAttribute('aria-pressed', 'false');
  await expect(m.locator('ruby')).toHaveCount(0);
  await furiganaSwitch(m).click();
  await expect(furiganaSwitch(m)).toHaveAttribute('aria-pressed', 'true');
  await expectEveryKanjiRead(m);
  await expect(m.locator('h1 ruby').first()).toBeVisible();

  // Chromium's accessibility tree names each by its text alone, the readings left out (<rt> is
  // aria-hidden), so a screen reader says each word once.
  expect(await chromiumName(m, 'main h1')).toBe(TITLE);
  expect(await chromiumName(m, '#timer-title')).toBe('タイマー');
  expect(await chromiumName(m, '.meeting-hands button')).toBe('手を挙げる');
  expect(await m.locator('main h1').innerText()).toContain('れいわ');
  // Playwright's own name computation spaces the ruby out, but finds it.
  await expect(m.getByRole('heading', { name: /^令和\s*8\s*年度/, level: 1 })).toBeVisible();
  await expectAccessible(m, 'meeting with ふりがな (member)');

  // The others chose nothing: their pages have no readings.
  await expect(f.locator('main ruby')).toHaveCount(0);
  await expect(g.locator('main ruby')).toHaveCount(0);

  // Kept in the account: after a reload, and in a new browser where the device knows nothing.
  await m.reload();
  await expect(furiganaSwitch(m)).toHaveAttribute('aria-pressed', 'true');
  await expectEveryKanjiRead(m);
  const elsewhere = await council.open(browser, 'member');
  await elsewhere.goto(`/meetings/${meetingId}`);
  await expect(furiganaSwitch(elsewhere)).toHaveAttribute('aria-pressed', 'true');
  await furiganaSwitch(elsewhere).click();
  await expect(furiganaSwitch(elsewhere)).toHaveAttribute('aria-pressed', 'false');
  await m.reload();
  await expect(furiganaSwitch(m)).toHaveAttribute('aria-pressed', 'false');
  await expect(m.locator('main ruby')).toHaveCount(0);
  await f.context().close();
  await elsewhere.context().close();
  await m.context().close();
});

test('the facilitator turns ふりがな on for the guests, whose pages then read every kanji', async ({
  browser,
}) => {
  const f = await council.open(browser, 'facilitator');
  await f.goto(`/meetings/${meetingId}`);
  const forGuests = f.getByLabel('ゲストの画面の漢字に読みがなを付ける');
  // The box follows the meeting's live state: it is ticked once the server took the command.
  await forGuests.click();
  await expect(forGuests).toBeChecked();
  await expectEveryKanjiRead(guest);
  await expect(furiganaSwitch(guest)).toHaveAttribute('aria-pressed', 'false');
  await expectAccessible(guest, 'meeting with ふりがな (guest)');
  // The facilitator's own page stays as they chose.
  await expect(f.locator('main ruby')).toHaveCount(0);

  await guest.reload();
  await expectEveryKanjiRead(guest);
  await forGuests.click();
  await expect(forGuests).not.toBeChecked();
  await expect(guest.locator('main ruby')).toHaveCount(0);

  // A guest's own choice is kept on their device.
  await furiganaSwitch(guest).click();
  await expectEveryKanjiRead(guest);
  await guest.reload();
  await expect(furiganaSwitch(guest)).toHaveAttribute('aria-pressed', 'true');
  await expectEveryKanjiRead(guest);
  await f.context().close();
  await guest.context().close();
});
