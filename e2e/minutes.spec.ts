import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { MEETING_PEOPLE, type MeetingCouncil, startMeetingCouncil } from './support/meetingCouncil';
import { readPdf } from './support/pdf';
import { PORTS } from './support/ports';

// A meeting's minutes (議事録): the facilitator and a member co-write them live, add a decision
// and an action item on the agenda's card, a guest by link reads them, the facilitator closes the
// meeting; the card shows the action, the minutes are read-only, and they print to PDF and
// download as DOCX.

let council: MeetingCouncil;
let meetingId = '';
let cardId = '';
const ITEM = '1．居場所について';
const notesOf = (page: Page) => page.getByLabel(`「${ITEM}」の記録`);

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  council = await startMeetingCouncil(PORTS.minutes);
  const { facilitator } = council.sessions;
  const terms = await facilitator.get(`/api/councils/${council.councilId}/terms`);
  const termId = (await terms.json())[0].id;
  const card = await facilitator.post(`/api/terms/${termId}/cards`, {
    data: { subcommitteeId: null, code: 'A', title: '誰もがゆるやかにつながれる居場所づくり' },
  });
  expect(card.status()).toBe(201);
  cardId = (await card.json()).id;
  const meeting = await facilitator.post(`/api/councils/${council.councilId}/meetings`, {
    data: {
      kind: 'subcommittee',
      title: '第3回 相談支援ネットワーク部会',
      startsAt: '2026-12-20T14:00:00+09:00',
      durationMinutes: 90,
      place: '市役所 会議室A',
      onlineUrl: '',
      facilitatorIds: [],
      agenda: [
        {
          id: crypto.randomUUID(),
          title: '居場所について',
          minutes: 45,
          presenter: '',
          links: [{ kind: 'card', id: cardId, label: 'A 居場所づくり' }],
        },
      ],
    },
  });
  expect(meeting.status()).toBe(201);
  meetingId = (await meeting.json()).id;
});

test.afterAll(async () => {
  await council?.stop();
});

test('two people co-write the minutes live, add a decision and an action item, and closing puts it on the card', async ({
  browser,
}) => {
  const f = await council.open(browser, 'facilitator');
  const m = await council.open(browser, 'member');
  for (const page of [f, m]) {
    await page.goto(`/meetings/${meetingId}/minutes`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '第3回 相談支援ネットワーク部会 議事録',
    );
    await expect(notesOf(page)).toBeEditable({ timeout: 30_000 });
  }
  // Both joined live: both are attendees, and the first page saw the second arrive.
  const attendees = f.getByRole('region', { name: '出席者' });
  await expect(attendees).toContainText(MEETING_PEOPLE.facilitator.displayName);
  await expect(attendees).toContainText(MEETING_PEOPLE.member.displayName);

  // The member writes, the facilitator adds to the same text; each sees the other's words.
  await notesOf(m).click();
  await m.keyboard.type('放課後の居場所が足りない。');
  await expect(notesOf(f)).toHaveValue('放課後の居場所が足りない。');
  await notesOf(f).click();
  await f.keyboard.press('ControlOrMeta+End');
  await f.keyboard.type('送迎も課題。');
  await expect(notesOf(m)).toHaveValue('放課後の居場所が足りない。送迎も課題。');

  // A decision under the item, by the facilitator.
  const item = f.getByRole('region', { name: ITEM });
  await item.getByLabel('決定した内容').fill('空き時間の事業所と組む案を作る');
  await item.getByRole('button', { name: '決定事項を追加' }).click();
  await expect(m.getByRole('region', { name: ITEM }).getByLabel('決定事項1')).toHaveValue(
    '空き時間の事業所と組む案を作る',
  );

  // An action item on the agenda's card, by the member.
  await m.getByLabel('やること').fill('候補地を3か所調べる');
  await m
    .getByLabel('担当', { exact: true })
    .selectOption({ label: MEETING_PEOPLE.member.displayName });
  await m.getByLabel('期限').fill('2027-01-31');
  await m.getByLabel('地域課題カード').selectOption({ label: 'A 居場所づくり' });
  await m.getByRole('button', { name: 'アクションを追加' }).click();
  const actions = f.getByRole('region', { name: 'アクション', exact: true });
  await expect(actions.getByLabel('アクション1の内容')).toHaveValue('候補地を3か所調べる');
  await expect(actions).toContainText('2027年1月31日');
  await expect(actions).toContainText('会議の終了時にカードへ登録');
  await expect(f.getByText('保存済み')).toBeVisible();
  await expectAccessible(f, 'the minutes while the meeting runs');

  // A guest by link joins the meeting and reads the minutes, without writing them.
  const link = await council.sessions.facilitator.post(`/api/meetings/${meetingId}/guest-links`, {
    data: { expiresInHours: 2, passcode: '' },
  });
  const g = await council.openAnonymous(browser);
  await g.goto(`/guest/${(await link.json()).token}`);
  await g.getByLabel('表示するお名前').fill('民生委員 大野');
  await g.getByRole('button', { name: '参加する' }).click();
  await g.getByRole('link', { name: '議事録', exact: true }).click();
  await expect(notesOf(g)).toHaveValue('放課後の居場所が足りない。送迎も課題。');
  await expect(notesOf(g)).not.toBeEditable();
  await expect(g.getByRole('region', { name: '出席者' })).toContainText('民生委員 大野');
  await expect(g.getByRole('button', { name: 'アクションを追加' })).toHaveCount(0);
  await expectAccessible(g, 'the minutes for a guest by link');
  // The guest goes back to the meeting and stays there while it closes.
  await g.getByRole('link', { name: '会議へ戻る' }).click();
  await expect(g.getByText('会議に参加しています。')).toBeVisible();

  // The facilitator closes the meeting; a member is not offered it.
  await expect(m.getByRole('button', { name: '会議を終了する' })).toHaveCount(0);
  await f.getByRole('button', { name: '会議を終了する' }).click();
  await f.getByRole('button', { name: '終了して議事録を確定する' }).click();
  await expect(
    f.getByText('会議を終了しました。カード・ケースに登録したアクション：1件。'),
  ).toBeVisible({
    timeout: 30_000,
  });

  // The guest's place ended with the meeting, and their page says so.
  await expect(g.getByText('この会議への参加は終わりました', { exact: false })).toBeVisible({
    timeout: 30_000,
  });
  await g.context().close();

  // The minutes are now read-only for everyone, the member's open page too.
  for (const page of [f, m]) {
    await expect(page.getByText('この議事録は読み取り専用です。', { exact: false })).toBeVisible({
      timeout: 30_000,
    });
    await expect(notesOf(page)).not.toBeEditable();
    await expect(page.getByRole('button', { name: '決定事項を追加' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'アクションを追加' })).toHaveCount(0);
  }
  await expect(notesOf(m)).toHaveValue('放課後の居場所が足りない。送迎も課題。');
  await expect(m.getByRole('region', { name: 'アクション', exact: true })).toContainText(
    'カードに登録済み',
  );
  await expectAccessible(m, 'the minutes of a closed meeting');

  // The card shows the action, with its owner, due date and a link back to the minutes.
  await m.goto(`/cards/${cardId}`);
  const fromMeetings = m.getByRole('region', { name: '会議からのアクション' });
  await expect(fromMeetings).toContainText('候補地を3か所調べる');
  await expect(fromMeetings).toContainText(`担当：${MEETING_PEOPLE.member.displayName}`);
  await expect(fromMeetings).toContainText('期限：2027年1月31日');
  await expect(m.getByRole('region', { name: 'これまでの経過' })).toContainText(
    '会議「第3回 相談支援ネットワーク部会」の議事録からのアクション：候補地を3か所調べる',
  );
  await fromMeetings.getByRole('link', { name: /第3回 相談支援ネットワーク部会/ }).click();
  await expect(m.getByRole('heading', { level: 1 })).toHaveText(
    '第3回 相談支援ネットワーク部会 議事録',
  );
  await f.context().close();
  await m.context().close();
});

test('the closed minutes print to A4 with page numbers and download as DOCX', async ({
  browser,
}) => {
  const page = await council.open(browser, 'facilitator');
  await page.goto(`/meetings/${meetingId}/minutes`);
  await page.getByRole('link', { name: '印刷用の表示' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '第3回 相談支援ネットワーク部会 議事録',
  );
  await expectAccessible(page, 'the minutes’ print view');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Word 文書（.docx）をダウンロード' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('第3回 相談支援ネットワーク部会_議事録.docx');

  await page.emulateMedia({ media: 'print' });
  const { text, pages } = readPdf(await page.pdf({ preferCSSPageSize: true }));
  const folded = text.replace(/\s+/g, '');
  for (const expected of [
    '第3回 相談支援ネットワーク部会 議事録',
    '出席者',
    MEETING_PEOPLE.facilitator.displayName,
    MEETING_PEOPLE.member.displayName,
    '民生委員 大野',
    ITEM,
    '放課後の居場所が足りない。送迎も課題。',
    '空き時間の事業所と組む案を作る',
    '候補地を3か所調べる',
    '2027年1月31日',
    'A 居場所づくり',
  ]) {
    expect(folded, expected).toContain(expected.replace(/\s+/g, ''));
  }
  expect(folded).toContain(`1/${pages}`);
  expect(folded).not.toContain('印刷する');
  await page.context().close();
});

test('a case conference’s action item goes into the case’s plan, named only to the case’s members', async ({
  browser,
}) => {
  const { facilitator, member } = council.sessions;
  const memberId: string = (await (await member.get('/api/me')).json()).user.id;
  const created = await member.post(`/api/councils/${council.councilId}/cases`, {
    data: {
      pseudonym: 'Kさん',
      legalBasis: 'supportMeeting106_6',
      agency: 'みどり相談支援センター',
    },
  });
  expect(created.status()).toBe(201);
  const caseId: string = (await created.json()).id;
  expect((await member.post(`/api/cases/${caseId}/pledge`)).ok()).toBe(true);
  const meeting = await facilitator.post(`/api/councils/${council.councilId}/meetings`, {
    data: {
      kind: 'caseConference',
      title: '事例検討会（12月）',
      startsAt: '2026-12-22T10:00:00+09:00',
      durationMinutes: 60,
      place: '相談支援センター',
      onlineUrl: '',
      facilitatorIds: [memberId],
      agenda: [
        { id: crypto.randomUUID(), title: '支援の振り返り', minutes: 60, presenter: '', links: [] },
      ],
    },
  });
  const caseMeeting: string = (await meeting.json()).id;

  const m = await council.open(browser, 'member');
  const f = await council.open(browser, 'facilitator');
  for (const page of [m, f]) await page.goto(`/meetings/${caseMeeting}/minutes`);
  await m.getByLabel('やること').fill('短期入所の空きを確認する');
  await m.getByLabel('ケース（支援計画）').selectOption({ label: 'Kさん' });
  await m.getByRole('button', { name: 'アクションを追加' }).click();
  const actionsOf = (page: Page) => page.getByRole('region', { name: 'アクション', exact: true });
  await expect(actionsOf(m)).toContainText('Kさん');
  await expect(actionsOf(m)).toContainText('会議の終了時にケースへ登録');
  // The secretariat, at the same meeting but not in the case, sees that it goes to a case only.
  await expect(actionsOf(f).getByLabel('アクション1の内容')).toHaveValue(
    '短期入所の空きを確認する',
  );
  await expect(actionsOf(f)).toContainText('ケース（メンバーだけが名前を見られます）');
  await expect(actionsOf(f)).not.toContainText('Kさん');
  await expect(m.getByText('保存済み')).toBeVisible();
  await expectAccessible(m, 'the minutes with an action item for a case');

  // The facilitator, a member of the case, closes the meeting.
  await m.getByRole('button', { name: '会議を終了する' }).click();
  await m.getByRole('button', { name: '終了して議事録を確定する' }).click();
  await expect(
    m.getByText('会議を終了しました。カード・ケースに登録したアクション：1件。'),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(actionsOf(m)).toContainText('ケースに登録済み');

  await m.goto(`/cases/${caseId}`);
  await m.getByRole('tab', { name: '取り組み' }).click();
  const row = m.getByRole('row').filter({ hasText: '会議の議事録から' });
  await expect(row.getByLabel(/やること/)).toHaveValue('短期入所の空きを確認する');
  await expectAccessible(m, 'the case’s plan with an action from a meeting');
  await row.getByRole('link', { name: '会議の議事録から' }).click();
  await expect(m.getByRole('heading', { level: 1 })).toHaveText('事例検討会（12月） 議事録');
  await f.context().close();
  await m.context().close();
});
