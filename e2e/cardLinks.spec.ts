import { randomUUID } from 'node:crypto';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { MEETING_PEOPLE, type MeetingCouncil, startMeetingCouncil } from './support/meetingCouncil';
import { PORTS } from './support/ports';

// What a card links to: agencies cited by its 今あるもの entries (names read live from the
// board), the meetings that discussed it, and who sits on the 部会 that owns it.
const SUBCOMMITTEE = '相談支援ネットワーク部会';
const ISSUE = 'ライフステージをまたいだ相談支援';
const AGENCY = '基幹相談支援センターひだまり';
const RENAMED = 'みどり市基幹相談支援センター';
const MEETING = '第3回 相談支援ネットワーク部会';

let council: MeetingCouncil;
let boardId = '';
let cardId = '';
let tableUrl = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  council = await startMeetingCouncil(PORTS.cardLinks);
  const { councilId, sessions } = council;
  const secretariat = sessions.facilitator;
  const board = await secretariat.post(`/api/councils/${councilId}/boards`, {
    data: { name: '地域資源マップ' },
  });
  boardId = (await board.json()).id;
  const terms = await secretariat.get(`/api/councils/${councilId}/terms`);
  const termId = (await terms.json())[0].id;
  const sub = await secretariat.post(`/api/terms/${termId}/subcommittees`, {
    data: { name: SUBCOMMITTEE },
  });
  const card = await sessions.member.post(`/api/terms/${termId}/cards`, {
    data: { subcommitteeId: (await sub.json()).id, code: 'B', title: ISSUE },
  });
  cardId = (await card.json()).id;
  tableUrl = `/terms/${termId}/subcommittees/${(await sub.json()).id}`;
  const meeting = await secretariat.post(`/api/councils/${councilId}/meetings`, {
    data: {
      kind: 'subcommittee',
      title: MEETING,
      startsAt: '2026-11-20T14:00:00+09:00',
      durationMinutes: 90,
      place: '市役所 会議室A',
      onlineUrl: '',
      facilitatorIds: [],
      agenda: [
        {
          id: randomUUID(),
          title: '相談支援の課題',
          minutes: 30,
          presenter: '',
          links: [{ kind: 'card', id: cardId, label: ISSUE }],
        },
      ],
    },
  });
  expect(meeting.status()).toBe(201);
});

test.afterAll(async () => council?.stop());

async function openBoardList(page: Page) {
  await page.goto(`/boards/${boardId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('地域資源マップ');
  await page.getByRole('button', { name: '一覧', exact: true }).click();
}

test('a cited agency shows its name as the board has it now, and the agency its cards', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const secretariat = await council.open(browser, 'facilitator');
  const member = await council.open(browser, 'member');
  await openBoardList(secretariat);
  await secretariat.getByRole('button', { name: '事業所を追加' }).click();
  await secretariat.getByLabel('事業所名').fill(AGENCY);
  await secretariat
    .getByRole('textbox', { name: 'よみがな', exact: true })
    .fill('きかんそうだんしえんせんたーひだまり');
  await secretariat.getByLabel('層').selectOption({ label: 'Ⅱ 中核機関' });
  await secretariat.getByRole('group', { name: '分野' }).getByLabel('障害').check();
  await secretariat.getByRole('button', { name: '保存' }).click();
  await expect(secretariat.getByTestId('board-announcer')).toHaveText(`${AGENCY}を追加しました。`);

  // The member writes a 今あるもの entry and cites the agency by its reading, by keyboard.
  await member.goto(tableUrl);
  const addTo = `「${ISSUE}」の「今あるもの（社会資源）」に項目を追加`;
  await member.getByRole('button', { name: addTo }).click();
  await member.getByLabel(addTo).fill('基幹相談支援センター');
  await member.keyboard.press('Enter');
  await member.keyboard.press('Escape');
  await member.getByRole('button', { name: '「基幹相談支援センター」に事業所を挙げる' }).click();
  const search = member.getByRole('combobox', {
    name: '「基幹相談支援センター」に挙げる事業所を名前かよみがなで探す',
  });
  await expect(search).toBeFocused();
  await search.pressSequentially('ｷｶﾝ');
  await expect(member.getByRole('option', { name: new RegExp(AGENCY) })).toBeVisible();
  await expect(search).toHaveAttribute('aria-activedescendant', /option-0$/);
  await expectAccessible(member, 'agency picker');
  await member.keyboard.press('Enter');
  const cited = member.getByRole('list', { name: '「基幹相談支援センター」に挙げた事業所' });
  await expect(cited.getByRole('link', { name: AGENCY })).toBeVisible();
  await expectAccessible(member, 'table with a cited agency');

  // The secretariat renames the agency on the board: the member's table follows, no reload.
  await secretariat.getByRole('button', { name: `${AGENCY}を編集` }).click();
  await secretariat.getByLabel('事業所名').fill(RENAMED);
  await secretariat.getByRole('button', { name: '保存' }).click();
  await expect(cited.getByRole('link', { name: RENAMED })).toBeVisible({ timeout: 30_000 });
  await expect(cited).not.toContainText(AGENCY);

  // The agency's panel lists the card citing it.
  await secretariat.getByRole('button', { name: `${RENAMED}を編集` }).click();
  const citing = secretariat.getByRole('region', { name: 'この事業所を挙げている地域課題' });
  await expect(citing.getByRole('link', { name: `B ${ISSUE}` })).toBeVisible();
  await expectAccessible(secretariat, 'agency panel with its cards');

  // Removed from the board, it is named as removed.
  await secretariat.getByRole('button', { name: 'キャンセル' }).click();
  await removeAgency(secretariat, RENAMED);
  await expect(cited).toContainText('削除された事業所', { timeout: 30_000 });
  await member.context().close();
  await secretariat.context().close();
});

async function removeAgency(page: Page, name: string) {
  const row = page.getByRole('row', { name: new RegExp(name) });
  page.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('button', { name: `${name}を削除` }).click();
}

test("the card's page lists the meetings that discussed it", async ({ browser }) => {
  const member = await council.open(browser, 'member');
  await member.goto(`/cards/${cardId}`);
  const meetings = member.getByRole('region', { name: 'この課題を話し合った会議' });
  await meetings.getByRole('link', { name: MEETING }).click();
  await expect(member.getByRole('heading', { name: MEETING, level: 1 })).toBeVisible();
  await member.goBack();
  await expect(meetings.getByRole('link', { name: MEETING })).toBeVisible();
  await expectAccessible(member, 'card page with its meetings');
  await member.context().close();
});

test('the secretariat names the 部会 members and chair by keyboard; members cannot', async ({
  browser,
}) => {
  await expectOnlySecretariatEdits(browser);
  const page = await council.open(browser, 'facilitator');
  await page.goto(`/councils/${council.councilId}/cards`);
  const edit = page.getByRole('button', { name: `「${SUBCOMMITTEE}」の部会長と委員を変える` });
  await edit.focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: `「${SUBCOMMITTEE}」の部会長と委員を変える` });
  const memberBox = form.getByRole('checkbox', {
    name: new RegExp(MEETING_PEOPLE.member.displayName),
  });
  await memberBox.focus();
  await page.keyboard.press('Space');
  await expect(memberBox).toBeChecked();
  const chair = form.getByLabel('部会長');
  await chair.focus();
  // Chromium moves a closed select's choice with the arrow keys: the first person.
  await page.keyboard.press('ArrowDown');
  await expect(chair).not.toHaveValue('');
  await expectAccessible(page, '部会 people form');
  await form.getByRole('button', { name: '部会長と委員を保存' }).focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('region', { name: /部会 — / });
  await expect(list).toContainText(`委員：${MEETING_PEOPLE.member.displayName}`);
  await expect(list).toContainText('部会長：事務局 今井');
  await page.context().close();
});

async function expectOnlySecretariatEdits(browser: Browser) {
  const member = await council.open(browser, 'member');
  await member.goto(`/councils/${council.councilId}/cards`);
  await expect(member.getByRole('link', { name: SUBCOMMITTEE })).toBeVisible();
  await expect(member.getByRole('button', { name: /部会長と委員を変える/ })).toHaveCount(0);
  await member.context().close();
}
