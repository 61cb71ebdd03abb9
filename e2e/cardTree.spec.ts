import { expect, type Page, test } from '@playwright/test';
import { signIn } from './support/app';
import { expectAccessible } from './support/axe';
import { type OwnServer, startOwnServer } from './support/ownServer';
import { PORTS } from './support/ports';

// The demo's 第10期 holds D (その他の地域課題) with its sub-items D-a…D-d: the list shows each
// issue with its sub-items under it, and the secretariat moves a sub-item elsewhere.
let server: OwnServer | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://localhost:${PORTS.cardTree}` });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startOwnServer(PORTS.cardTree, ['--demo']);
});

test.afterAll(() => server?.stop());

const listRows = (page: Page) => page.getByRole('table').getByRole('rowheader');

test('issues and their sub-items: the tree in the list, on the card page, and the secretariat re-parents by keyboard', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, { email: 'jimukyoku@demo.tsunagu.jp', password: 'demo-password-1' });
  await page.getByRole('link', { name: '地域課題カードを開く' }).click();
  await page.getByRole('link', { name: '一覧', exact: true }).click();
  await expect(listRows(page).filter({ hasText: 'ピアサポーター' })).toHaveText(
    /ピアサポーターの養成と活躍の場 （D その他の地域課題の小項目）/,
  );
  const titles = async () =>
    (await listRows(page).allTextContents()).map((text) => text.replace(/^└ /, '').slice(0, 8));
  const before = await titles();
  expect(before.indexOf('ピアサポーターの')).toBe(before.indexOf('その他の地域課題') + 4);
  await expectAccessible(page, 'the card list as a tree');

  await listRows(page).getByRole('link', { name: 'ピアサポーターの養成と活躍の場' }).click();
  await expect(page.getByRole('link', { name: 'D その他の地域課題' })).toBeVisible();
  const form = page.getByRole('form', { name: '親の課題を変える' });
  await form.getByLabel('親の課題').focus();
  await form
    .getByLabel('親の課題')
    .selectOption({ label: 'C 分野を超えた支援者間のネットワークづくりと資質向上' });
  await form.getByLabel('理由').fill('支援者の学び合いとして協議する');
  await form.getByLabel('理由').press('Enter');
  await expect(page.getByText('親の課題を変えました。')).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'C 分野を超えた支援者間のネットワークづくりと資質向上' }),
  ).toBeVisible();
  const story = page.getByRole('region', { name: 'これまでの経過' });
  await expect(
    story.getByText(
      '親の課題：D その他の地域課題 → C 分野を超えた支援者間のネットワークづくりと資質向上',
    ),
  ).toBeVisible();
  await expect(story.getByText('支援者の学び合いとして協議する')).toBeVisible();
  await expectAccessible(page, 'a sub-item\u2019s card page');

  // Cleared again: it becomes an issue of its own.
  await form.getByLabel('親の課題').selectOption({ label: 'なし（それ自体が課題）' });
  await form.getByRole('button', { name: '変更する' }).click();
  await expect(
    story.getByText(
      '親の課題：C 分野を超えた支援者間のネットワークづくりと資質向上 → なし（それ自体が課題）',
    ),
  ).toBeVisible();

  // The issue with sub-items says why it cannot become one.
  await page.goto('/');
  await page.getByRole('link', { name: '地域課題カードを開く' }).click();
  await page.getByRole('link', { name: '一覧', exact: true }).click();
  await expect(listRows(page).filter({ hasText: 'ピアサポーター' })).not.toContainText('小項目');
  await listRows(page).getByRole('link', { name: 'その他の地域課題' }).click();
  await expect(page.getByRole('region', { name: '小項目' })).toContainText(
    'D-c 移動支援を気軽に使えること',
  );
  await expect(
    page.getByText('小項目のあるカードは、ほかの課題の小項目にはできません。'),
  ).toBeVisible();
});

test('a member sees the tree but does not rearrange it', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, { email: 'soudan@demo.tsunagu.jp', password: 'demo-password-2' });
  await page.getByRole('link', { name: '地域課題カードを開く' }).click();
  await page.getByRole('link', { name: '一覧', exact: true }).click();
  await listRows(page).getByRole('link', { name: '移動支援を気軽に使えること' }).click();
  await expect(page.getByRole('link', { name: 'D その他の地域課題' })).toBeVisible();
  await expect(page.getByRole('form', { name: '親の課題を変える' })).toHaveCount(0);
});
