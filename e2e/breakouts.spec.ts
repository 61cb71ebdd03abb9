import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { type MeetingCouncil, startMeetingCouncil } from './support/meetingCouncil';
import { PORTS } from './support/ports';

// Small groups (breakouts) with three people: the facilitator, a member and a guest by link. The
// facilitator splits them by hand, each group writes in its own area of the note wall, a message
// reaches every group, and after the call back everyone sees every group's outcome.

let council: MeetingCouncil;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  council = await startMeetingCouncil(PORTS.breakouts);
});

test.afterAll(async () => {
  await council?.stop();
});

const groupsOf = (page: Page) =>
  page.getByRole('region', { name: '小グループ（ブレイクアウト）', exact: true });
const wallOf = (page: Page) => page.getByRole('region', { name: '付箋', exact: true });

async function addNote(page: Page, text: string) {
  const wall = wallOf(page);
  await wall.getByLabel('内容', { exact: true }).fill(text);
  await wall.getByRole('button', { name: '付箋を貼る' }).click();
}

test('split by hand, each group writes in its own area, a message to all, call back shows every outcome', async ({
  browser,
}) => {
  const meetingId = await council.createMeeting('合同交流会 小グループ');
  const link = await council.sessions.facilitator.post(`/api/meetings/${meetingId}/guest-links`, {
    data: { expiresInHours: 2, passcode: '' },
  });
  const { token } = await link.json();
  const f = await council.open(browser, 'facilitator');
  const m = await council.open(browser, 'member');
  const g = await council.openAnonymous(browser);
  await f.goto(`/meetings/${meetingId}`);
  await m.goto(`/meetings/${meetingId}`);
  await g.goto(`/guest/${token}`);
  await g.getByLabel('表示するお名前').fill('地域の方 森');
  await g.getByRole('button', { name: '参加する' }).click();
  for (const page of [f, m, g]) {
    await expect(page.getByText('会議に参加しています。')).toBeVisible();
  }
  await f.getByRole('checkbox', { name: '付箋を書ける' }).check();
  await expect(wallOf(g).getByRole('button', { name: '付箋を貼る' })).toBeVisible();

  // Members and guests see no split form.
  await expect(groupsOf(m).getByRole('button', { name: 'グループに分かれて始める' })).toHaveCount(
    0,
  );
  await expect(groupsOf(g).getByRole('button', { name: 'グループに分かれて始める' })).toHaveCount(
    0,
  );

  // The facilitator splits by hand, by keyboard-operable radios and selects.
  const steer = groupsOf(f);
  await steer.getByRole('radio', { name: '手で選ぶ' }).check();
  await steer.getByRole('button', { name: 'いま参加している人を読み込む' }).click();
  await steer.getByLabel('相談支援 上田').selectOption({ label: 'グループ1' });
  await steer.getByLabel('地域の方 森').selectOption({ label: 'グループ2' });
  await expect(steer.getByLabel('事務局 今井')).toHaveValue('0');
  await steer.getByLabel('グループの時間（分）').fill('15');
  await steer.getByRole('button', { name: 'グループに分かれて始める' }).click();

  await expect(
    groupsOf(m).getByRole('heading', { name: 'あなたのグループ：グループ1' }),
  ).toBeVisible();
  await expect(groupsOf(m).getByRole('status')).toHaveText(
    '小グループに分かれました。あなたはグループ1です。',
  );
  await expect(
    groupsOf(g).getByRole('heading', { name: 'あなたのグループ：グループ2' }),
  ).toBeVisible();
  await expect(groupsOf(g).getByRole('list', { name: 'グループ2のメンバー' })).toHaveText(
    '地域の方 森',
  );
  await expect(groupsOf(g).locator('.breakout-own .timer-value')).toHaveText(/^1[45]:\d\d$/);
  await expect(steer.getByRole('heading', { name: 'すべてのグループ' })).toBeVisible();

  // Each writes in their group's area; the other group's notes are not in theirs.
  await expect(wallOf(m).getByText(/^グループ1の付箋です。/)).toBeVisible();
  await addNote(m, '子どもと高齢者が一緒に過ごせる場がほしい');
  await addNote(g, '地域の見守りを若い人にも');
  await expect(wallOf(m).getByText('子どもと高齢者が一緒に過ごせる場がほしい')).toBeVisible();
  await expect(wallOf(g).getByText('地域の見守りを若い人にも')).toBeVisible();
  await expect(wallOf(g).getByText('子どもと高齢者が一緒に過ごせる場がほしい')).toHaveCount(0);

  // The member pauses their own group's timer.
  await groupsOf(m).getByRole('button', { name: 'グループ1のタイマーを止める' }).click();
  await expect(
    groupsOf(f).getByRole('button', { name: 'グループ1のタイマーを始める' }),
  ).toBeVisible();

  // A message to all groups, shown and announced.
  await steer.getByLabel('全グループへのメッセージ').fill('あと5分でまとめてください');
  await steer.getByRole('button', { name: '全グループに送る' }).click();
  for (const page of [m, g]) {
    await expect(groupsOf(page).getByText('あと5分でまとめてください').first()).toBeVisible();
    await expect(groupsOf(page).getByRole('status')).toHaveText(
      '進行役からのメッセージ：あと5分でまとめてください',
    );
  }
  await expectAccessible(m, 'a member in a small group');
  await expectAccessible(f, 'the facilitator steering small groups');

  await steer.getByRole('button', { name: '全員を呼び戻す' }).click();
  for (const page of [f, m, g]) {
    const outcomes = wallOf(page).getByRole('region', { name: '各グループの成果' });
    await expect(outcomes.getByRole('region', { name: 'グループ1' })).toContainText(
      '子どもと高齢者が一緒に過ごせる場がほしい',
    );
    await expect(outcomes.getByRole('region', { name: 'グループ1' })).toContainText(
      'メンバー：相談支援 上田',
    );
    await expect(outcomes.getByRole('region', { name: 'グループ2' })).toContainText(
      '地域の見守りを若い人にも',
    );
  }
  await expect(groupsOf(m).getByRole('status')).toHaveText(
    '全員が戻りました。各グループの成果は付箋の欄で全員が見られます。',
  );
  // Anyone can now open a group's area on the wall.
  await wallOf(g).getByLabel('表示する場所').selectOption({ label: 'グループ1' });
  await expect(wallOf(g).getByRole('button', { name: /^付箋「子どもと高齢者が/ })).toBeVisible();
  await expectAccessible(g, 'outcomes after the call back');
  for (const page of [f, m, g]) await page.context().close();
});
