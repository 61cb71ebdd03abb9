import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { type OwnCouncil, startOwnCouncil } from './support/ownCouncil';
import { PORTS } from './support/ports';

// Case spaces need three people and their own first-run setup, so this file runs its own server
// with a fresh database (the shared one is set up by foundation.spec.ts, which sorts after it).
const PORT = PORTS.case;
const PSEUDONYM = 'ひまわりさん';
const password = 'tsunagu-case-e2e-1';
const people = {
  a: { displayName: '事務局 青木', email: 'aoki@example.jp', password },
  b: { displayName: '相談支援 馬場', email: 'baba@example.jp', password },
  c: { displayName: '就労支援 千葉', email: 'chiba@example.jp', password },
};

let council: OwnCouncil<keyof typeof people>;
let councilId = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  council = await startOwnCouncil(PORT, people, 'a');
  councilId = council.councilId;
});

test.afterAll(() => council?.stop());

const open = (browser: Browser, who: keyof typeof people): Promise<Page> =>
  council.open(browser, who);

let caseUrl = '';

test('a member creates a case, confirms the pledge and adds a colleague', async ({ browser }) => {
  const a = await open(browser, 'a');
  await a.goto(`/councils/${councilId}`);
  await expect(a.getByText('実名は入力しないでください。')).toBeVisible();
  await a.getByLabel('対象の方の呼び名（仮名）').fill(PSEUDONYM);
  const basis = a.getByLabel('支援会議（社会福祉法 第106条の6）');
  await basis.check();
  // Each choice sits beside its name, as the case pages' stylesheet lays it out: the home page
  // loads that stylesheet too (it once came only with the case page's code).
  const [radio, name] = await Promise.all([
    basis.boundingBox(),
    a.getByText('支援会議（社会福祉法 第106条の6）', { exact: true }).boundingBox(),
  ]);
  expect(radio && name && radio.x + radio.width <= name.x).toBe(true);
  expect(
    radio && name && Math.abs(radio.y + radio.height / 2 - (name.y + name.height / 2)),
  ).toBeLessThan(12);
  await a.getByLabel('あなたの所属機関').fill('基幹相談支援センター');
  await expectAccessible(a, 'council home with the case form');
  // Creating the space goes straight to it, where the pledge comes first.
  await a.getByRole('button', { name: 'スペースを作成' }).click();
  await expect(a.getByRole('heading', { name: '守秘義務の確認', level: 1 })).toBeVisible();
  await expectAccessible(a, 'pledge screen');
  await a.getByRole('button', { name: '上記を確認し、守秘義務を守ります' }).click();
  await expect(a.getByRole('heading', { name: PSEUDONYM, level: 1 })).toBeVisible();
  caseUrl = new URL(a.url()).pathname;

  await a.getByRole('tab', { name: 'メンバーと同意' }).click();
  await a.getByLabel('協議会のメンバー').selectOption({ label: people.b.displayName });
  await a.getByLabel('所属機関').fill('相談支援事業所 みどり');
  await a.getByRole('button', { name: '追加', exact: true }).click();
  await expect(a.getByRole('cell', { name: '相談支援事業所 みどり' })).toBeVisible();
  await expectAccessible(a, 'members tab');
  await a.context().close();

  const b = await open(browser, 'b');
  await b.goto(caseUrl);
  await b.getByRole('button', { name: '上記を確認し、守秘義務を守ります' }).click();
  await expect(b.getByRole('heading', { name: PSEUDONYM, level: 1 })).toBeVisible();
  await b.context().close();
});

test('two members co-edit an ecomap relation and the emergency plan live', async ({ browser }) => {
  const a = await open(browser, 'a');
  const b = await open(browser, 'b');
  await a.goto(caseUrl);
  await b.goto(caseUrl);
  for (const page of [a, b]) {
    await expect(page.getByRole('heading', { name: PSEUDONYM, level: 1 })).toBeVisible();
    await page.getByRole('button', { name: '一覧' }).click();
  }

  await a.getByLabel('呼び名').fill('母');
  await a.locator('form.add-supporter').getByRole('button', { name: '追加' }).click();
  await a.getByLabel('相手').selectOption({ label: '母（家族）' });
  await a.locator('form.add-relation').getByRole('button', { name: '追加' }).click();
  const strengthB = b.getByLabel('本人 – 母（家族）：強さ');
  await expect(strengthB).toBeVisible();
  await strengthB.selectOption('strong');
  await expect(a.getByLabel('本人 – 母（家族）：強さ')).toHaveValue('strong');
  await expectAccessible(a, 'ecomap list');

  await a.getByRole('button', { name: '図' }).click();
  await expect(a.getByText('介護・生活支援・強い')).toBeVisible();
  await expectAccessible(a, 'ecomap diagram');

  for (const page of [a, b]) await page.getByRole('tab', { name: '緊急時対応' }).click();
  await expect(a.getByText('⚠ 夜間：連絡する先・駆けつける人が決まっていません')).toBeVisible();
  await a.locator('#em-night-call').fill('拠点 夜間電話 0422-00-0000');
  await a.locator('#em-night-call').press('Enter');
  await expect(b.locator('#em-night-call')).toHaveValue('拠点 夜間電話 0422-00-0000');
  await b.locator('#em-night-goes').fill('相談支援 馬場');
  await b.locator('#em-night-goes').blur();
  await expect(a.locator('#em-night-goes')).toHaveValue('相談支援 馬場');
  await expect(a.getByText(/⚠ 夜間：/)).toHaveCount(0);
  await expectAccessible(a, 'emergency plan');
  await a.context().close();
  await b.context().close();
});

test('an action item’s owner and due date are changed in its row, live for the other member', async ({
  browser,
}) => {
  const a = await open(browser, 'a');
  const b = await open(browser, 'b');
  for (const page of [a, b]) {
    await page.goto(caseUrl);
    await expect(page.getByRole('heading', { name: PSEUDONYM, level: 1 })).toBeVisible();
    await page.getByRole('tab', { name: '取り組み' }).click();
  }
  await expect(a.getByRole('cell', { name: '取り組みはまだありません。' })).toBeVisible();
  for (const [title, due] of [
    ['通所先の見学', '2030-06-01'],
    ['受給者証の更新', '2030-09-01'],
  ] as const) {
    await a.getByLabel('やること', { exact: true }).fill(title);
    await a.getByLabel('担当', { exact: true }).fill('相談支援 馬場');
    await a.getByLabel('期限', { exact: true }).fill(due);
    await a.getByRole('button', { name: '追加', exact: true }).click();
  }
  // Sorted by due date; each item is named by its row header.
  const titles = (page: Page) => page.getByRole('rowheader').getByRole('textbox');
  await expect(titles(b)).toHaveCount(2);
  await expect(titles(b).first()).toHaveValue('通所先の見学');
  await expect(b.getByRole('columnheader', { name: '期限' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  // The other member changes owner and due date in the row, by keyboard alone.
  const owner = b.getByLabel('受給者証の更新：担当');
  await expect(owner).toHaveValue('相談支援 馬場');
  await owner.fill('就労支援 千葉');
  await owner.press('Enter');
  const due = b.getByLabel('受給者証の更新：期限');
  await due.fill('2020-04-01');
  await due.press('Enter');
  await expect(a.getByLabel('受給者証の更新：担当')).toHaveValue('就労支援 千葉');
  await expect(a.getByLabel('受給者証の更新：期限')).toHaveValue('2020-04-01');
  await expect(
    a.getByRole('row').filter({ has: a.getByLabel('受給者証の更新：期限') }),
  ).toContainText('⚠ 期限切れ');
  await expect(titles(a).first()).toHaveValue('受給者証の更新');

  // A title cannot be emptied: the refusal is said next to the field, and nothing changes.
  const title = a.getByLabel('通所先の見学：やること');
  await title.fill('');
  await title.press('Enter');
  await expect(a.getByRole('alert').filter({ hasText: '入力してください' })).toBeVisible();
  await expect(b.getByLabel('通所先の見学：やること')).toHaveValue('通所先の見学');
  await title.fill('通所先の見学と体験利用');
  await title.press('Enter');
  await expect(b.getByLabel('通所先の見学と体験利用：やること')).toHaveValue(
    '通所先の見学と体験利用',
  );
  await expectAccessible(a, 'action items');
  await a.context().close();
  await b.context().close();
});

test('a council member who is not in the case learns nothing, in the UI or over HTTP', async ({
  browser,
}) => {
  const c = await open(browser, 'c');
  await c.goto(caseUrl);
  await expect(
    c.getByText('この事例検討スペースは見つからないか、あなたには見る権限がありません。'),
  ).toBeVisible();
  await expect(c.locator('body')).not.toContainText(PSEUDONYM);
  const caseId = caseUrl.split('/').pop();
  for (const path of [
    `/api/cases/${caseId}`,
    `/api/cases/${caseId}/members`,
    `/api/cases/${caseId}/audit`,
  ]) {
    const response = await c.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain(PSEUDONYM);
  }
  const list = await c.request.get(`/api/councils/${councilId}/cases`);
  expect(await list.json()).toEqual([]);
  await c.context().close();
});

test('the audit log shows who opened and pledged', async ({ browser }) => {
  const a = await open(browser, 'a');
  await a.goto(caseUrl);
  await a.getByRole('tab', { name: '記録（監査ログ）' }).click();
  const log = a.getByRole('table');
  await expect(
    log
      .getByRole('row')
      .filter({ hasText: people.b.displayName })
      .filter({ hasText: '守秘義務を確認' }),
  ).toBeVisible();
  await expect(
    log
      .getByRole('row')
      .filter({ hasText: people.c.displayName })
      .filter({ hasText: '拒否されたアクセス' }),
  ).toHaveCount(0);
  await expect(log.getByRole('row').filter({ hasText: '開いた' }).first()).toBeVisible();
  await expectAccessible(a, 'audit log');
  await a.context().close();
});

test('the secretariat sees every case’s log and its tamper check, without case content', async ({
  browser,
}) => {
  const a = await open(browser, 'a');
  // Reached from the council home, not by typing the address.
  await a.goto(`/councils/${councilId}`);
  await a
    .getByRole('link', { name: '事例から提起された地域課題・ケースの管理とアクセス記録' })
    .click();
  const admin = a.getByRole('region', { name: '事務局：事例検討スペースの管理と監査' });
  await expect(admin.getByText(/改ざんチェック：正常/)).toBeVisible();
  await expect(
    admin.getByRole('row').filter({ hasText: people.b.displayName }).first(),
  ).toBeVisible();
  await expect(admin).not.toContainText(PSEUDONYM);
  await expectAccessible(a, 'case administration');
  await a.context().close();
});

test('a raised issue reaches the council without the pseudonym', async ({ browser }) => {
  const a = await open(browser, 'a');
  await a.goto(caseUrl);
  await a.getByRole('tab', { name: '地域課題として提起' }).click();
  await a.getByLabel('課題の見出し').fill('夜間に駆けつける人がいない');
  await a
    .getByLabel('課題の内容')
    .fill('ひまわりさんの母が高齢で、夜間の緊急時に動ける人がいない。');
  await a.getByRole('button', { name: '提起する' }).click();
  await expect(a.getByRole('alert').filter({ hasText: '呼び名が含まれています' })).toBeVisible();
  await a.getByLabel('課題の内容').fill('親が高齢の世帯で、夜間の緊急時に駆けつける人がいない。');
  await a.getByRole('button', { name: '提起する' }).click();
  await expect(a.getByText('地域課題として協議会に提起しました。')).toBeVisible();
  await expectAccessible(a, 'raise issue');
  await a.context().close();

  const c = await open(browser, 'c');
  await c.goto(`/councils/${councilId}/cases`);
  await expect(c.getByRole('heading', { name: '夜間に駆けつける人がいない' })).toBeVisible();
  await expect(c.locator('body')).not.toContainText(PSEUDONYM);
  await expect(c.getByRole('link', { name: '元の事例を開く' })).toHaveCount(0);
  await expectAccessible(c, 'raised issues');
  await c.context().close();
});
