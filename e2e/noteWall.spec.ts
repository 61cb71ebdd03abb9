import { expect, type Page, test } from '@playwright/test';
import { tabTo } from './support/app';
import { expectAccessible } from './support/axe';
import { type MeetingCouncil, startMeetingCouncil } from './support/meetingCouncil';
import { PORTS } from './support/ports';

// The sticky-note wall of a meeting: people add notes, move them, group them (KJ法), by mouse
// and by keyboard, and read them as a list.

let council: MeetingCouncil;
let meetingId = '';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  council = await startMeetingCouncil(PORTS.noteWall);
  meetingId = await council.createMeeting('合同交流会 グループワーク');
});

test.afterAll(async () => {
  await council?.stop();
});

const wallOf = (page: Page) => page.getByRole('region', { name: '付箋', exact: true });
const noteOn = (page: Page, text: string) =>
  wallOf(page).getByRole('button', { name: new RegExp(`^付箋「${text}」`) });

async function addNote(page: Page, text: string, tint: string) {
  const wall = wallOf(page);
  await wall.getByLabel('内容', { exact: true }).fill(text);
  await wall.getByLabel('色（分野または好きな色）').selectOption({ label: tint });
  await wall.getByRole('button', { name: '付箋を貼る' }).click();
}

test('two members write notes, group them by keyboard and by mouse, and read them as a list', async ({
  browser,
}) => {
  const f = await council.open(browser, 'facilitator');
  const m = await council.open(browser, 'member');
  for (const page of [f, m]) {
    await page.goto(`/meetings/${meetingId}`);
    await expect(page.getByText('会議に参加しています。')).toBeVisible();
    await expect(wallOf(page).getByRole('button', { name: '付箋を貼る' })).toBeVisible();
  }

  await addNote(m, '放課後の居場所が足りない', '児童・子ども');
  await addNote(f, '送迎の手段がない', '高齢・介護');
  await expect(noteOn(f, '放課後の居場所が足りない')).toContainText('相談支援 上田');
  await expect(noteOn(m, '送迎の手段がない')).toBeVisible();

  // The facilitator makes a group heading.
  const groups = wallOf(f).locator('details.note-groups-editor');
  await groups.locator('summary').click();
  await groups.getByLabel('新しいグループの名前').fill('居場所');
  await groups.getByRole('button', { name: 'グループを作る' }).click();
  await expect(wallOf(m).getByRole('heading', { name: '居場所' })).toBeVisible();

  // The member moves their note by keyboard: two steps right, then G puts it in the group.
  const mine = noteOn(m, '放課後の居場所が足りない');
  await tabTo(m, mine);
  await m.keyboard.press('Enter');
  const before = await noteOn(f, '放課後の居場所が足りない').evaluate((el) => el.style.left);
  await m.keyboard.press('ArrowRight');
  await m.keyboard.press('Shift+ArrowRight');
  await expect
    .poll(() => noteOn(f, '放課後の居場所が足りない').evaluate((el) => el.style.left))
    .toBe(`${Number.parseInt(before, 10) + 60}px`);
  await m.keyboard.press('g');
  await expect(wallOf(m).getByLabel('グループ', { exact: true })).toBeFocused();
  await m.keyboard.press('ArrowDown');
  await expect(
    wallOf(f)
      .locator('section.note-group', { hasText: '居場所' })
      .getByRole('button', {
        name: /放課後の居場所が足りない/,
      }),
  ).toBeVisible();
  await expectAccessible(m, 'note wall, a note selected');

  // The facilitator drags the other note into the group with the mouse.
  const other = noteOn(f, '送迎の手段がない');
  const target = wallOf(f).locator('section.note-group', { hasText: '居場所' });
  await other.dragTo(target);
  await expect(
    wallOf(m)
      .locator('section.note-group', { hasText: '居場所' })
      .getByRole('button', {
        name: /送迎の手段がない/,
      }),
  ).toBeVisible();

  // Each edits only their own words: the member's tools for the facilitator's note have no text.
  await noteOn(m, '送迎の手段がない').click();
  await expect(wallOf(m).getByRole('button', { name: '内容を保存' })).toHaveCount(0);
  await noteOn(m, '放課後の居場所が足りない').click();
  await wallOf(m).getByLabel('選んだ付箋の内容').fill('放課後と休日の居場所が足りない');
  await wallOf(m).getByRole('button', { name: '内容を保存' }).click();

  // The list view, as a screen reader reads it.
  await wallOf(f).getByRole('button', { name: '一覧で見る' }).click();
  const group = wallOf(f).getByRole('region', { name: /^居場所（/ });
  await expect(group).toHaveAccessibleName('居場所（2枚）');
  await expect(group.getByRole('listitem')).toHaveCount(2);
  await expect(group).toContainText('放課後と休日の居場所が足りない');
  await expect(group).toContainText('相談支援 上田・児童・子ども');
  await expectAccessible(f, 'note wall as a list');

  // Taking one's note down.
  await noteOn(m, '放課後と休日の居場所が足りない').click();
  await wallOf(m).getByRole('button', { name: 'この付箋をはがす' }).click();
  await expect(group).toHaveAccessibleName('居場所（1枚）');
  await expect(group.getByRole('listitem')).toHaveCount(1);
  await f.context().close();
  await m.context().close();
});

test('a guest by link sees the wall, writes on it once the facilitator allows it', async ({
  browser,
}) => {
  const link = await council.sessions.facilitator.post(`/api/meetings/${meetingId}/guest-links`, {
    data: { expiresInHours: 2, passcode: '' },
  });
  const { token } = await link.json();
  const f = await council.open(browser, 'facilitator');
  const g = await council.openAnonymous(browser);
  await f.goto(`/meetings/${meetingId}`);
  await g.goto(`/guest/${token}`);
  await g.getByLabel('表示するお名前').fill('民生委員 大野');
  await g.getByRole('button', { name: '参加する' }).click();
  await expect(noteOn(g, '送迎の手段がない')).toBeVisible();
  await expect(
    wallOf(g).getByText('付箋を見ることはできますが、書くことはできません。'),
  ).toBeVisible();
  await expect(wallOf(g).getByRole('button', { name: '付箋を貼る' })).toHaveCount(0);

  await f.getByRole('checkbox', { name: '付箋を書ける' }).check();
  await addNote(g, '見守りの目が足りない', '緑');
  await expect(noteOn(f, '見守りの目が足りない')).toContainText('民生委員 大野');
  await expectAccessible(g, 'note wall, guest writing');
  await f.context().close();
  await g.context().close();
});

test('private mode: each sees only their own new notes until the facilitator reveals them all', async ({
  browser,
}) => {
  const { f, m, g } = await council.openMeeting(browser, meetingId, '地域の方 森');
  await expect(wallOf(m).getByRole('button', { name: '非公開モードを始める' })).toHaveCount(0);
  await wallOf(f).getByRole('button', { name: '非公開モードを始める' }).click();
  await expect(wallOf(g).getByText(/^非公開モード中：/)).toBeVisible();

  await addNote(m, '家族の休息が取れない', 'ピンク');
  await addNote(g, '地域の集まりに若い人がいない', '青');
  const mine = wallOf(m).getByRole('list', { name: 'あなただけに見えている付箋' });
  await expect(mine).toContainText('家族の休息が取れない');
  await expect(wallOf(g).getByRole('list', { name: 'あなただけに見えている付箋' })).toContainText(
    '地域の集まりに若い人がいない',
  );
  await expectAccessible(m, 'note wall in private mode');
  // Nobody else has them: not on the wall, not anywhere on the page.
  for (const page of [f, g]) await expect(page.getByText('家族の休息が取れない')).toHaveCount(0);
  await expect(m.getByText('地域の集まりに若い人がいない')).toHaveCount(0);

  await wallOf(f).getByRole('button', { name: '全員の付箋を公開する' }).click();
  for (const page of [f, m, g]) {
    await expect(noteOn(page, '家族の休息が取れない')).toContainText('相談支援 上田');
    await expect(noteOn(page, '地域の集まりに若い人がいない')).toContainText('地域の方 森');
  }
  await expect(wallOf(m).getByText('いまは全員の付箋が見えています。')).toBeVisible();
  await expectAccessible(f, 'note wall after the reveal');
  for (const page of [f, m, g]) await page.context().close();
});

test('the facilitator makes a note an entry of an issue card, and the card leads back to the meeting', async ({
  browser,
}) => {
  const cardId = await council.createCard('B', '移動の支援');

  const f = await council.open(browser, 'facilitator');
  const m = await council.open(browser, 'member');
  for (const page of [f, m]) await page.goto(`/meetings/${meetingId}`);
  await addNote(m, '病院への送迎があったらいいな', '黄色');
  await noteOn(f, '病院への送迎があったらいいな').click();
  // Only the facilitator is offered it.
  await noteOn(m, '病院への送迎があったらいいな').click();
  await expect(wallOf(m).getByRole('form', { name: '課題カードに送る' })).toHaveCount(0);

  const tools = wallOf(f).getByRole('region', { name: /^選んだ付箋：/ });
  const send = tools.getByRole('form', { name: '課題カードに送る' });
  await send.getByLabel('送り先のカード').selectOption({ label: 'B 移動の支援' });
  await expect(send.getByLabel('欄')).toHaveValue('ideas');
  await send.getByRole('button', { name: 'カードに送る' }).click();
  await expect(tools.getByRole('status')).toContainText(
    '「B 移動の支援」の「あったらいいな（アイデア）」に加えました。',
  );
  await expect(tools.getByRole('link', { name: 'B 移動の支援' })).toBeVisible();
  // Everyone's wall shows where it went.
  await expect(noteOn(m, '病院への送迎があったらいいな')).toContainText('カードに送信済み');
  await expectAccessible(f, 'note wall, sending a note to a card');

  // The card has it in its column, with the way back to the meeting, and its story says so.
  await m.goto(`/cards/${cardId}`);
  const entry = m.getByRole('button', { name: '病院への送迎があったらいいな' });
  await expect(entry).toBeVisible();
  await expect(
    m.getByText(
      '会議「合同交流会 グループワーク」の付箋「病院への送迎があったらいいな」を「あったらいいな（アイデア）」に追加',
    ),
  ).toBeVisible();
  await m.getByRole('link', { name: '会議の付箋から' }).click();
  await expect(m).toHaveURL(new RegExp(`/meetings/${meetingId}$`));
  await f.context().close();
  await m.context().close();
});
