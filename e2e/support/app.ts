import { expect, type Locator, type Page } from '@playwright/test';

// The people and council the run creates; the first test sets them up, later tests use them.
export const COUNCIL = '架空市地域自立支援協議会';
export const SECRETARIAT = {
  name: '事務局 山田花子',
  email: 'jimukyoku@example.jp',
  password: 'tsunagu-e2e-secret-1',
};
export const NEWCOMER = {
  name: '相談支援専門員 佐藤一郎',
  email: 'sato@example.jp',
  password: 'tsunagu-e2e-member-1',
};

export function heading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

export async function signIn(
  page: Page,
  account: { email: string; password: string },
  submitLabel = 'サインイン',
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/メールアドレス|Email address/).fill(account.email);
  await page.getByLabel(/^パスワード$|^Password$/).fill(account.password);
  await page.getByRole('button', { name: submitLabel, exact: true }).click();
}

export async function expectCouncilHome(page: Page): Promise<void> {
  await expect(heading(page)).toHaveText(COUNCIL);
  await expect(page).toHaveURL(/\/councils\/[0-9a-f-]{36}$/);
}

/** Presses Tab until `target` has the focus; fails if it is not reached within `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}
