import { type Browser, expect, type Page, test } from '@playwright/test';
import { tabTo } from './support/app';
import { expectAccessible } from './support/axe';
import {
  type MeetingCouncil,
  type MeetingWho,
  MEETING_PEOPLE as people,
  startMeetingCouncil,
} from './support/meetingCouncil';
import { PORTS } from './support/ports';

// A live meeting needs a facilitator and a member in their own first-run council, so this file
// runs its own server with a fresh database.
let council: MeetingCouncil;
let councilId = '';

// Two browsers and axe on a busy machine take longer than the default.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  council = await startMeetingCouncil(PORTS.meeting);
  councilId = council.councilId;
});

test.afterAll(async () => {
  await council?.stop();
});

const open = (browser: Browser, who: MeetingWho): Promise<Page> => council.open(browser, who);

/** The seconds the timer shows on a page ("残り 4:58" → 298). */
async function secondsShown(page: Page): Promise<number> {
  const text = (await page.getByTestId('timer').locator('.timer-value').textContent()) ?? '';
  const [m, s] = text.split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
}

let meetingPath = '';

test('the secretariat creates a meeting with an agenda from the council home', async ({
  browser,
}) => {
  const f = await open(browser, 'facilitator');
  await f.goto(`/councils/${councilId}`);
  const section = f.getByRole('region', { name: '会議', exact: true });
  await expect(section.getByText('予定されている会議はありません。')).toBeVisible();
  await expect(section.getByText('準備中')).toHaveCount(0);
  await f.getByRole('link', { name: '会議を作成' }).click();
  await expect(f.getByRole('heading', { name: '会議を作成', level: 1 })).toBeVisible();
  await f.getByLabel('種類').selectOption({ label: '合同交流会' });
  await f.getByLabel('会議名').fill('令和8年度 第1回 合同交流会');
  await f.getByLabel('日時').fill('2026-12-20T14:00');
  await f.getByLabel('場所').fill('市民会館 大会議室');
  await f.getByLabel('議題 1 の名前').fill('開会・趣旨説明');
  await f.getByLabel('議題 1 の時間（分）').fill('5');
  await f.getByLabel('議題 1 の担当').fill('事務局');
  await f.getByRole('button', { name: '議題を追加' }).click();
  await f.getByLabel('議題 2 の名前').fill('グループワーク：居場所づくり');
  await f.getByLabel('議題 2 の時間（分）').fill('60');
  await expectAccessible(f, 'meeting form');
  await f.getByRole('button', { name: '保存' }).click();

  await expect(
    f.getByRole('heading', { name: '令和8年度 第1回 合同交流会', level: 1 }),
  ).toBeVisible();
  meetingPath = new URL(f.url()).pathname;
  await f.goto(`/councils/${councilId}`);
  await expect(f.getByRole('link', { name: '令和8年度 第1回 合同交流会' })).toBeVisible();

  await f.goto(`${meetingPath}/print`);
  await expect(f.getByRole('cell', { name: 'グループワーク：居場所づくり' })).toBeVisible();
  await expect(f.getByRole('cell', { name: /14:05/ })).toBeVisible();
  await expectAccessible(f, 'printable agenda');
  await f.context().close();
});

test('the facilitator advances the agenda and starts the timer; the member sees it and raises a hand', async ({
  browser,
}) => {
  const f = await open(browser, 'facilitator');
  const m = await open(browser, 'member');
  for (const page of [f, m]) {
    await page.goto(meetingPath);
    await expect(page.getByText('会議に参加しています。')).toBeVisible();
  }
  // Steering is the facilitator's: the member has no agenda or timer controls.
  await expect(m.getByRole('button', { name: '最初の議題を始める' })).toHaveCount(0);

  await f.getByRole('button', { name: '最初の議題を始める' }).click();
  await expect(m.getByText('いまの議題：1. 開会・趣旨説明')).toBeVisible();
  await f.getByRole('button', { name: '開始' }).click();
  await expect(m.getByText('（進行中）')).toBeVisible();
  // Both screens count the same server timer.
  await expect.poll(() => secondsShown(m)).toBeLessThan(300);
  const [fs, ms] = await Promise.all([secondsShown(f), secondsShown(m)]);
  expect(Math.abs(fs - ms)).toBeLessThanOrEqual(1);
  await f.getByRole('button', { name: '+5分' }).click();
  await expect.poll(() => secondsShown(m)).toBeGreaterThan(500);
  await expectAccessible(f, 'meeting page, facilitator');

  // The member raises a hand by keyboard.
  const raise = m.getByRole('button', { name: '手を挙げる' });
  await tabTo(m, raise);
  await m.keyboard.press('Enter');
  await expect(f.getByRole('list', { name: '挙手の順番' })).toContainText(
    people.member.displayName,
  );
  await expectAccessible(m, 'meeting page, member with a raised hand');
  await f.getByRole('button', { name: '次の人を指名' }).click();
  await expect(m.getByText(`発言中：${people.member.displayName}`)).toBeVisible();

  await f.getByRole('button', { name: '次の議題' }).click();
  await expect(m.getByText('いまの議題：2. グループワーク：居場所づくり')).toBeVisible();
  await expect(m.locator('[aria-current="step"]')).toContainText('グループワーク');
  await expect(m.getByText('（停止中）')).toBeVisible();
  await f.context().close();
  await m.context().close();
});

test('a guest joins by link with a name, sees the current item, and raises a hand', async ({
  browser,
}) => {
  const f = await open(browser, 'facilitator');
  await f.goto(meetingPath);
  const invite = f.getByRole('region', { name: 'ゲストの招待（リンクとQRコード）' });
  await invite.getByLabel('合言葉（任意）').fill('sakura');
  await invite.getByRole('button', { name: 'リンクを作成' }).click();
  await expect(invite.getByRole('img', { name: 'ゲスト用リンクのQRコード' })).toBeVisible();
  const link = await invite.getByLabel('ゲスト用リンク').inputValue();
  expect(link).toMatch(/\/guest\/[\w-]+$/);
  await expectAccessible(f, 'meeting page with a guest link');

  // A browser with no account at all.
  const guestContext = await browser.newContext({ baseURL: council.base });
  const g = await guestContext.newPage();
  await g.goto(link);
  await g.getByLabel('表示するお名前').fill('民生委員 大野');
  await g.getByLabel('合言葉（任意）').fill('momiji');
  await g.getByRole('button', { name: '参加する' }).click();
  await expect(g.getByText('合言葉が違います。')).toBeVisible();
  await g.getByLabel('合言葉（任意）').fill('sakura');
  await expectAccessible(g, 'guest join page');
  await g.getByRole('button', { name: '参加する' }).click();

  await expect(g.getByText('いまの議題：2. グループワーク：居場所づくり')).toBeVisible();
  await expect(g.getByText('会議に参加しています。')).toBeVisible();
  await expect(g.getByRole('link', { name: '会議を編集' })).toHaveCount(0);
  await expect(g.getByRole('button', { name: '次の議題' })).toHaveCount(0);
  await g.getByRole('button', { name: '手を挙げる' }).click();
  await expect(f.getByRole('list', { name: '挙手の順番' })).toContainText('民生委員 大野');
  await expectAccessible(g, 'meeting page, guest');

  // The guest's cookie opens nothing else of the council.
  const me = await g.request.get('/api/me');
  expect(me.status()).toBe(401);
  await f.context().close();
  await guestContext.close();
});

test('a dot vote on the agenda cards: the member and a guest vote, the facilitator ends it, everyone sees the tally', async ({
  browser,
}) => {
  const meetingId = meetingPath.split('/').at(-1) ?? '';
  const facilitatorApi = council.sessions.facilitator;
  const terms = await (await facilitatorApi.get(`/api/councils/${councilId}/terms`)).json();
  const cards: { id: string; title: string }[] = [];
  for (const title of ['送迎の足りない地域', '休日の相談先']) {
    const card = await facilitatorApi.post(`/api/terms/${terms[0].id}/cards`, {
      data: { subcommitteeId: null, title },
    });
    cards.push({ id: (await card.json()).id, title });
  }
  const meeting = await (await facilitatorApi.get(`/api/meetings/${meetingId}`)).json();
  const agenda = meeting.agenda.map((item: { links: unknown[] }, i: number) =>
    i === 1
      ? { ...item, links: cards.map((c) => ({ kind: 'card', id: c.id, label: c.title })) }
      : item,
  );
  const edited = await facilitatorApi.put(`/api/meetings/${meetingId}`, {
    data: {
      kind: meeting.kind,
      title: meeting.title,
      startsAt: meeting.startsAt,
      durationMinutes: meeting.durationMinutes,
      place: meeting.place,
      onlineUrl: meeting.onlineUrl,
      facilitatorIds: meeting.facilitators.map((p: { userId: string }) => p.userId),
      agenda,
    },
  });
  expect(edited.ok()).toBe(true);
  const link = await facilitatorApi.post(`/api/meetings/${meetingId}/guest-links`, {
    data: { expiresInHours: 2, passcode: '' },
  });
  const { token } = await link.json();

  const f = await open(browser, 'facilitator');
  const m = await open(browser, 'member');
  const guestContext = await browser.newContext({ baseURL: council.base });
  const g = await guestContext.newPage();
  await g.goto(`/guest/${token}`);
  await g.getByLabel('表示するお名前').fill('地域の方 森');
  await g.getByRole('button', { name: '参加する' }).click();
  for (const page of [f, m, g]) {
    if (page !== g) await page.goto(meetingPath);
    await expect(page.getByText('会議に参加しています。')).toBeVisible();
  }

  // A quick reaction reaches everyone, with who sent it.
  await m.getByRole('button', { name: 'いいね' }).click();
  await expect(g.getByRole('list', { name: '最近のリアクション' })).toContainText(
    `${people.member.displayName}さん：いいね`,
  );

  const fVote = f.getByRole('region', { name: 'ドット投票' });
  await f.getByRole('checkbox', { name: '投票に参加できる' }).check();
  await fVote.getByLabel('投票の名前').fill('来期に優先する課題');
  await fVote.getByLabel('1人あたりの票数（1〜99）').fill('2');
  await expectAccessible(f, 'meeting page, starting a vote');
  await fVote.getByRole('button', { name: '投票を始める' }).click();

  const mVote = m.getByRole('region', { name: 'ドット投票' });
  await expect(mVote.getByText('残り2票')).toBeVisible();
  await mVote.getByRole('button', { name: '「休日の相談先」に1票入れる' }).click();
  await mVote.getByRole('button', { name: '「休日の相談先」に1票入れる' }).click();
  await expect(mVote.getByText('残り0票')).toBeVisible();
  // Changed their mind: one dot back, onto the other card.
  await mVote.getByRole('button', { name: '「休日の相談先」から1票戻す' }).click();
  await mVote.getByRole('button', { name: '「送迎の足りない地域」に1票入れる' }).click();
  await expectAccessible(m, 'meeting page, member voting');

  const gVote = g.getByRole('region', { name: 'ドット投票' });
  await gVote.getByRole('button', { name: '「休日の相談先」に1票入れる' }).click();
  await expect(fVote.getByText('投票した人：2人')).toBeVisible();
  // Results stay hidden while the vote is open.
  await expect(fVote.getByText('結果：来期に優先する課題')).toHaveCount(0);
  await fVote.getByRole('button', { name: '投票を締め切って結果を出す' }).click();

  for (const page of [f, m, g]) {
    const results = page.getByRole('region', { name: 'ドット投票' }).locator('.vote-results li');
    await expect(results.first()).toContainText('休日の相談先');
    await expect(results.first()).toContainText('2票');
    await expect(results.nth(1)).toContainText('1票');
  }
  await expectAccessible(g, 'meeting page, guest seeing the tally');
  await f.context().close();
  await m.context().close();
  await guestContext.close();
});
