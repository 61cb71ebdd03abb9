import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { type MeetingCouncil, startMeetingCouncil } from './support/meetingCouncil';
import { PORTS } from './support/ports';

// Small groups (breakouts) with three people: the facilitator, a member and a guest by link. The
// facilitator splits them by hand, each group writes in its own area of the note wall, a message
// reaches every group, and after the call back everyone sees every group's outcome. The same three
// follow the facilitator's view when summoned, and see a card in the spotlight.

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
  const { f, m, g } = await council.openMeeting(browser, meetingId, '地域の方 森');
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

/** The line of the summon bar (a polite live region) that says this. */
const said = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

test('the facilitator brings everyone to their view, Escape leaves it, and a card in the spotlight is shown to all', async ({
  browser,
}) => {
  const cardId = await council.createCard('C', '災害時の支援');
  const meetingId = await council.createMeeting('全体会 呼び寄せ');
  const { f, m, g } = await council.openMeeting(browser, meetingId, '地域の方 伊藤');
  await expect(m.getByRole('button', { name: '全員を自分の画面へ' })).toHaveCount(0);
  await expect(g.getByRole('button', { name: '全員を自分の画面へ' })).toHaveCount(0);

  // The facilitator looks at the note wall as a list and brings everyone there.
  await wallOf(f).getByRole('button', { name: '一覧で見る' }).click();
  await f.getByRole('button', { name: '全員を自分の画面へ' }).click();
  await expect(said(f, '全員をあなたの画面に合わせています（付箋・会議全体・一覧）')).toBeVisible();
  for (const page of [m, g]) {
    await expect(
      said(page, '事務局 今井さんの画面に合わせています（付箋・会議全体・一覧）'),
    ).toBeVisible();
    await expect(wallOf(page).getByRole('button', { name: '一覧で見る' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(wallOf(page).getByRole('heading', { name: '付箋', exact: true })).toBeFocused();
    await expect(page.getByRole('button', { name: '離れる' })).toBeVisible();
  }
  await expectAccessible(m, 'a member following the facilitator’s view');

  // The guest leaves with one key.
  await g.keyboard.press('Escape');
  await expect(said(g, 'あなたは離れています。')).toBeVisible();
  await expect(g.getByRole('button', { name: '合わせる' })).toBeVisible();

  // The facilitator moves on to the small groups: the member is taken along, the guest is not.
  await groupsOf(f).getByRole('radio', { name: 'ランダムに' }).focus();
  await expect(said(m, '事務局 今井さんの画面に合わせています（小グループ）')).toBeVisible();
  await expect(
    groupsOf(m).getByRole('heading', { name: '小グループ（ブレイクアウト）' }),
  ).toBeFocused();
  // Back on the wall, as a wall now: the guest keeps their list.
  await wallOf(f).getByRole('button', { name: '壁で見る' }).click();
  await expect(wallOf(m).getByRole('button', { name: '壁で見る' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(said(g, '（いま：付箋・会議全体・壁）')).toBeVisible();
  await expect(wallOf(g).getByRole('button', { name: '一覧で見る' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The member leaves by choosing another layout, and comes back by the button.
  await wallOf(m).getByRole('button', { name: '一覧で見る' }).click();
  await expect(said(m, 'あなたは離れています。')).toBeVisible();
  await m.getByRole('button', { name: '合わせる' }).click();
  await expect(wallOf(m).getByRole('button', { name: '壁で見る' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // A card in the spotlight: its name for everyone, a link to it for those who may open it.
  const spotlight = f.getByRole('region', { name: 'スポットライト', exact: true });
  await spotlight.getByLabel('カード', { exact: true }).selectOption({ label: 'C 災害時の支援' });
  await spotlight.getByRole('button', { name: 'カードにスポットライトを当てる' }).click();
  for (const page of [f, m, g]) {
    await expect(said(page, 'スポットライト：課題カード「C 災害時の支援」')).toBeVisible();
  }
  await expect(m.getByRole('link', { name: 'カードを開く' })).toHaveAttribute(
    'href',
    `/cards/${cardId}`,
  );
  await expect(g.getByRole('link', { name: 'カードを開く' })).toHaveCount(0);
  await expectAccessible(g, 'a guest who left the summon, with a card in the spotlight');
  await expectAccessible(f, 'the facilitator summoning, with a card in the spotlight');

  await f.getByRole('button', { name: '呼び寄せを終える' }).click();
  await f.getByRole('button', { name: 'スポットライトを消す' }).click();
  for (const page of [m, g]) {
    await expect(said(page, '事務局 今井さん')).toHaveCount(0);
    await expect(said(page, 'スポットライト：')).toHaveCount(0);
  }
  for (const page of [f, m, g]) await page.context().close();
});
