import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { type OwnCouncil, startOwnCouncil } from './support/ownCouncil';
import { PORTS } from './support/ports';

// Region-issue cards: a 部会's four-column table, co-edited live. Its own server and first-run
// setup, like the case spec.
const PORT = PORTS.cards;
const password = 'tsunagu-cards-e2e-1';
const people = {
  a: { displayName: '事務局 青木', email: 'aoki@example.jp', password },
  b: { displayName: '相談支援 馬場', email: 'baba@example.jp', password },
};
const SUBCOMMITTEE = '相談支援ネットワーク部会';
const ISSUE = 'ライフステージをまたいだ相談支援';

let council: OwnCouncil<keyof typeof people>;
let councilId = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  council = await startOwnCouncil(PORT, people, 'a');
  councilId = council.councilId;
});

test.afterAll(() => council?.stop());

const open = (browser: Browser, who: keyof typeof people): Promise<Page> =>
  council.open(browser, who);

let tableUrl = '';

test('the secretariat reaches the cards from the council home and sets up a 部会 and an issue', async ({
  browser,
}) => {
  const a = await open(browser, 'a');
  await a.goto(`/councils/${councilId}`);
  await expect(a.getByText('現在の期：第1期')).toBeVisible();
  await a.getByRole('link', { name: '地域課題カードを開く' }).click();
  await expect(a.getByRole('heading', { name: '地域課題カード', level: 1 })).toBeVisible();
  await a.getByLabel('部会の名前').fill(SUBCOMMITTEE);
  await a.getByLabel('下命事項').fill('相談支援体制の課題を整理し提言する');
  await a.getByRole('button', { name: '部会を追加' }).click();
  await expect(a.getByRole('link', { name: SUBCOMMITTEE })).toBeVisible();
  await expectAccessible(a, 'cards page');

  await a.getByRole('link', { name: SUBCOMMITTEE }).click();
  await expect(
    a.getByRole('heading', { name: `${SUBCOMMITTEE}の地域課題`, level: 1 }),
  ).toBeVisible();
  await a.getByLabel('記号').fill('B');
  await a.getByLabel('課題の名前').fill(ISSUE);
  await a.getByRole('button', { name: '課題を追加' }).click();
  await expect(a.getByRole('rowheader', { name: `B ${ISSUE}` })).toBeVisible();
  tableUrl = new URL(a.url()).pathname;
  await expectAccessible(a, 'four-column table');
  await a.context().close();
});

test('two people co-edit the four-column table live, by keyboard too', async ({ browser }) => {
  const a = await open(browser, 'a');
  const b = await open(browser, 'b');
  await a.goto(tableUrl);
  await b.goto(tableUrl);
  const presenceOf = (page: Page) => page.getByRole('region', { name: 'この表を開いている人' });
  await expect(presenceOf(a)).toContainText(people.b.displayName);
  await expect(presenceOf(b)).toContainText(people.a.displayName);

  // A adds to 今あるもの; B sees it and adds to あったらいいな.
  await a
    .getByRole('button', { name: `「${ISSUE}」の「今あるもの（社会資源）」に項目を追加` })
    .click();
  await a
    .getByLabel(`「${ISSUE}」の「今あるもの（社会資源）」に項目を追加`)
    .fill('基幹相談支援センター');
  await a.keyboard.press('Enter');
  const existing = (page: Page) =>
    page.getByRole('list', { name: `${ISSUE} — 今あるもの（社会資源）` });
  const ideas = (page: Page) =>
    page.getByRole('list', { name: `${ISSUE} — あったらいいな（アイデア）` });
  // The entries' own buttons, not the 「…」に事業所を挙げる beside each 今あるもの entry.
  const entryButtons = (list: Locator) =>
    list.getByRole('button').filter({ hasNotText: '事業所を挙げる' });
  await expect(
    existing(b).getByRole('button', { name: '基幹相談支援センター', exact: true }),
  ).toBeVisible();
  await b
    .getByRole('button', { name: `「${ISSUE}」の「あったらいいな（アイデア）」に項目を追加` })
    .click();
  await b
    .getByLabel(`「${ISSUE}」の「あったらいいな（アイデア）」に項目を追加`)
    .fill('18歳の移行期の引き継ぎ会議');
  await b.keyboard.press('Enter');
  await expect(
    ideas(a).getByRole('button', { name: '18歳の移行期の引き継ぎ会議', exact: true }),
  ).toBeVisible();
  await expect(a.getByRole('status').filter({ hasText: '保存済み' })).toBeVisible();

  // B edits A's entry; A sees who is editing, then the new text.
  await existing(b).getByRole('button', { name: '基幹相談支援センター', exact: true }).click();
  await expect(a.getByText(`${people.b.displayName}さんが編集中`)).toBeVisible();
  await b.getByLabel('項目の内容').fill('基幹相談支援センター（市内1か所）');
  await b.keyboard.press('Enter');
  await expect(
    existing(a).getByRole('button', { name: '基幹相談支援センター（市内1か所）', exact: true }),
  ).toBeVisible();
  await expect(a.getByText(`${people.b.displayName}さんが編集中`)).toHaveCount(0);

  // A moves the idea one column to the left with Alt+←; it keeps the focus and B sees the move.
  const idea = ideas(a).getByRole('button', { name: '18歳の移行期の引き継ぎ会議', exact: true });
  await idea.focus();
  await a.keyboard.press('Alt+ArrowLeft');
  await expect(
    existing(a).getByRole('button', { name: '18歳の移行期の引き継ぎ会議', exact: true }),
  ).toBeFocused();
  await expect(
    existing(b).getByRole('button', { name: '18歳の移行期の引き継ぎ会議', exact: true }),
  ).toBeVisible();
  // …and up above the centre with Alt+↑.
  await a.keyboard.press('Alt+ArrowUp');
  await expect(entryButtons(existing(b))).toHaveText([
    '18歳の移行期の引き継ぎ会議',
    '基幹相談支援センター（市内1か所）',
  ]);
  await expect(
    a.getByText(
      '「18歳の移行期の引き継ぎ会議」を「今あるもの（社会資源）」の1番目に移動しました。',
    ),
  ).toBeAttached();

  // Drag: B drags the entry into 提言→施策. Near the corners: the row (taller since each 今あるもの
  // entry has its cite button) no longer fits under the fold, and Playwright scrolling the cell
  // into view between mouse down and up ends Chromium's HTML5 drag — a person's drag autoscrolls.
  const proposals = (page: Page) =>
    page
      .getByRole('cell')
      .filter({ has: page.getByRole('button', { name: /提言→施策」に項目を追加/ }) });
  await existing(b)
    .getByRole('button', { name: '基幹相談支援センター（市内1か所）', exact: true })
    .dragTo(proposals(b), { sourcePosition: { x: 8, y: 8 }, targetPosition: { x: 8, y: 8 } });
  await expect(
    a
      .getByRole('list', { name: `${ISSUE} — 提言→施策` })
      .getByRole('button', { name: '基幹相談支援センター（市内1か所）', exact: true }),
  ).toBeVisible();
  await expectAccessible(b, 'table with entries and presence');

  // Reload: everything was stored.
  await b.reload();
  await expect(entryButtons(existing(b))).toHaveText(['18歳の移行期の引き継ぎ会議']);
  await a.context().close();
  await b.context().close();
});

test('a status change asks why, and the reason shows in the card’s history; list filters fold kana', async ({
  browser,
}) => {
  const a = await open(browser, 'a');
  await a.goto(`/councils/${councilId}/cards`);
  await a.getByRole('link', { name: '状況ボード' }).click();
  const column = (name: string) => a.getByRole('region', { name: new RegExp(`^${name}`) });
  await expect(column('抽出').getByRole('link', { name: `B ${ISSUE}` })).toBeVisible();
  await expectAccessible(a, 'status board');

  await column('抽出')
    .getByRole('button', { name: `「${ISSUE}」の状態を変える` })
    .click();
  await a.getByLabel('新しい状態').selectOption({ label: '完了' });
  await a.getByRole('button', { name: '変更する' }).click();
  await expect(a.getByText('完了・保留にする理由を書いてください。')).toBeVisible();
  await a.getByLabel('新しい状態').selectOption({ label: '協議' });
  await a.getByLabel('理由').fill('第1回部会で協議を始めた');
  await a.getByRole('button', { name: '変更する' }).click();
  await expect(column('協議').getByRole('link', { name: `B ${ISSUE}` })).toBeVisible();
  await expect(column('抽出').getByRole('link', { name: `B ${ISSUE}` })).toHaveCount(0);

  await column('協議')
    .getByRole('link', { name: `B ${ISSUE}` })
    .click();
  await expect(a.getByRole('heading', { name: `B ${ISSUE}`, level: 1 })).toBeVisible();
  const history = a.getByRole('region', { name: 'これまでの経過' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').nth(1)).toContainText('状態：抽出 → 協議');
  await expect(history.getByRole('listitem').nth(1)).toContainText('理由：第1回部会で協議を始めた');
  await expect(history.getByRole('listitem').nth(1)).toContainText(people.a.displayName);
  await expectAccessible(a, 'card page with history');

  await a.getByRole('link', { name: '地域課題カードの一覧へ' }).click();
  await a.getByRole('link', { name: '一覧' }).click();
  await a.getByLabel('ことばで絞り込む').fill('らいふすてーじ');
  await expect(a.getByText('1件の課題')).toBeVisible();
  await expect(a.getByRole('rowheader', { name: ISSUE })).toBeVisible();
  await a.getByLabel('状態').selectOption({ label: '抽出' });
  await expect(a.getByText('条件に合う課題はありません。')).toBeVisible();
  await expectAccessible(a, 'card list');
  await a.context().close();
});

test('抽出: a raised issue becomes a card in one action, and is offered again instead of a duplicate', async ({
  browser,
}) => {
  const created = await council.sessions.b.post(`/api/councils/${councilId}/cases`, {
    data: {
      pseudonym: 'ひまわりさん',
      legalBasis: 'supportMeeting106_6',
      agency: '相談支援事業所',
    },
  });
  const caseId = (await created.json()).id;
  expect((await council.sessions.b.post(`/api/cases/${caseId}/pledge`)).ok()).toBe(true);
  const raised = await council.sessions.b.post(`/api/cases/${caseId}/raised-issues`, {
    data: {
      title: '夜間の緊急受入れ先がない',
      description: '精神障害のある方が夜間・休日に泊まれる場所が市内にない。',
    },
  });
  expect(raised.ok()).toBe(true);

  const b = await open(browser, 'b');
  await b.goto(`/councils/${councilId}/cards`);
  const extract = b.getByRole('form', { name: '「夜間の緊急受入れ先がない」をカードにする' });
  await extract.getByLabel('抽出先の部会').selectOption({ label: SUBCOMMITTEE });
  await expectAccessible(b, 'raised issues');
  await extract.getByRole('button', { name: 'カードにする（抽出）' }).click();
  await expect(b.getByText('この課題はすでにカードになっています。')).toBeVisible();
  await b.getByRole('link', { name: '既存のカード「夜間の緊急受入れ先がない」を開く' }).click();
  await expect(
    b.getByText('精神障害のある方が夜間・休日に泊まれる場所が市内にない。'),
  ).toBeVisible();
  await expect(
    b.getByRole('region', { name: 'これまでの経過' }).getByRole('listitem'),
  ).toContainText(['個別の事例から抽出してカードを作成']);

  // Typing the same issue again in the 部会's table is refused, pointing at the card.
  await b.getByRole('link', { name: SUBCOMMITTEE }).click();
  await b.getByLabel('課題の名前').fill('夜間の緊急受入れ先がない');
  await b.getByRole('button', { name: '課題を追加' }).click();
  await expect(b.getByText('同じ課題のカードがすでにあります。')).toBeVisible();
  await b.context().close();
});

test('closing the term carries its open cards into the next one; the old term turns read-only, live', async ({
  browser,
}) => {
  // Two people, a term closed and a reload: past 90 s on a loaded machine (each step slow alike).
  test.setTimeout(180_000);
  const b = await open(browser, 'b');
  // B's edits to the table can be held on the way, as on a slow network.
  let holding = false;
  const held: (string | Buffer)[] = [];
  await b.routeWebSocket(/\/yjs\//, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      if (holding) held.push(message);
      else server.send(message);
    });
  });
  await b.goto(tableUrl);
  const addButton = b.getByRole('button', { name: /今あるもの（社会資源）」に項目を追加/ }).first();
  await expect(addButton).toBeVisible();

  // B adds an idea that has not reached the server when the secretariat closes the term.
  holding = true;
  const addIdea = `「${ISSUE}」の「あったらいいな（アイデア）」に項目を追加`;
  await b.getByRole('button', { name: addIdea }).click();
  await b.getByLabel(addIdea).fill('夜間の相談窓口');
  await b.keyboard.press('Enter');
  await expect(b.getByRole('status').filter({ hasText: '保存中' })).toBeVisible();

  const a = await open(browser, 'a');
  await a.goto(`/councils/${councilId}/cards`);
  const review = a.getByRole('form', { name: '期を閉じる（引き継ぎの確認）' });
  await review
    .getByLabel('「夜間の緊急受入れ先がない」の扱い')
    .selectOption({ label: '完了（理由を書く）' });
  await review.getByLabel('「夜間の緊急受入れ先がない」の理由').fill('市の緊急短期入所事業で対応');
  await review.getByLabel('期の名前').fill('第2期');
  await review.getByLabel('開始日').fill('2028-04-01');
  await review.getByLabel('終了日').fill('2030-03-31');
  await expectAccessible(a, 'carry-over review');
  await review.getByRole('button', { name: '期を閉じて次の期を始める' }).click();
  await expect(a.getByText('第1期を閉じ、第2期を始めました。')).toBeVisible();
  await expect(a.getByRole('heading', { name: '部会 — 第2期' })).toBeVisible();

  // Someone on the old table is made read-only at once, and told what was not saved.
  await expect(addButton).toHaveCount(0);
  const refused = b.getByRole('alert').filter({ hasText: '第1期は締められたため' });
  await expect(refused).toContainText('最後の変更は保存されませんでした');
  await expect(refused.getByRole('list', { name: '保存されなかった内容' })).toHaveText(
    '夜間の相談窓口',
  );
  await expect(b.getByRole('status').filter({ hasText: '保存できません' })).toBeVisible();
  await expectAccessible(b, 'refused edits');
  holding = false;
  await b.reload();
  await expect(b.getByText('この期は終了しています。内容は閲覧のみです。')).toBeVisible();
  // The refused idea is still on B's device, and still said to be unsaved.
  await expect(b.getByRole('list', { name: '保存されなかった内容' })).toHaveText('夜間の相談窓口');
  await expect(b.getByRole('button', { name: /に項目を追加/ })).toHaveCount(0);
  await expect(b.getByRole('rowheader', { name: `B ${ISSUE}` })).toBeVisible();

  // The carried card is in the new term's table with its entries and its story.
  await a.getByRole('link', { name: SUBCOMMITTEE }).click();
  await expect(
    a
      .getByRole('list', { name: `${ISSUE} — 今あるもの（社会資源）` })
      .getByRole('button', { name: '18歳の移行期の引き継ぎ会議', exact: true }),
  ).toBeVisible();
  await expect(a.getByRole('rowheader', { name: /夜間の緊急受入れ先がない/ })).toHaveCount(0);
  await a.getByRole('link', { name: ISSUE }).click();
  const story = a.getByRole('region', { name: 'これまでの経過' });
  await expect(story).toContainText('状態：抽出 → 協議');
  await expect(story).toContainText('期：第1期 → 第2期');
  await expectAccessible(a, 'carried card');
  await a.context().close();
  await b.context().close();
});

test('a table of 200 issues renders the rows near the screen, and a keyboard user still reaches and edits one far down', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const terms = await (await council.sessions.a.get(`/api/councils/${councilId}/terms`)).json();
  const termId = terms.find((term: { closedAt: string | null }) => term.closedAt === null).id;
  const sub = await council.sessions.a.post(`/api/terms/${termId}/subcommittees`, {
    data: { name: '大きな表の部会' },
  });
  const subId = (await sub.json()).id;
  for (let i = 1; i <= 200; i++) {
    const created = await council.sessions.a.post(`/api/terms/${termId}/cards`, {
      data: { subcommitteeId: subId, code: String(i), title: `大きな表の課題 ${i}` },
    });
    expect(created.ok()).toBe(true);
  }
  const far = '大きな表の課題 150';

  const a = await open(browser, 'a');
  await a.goto(`/terms/${termId}/subcommittees/${subId}`);
  const table = a.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', '201');
  await expect(a.getByRole('rowheader', { name: '1 大きな表の課題 1', exact: true })).toBeVisible();
  // Only the rows near the screen are in the page.
  expect(await a.locator('.card-table tbody tr[data-index]').count()).toBeLessThan(50);
  await expect(a.getByRole('rowheader', { name: `150 ${far}` })).toHaveCount(0);

  // Choose the issue with the keyboard: End goes to the last choice, ↑ up to the 150th issue.
  const jump = a.getByLabel('課題へ移動');
  const chosen = jump.locator('option:checked');
  await jump.focus();
  await a.keyboard.press('End');
  await expect(chosen).toHaveText((await jump.locator('option').last().textContent()) ?? '');
  for (let i = 0; i < 200 && (await chosen.textContent()) !== `150 ${far}`; i++) {
    await a.keyboard.press('ArrowUp');
  }
  await expect(chosen).toHaveText(`150 ${far}`);
  // Rows are in the choice's order (by code); the header row is 1.
  const options = await jump.locator('option').allTextContents();
  const farRow = options.indexOf(`150 ${far}`) + 2;
  expect(farRow).toBeGreaterThan(30);
  await a.keyboard.press('Tab');
  await expect(a.getByRole('button', { name: '移動', exact: true })).toBeFocused();
  await a.keyboard.press('Enter');
  const header = a.getByRole('rowheader', { name: `150 ${far}` });
  await expect(header).toBeFocused();
  await expect(header).toBeInViewport();
  await expect(a.locator('tr', { has: header })).toHaveAttribute('aria-rowindex', String(farRow));

  // Into the row: its link, then 今あるもの's add button; add an entry, then edit it.
  await a.keyboard.press('Tab');
  await expect(header.getByRole('link')).toBeFocused();
  await a.keyboard.press('Tab');
  const add = `「${far}」の「今あるもの（社会資源）」に項目を追加`;
  await expect(a.getByRole('button', { name: add })).toBeFocused();
  await a.keyboard.press('Enter');
  await expect(a.getByLabel(add)).toBeFocused();
  await a.keyboard.type('遠い行の社会資源');
  await a.keyboard.press('Enter');
  const farList = a.getByRole('list', { name: `${far} — 今あるもの（社会資源）` });
  await expect(
    farList.getByRole('button', { name: '遠い行の社会資源', exact: true }),
  ).toBeVisible();
  // Back past the entry's 「事業所を挙げる」 to the entry itself.
  await a.keyboard.press('Shift+Tab');
  await expect(
    farList.getByRole('button', { name: '「遠い行の社会資源」に事業所を挙げる' }),
  ).toBeFocused();
  await a.keyboard.press('Shift+Tab');
  await expect(
    farList.getByRole('button', { name: '遠い行の社会資源', exact: true }),
  ).toBeFocused();
  await a.keyboard.press('Enter');
  await expect(a.getByLabel('項目の内容')).toBeFocused();
  await a.keyboard.press('End');
  await a.keyboard.type('（市内2か所）');
  await a.keyboard.press('Enter');
  const edited = farList.getByRole('button', {
    name: '遠い行の社会資源（市内2か所）',
    exact: true,
  });
  await expect(edited).toBeFocused();
  await expect(a.getByRole('status').filter({ hasText: '保存済み' })).toBeVisible();
  await expectAccessible(a, 'table of 200 issues, far row edited');

  // Tab on through rows that were not rendered: each is rendered as the focus reaches it.
  const laterRow = String(farRow + 25);
  const later = a.locator(`tr[aria-rowindex="${laterRow}"]`);
  await expect(later).toHaveCount(0);
  const focusedRow = () =>
    a.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'));
  for (let i = 0; i < 250 && (await focusedRow()) !== laterRow; i++) await a.keyboard.press('Tab');
  await expect(later.getByRole('link')).toBeFocused();
  await expect(later).toBeInViewport();

  // Someone else opening the table later finds the edit in the far row.
  const b = await open(browser, 'b');
  await b.goto(`/terms/${termId}/subcommittees/${subId}`);
  await b.getByLabel('課題へ移動').selectOption({ label: `150 ${far}` });
  await b.getByRole('button', { name: '移動', exact: true }).click();
  await expect(
    b
      .getByRole('list', { name: `${far} — 今あるもの（社会資源）` })
      .getByRole('button', { name: '遠い行の社会資源（市内2か所）', exact: true }),
  ).toBeVisible();
  await a.context().close();
  await b.context().close();
});
