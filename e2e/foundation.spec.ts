import { expect, test } from '@playwright/test';
import {
  COUNCIL,
  expectCouncilHome,
  heading,
  NEWCOMER,
  SECRETARIAT,
  signIn,
  tabTo,
} from './support/app';
import { expectAccessible } from './support/axe';

// Runs in order against one fresh server: the first test performs the first-run setup.
test.describe.configure({ mode: 'serial' });

test('first run: setup creates the council and lands on its home, in Japanese', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(heading(page)).toHaveText('初期設定');
  await expect(page).toHaveTitle('初期設定 — つなぐ');
  await expectAccessible(page, 'setup');

  // An empty submit explains each field, tied to it for screen readers.
  await page.getByRole('button', { name: '協議会を作成して始める' }).click();
  const councilName = page.getByLabel('協議会の名称');
  await expect(councilName).toHaveAttribute('aria-invalid', 'true');
  await expect(councilName).toBeFocused();
  await expect(councilName).toHaveAccessibleDescription(/入力してください。/);
  await expectAccessible(page, 'setup with errors');

  await councilName.fill(COUNCIL);
  await page.getByLabel('事務局担当者のお名前').fill(SECRETARIAT.name);
  await page.getByLabel('メールアドレス').fill(SECRETARIAT.email);
  await page.getByLabel('パスワード').fill(SECRETARIAT.password);
  await page.getByRole('button', { name: '協議会を作成して始める' }).click();

  await expectCouncilHome(page);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByRole('banner')).toContainText(COUNCIL);
  await expect(page.getByText('あなたの権限：事務局')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ネットワークボード' })).toBeVisible();
  await expect(page.getByText('ネットワークボードはまだありません。')).toBeVisible();
  for (const coming of ['地域課題カード', '会議']) {
    await expect(page.getByRole('heading', { name: new RegExp(`^${coming}`) })).toBeVisible();
  }
  const indicator = page.getByRole('status').filter({ hasText: 'オンライン' });
  await expect(indicator).toContainText('保存済み');
  await expect(indicator).toHaveAttribute('aria-live', 'polite');
  await expectAccessible(page, 'council home (empty)');

  // Boards: create, rename, open, archive.
  const boards = page.getByRole('region', { name: 'ネットワークボード' });
  await page.getByLabel('ボードの名称').fill('地域生活支援拠点ネットワーク');
  await boards.getByRole('button', { name: '作成', exact: true }).click();
  await expect(page.getByText('「地域生活支援拠点ネットワーク」を作成しました。')).toBeVisible();
  await page.getByRole('button', { name: '「地域生活支援拠点ネットワーク」の名称を変更' }).click();
  const rename = page.getByLabel('「地域生活支援拠点ネットワーク」の新しい名称');
  await expect(rename).toBeFocused();
  await rename.fill('拠点ネットワーク（令和7年度）');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('link', { name: '拠点ネットワーク（令和7年度）' })).toBeVisible();
  await expectAccessible(page, 'council home (with a board)');

  await page.getByRole('link', { name: '拠点ネットワーク（令和7年度）' }).click();
  await expect(page).toHaveURL(/\/boards\/[0-9a-f-]{36}$/);
  await expect(heading(page)).toHaveText('拠点ネットワーク（令和7年度）');
  await expectAccessible(page, 'board');
  await page.getByRole('link', { name: '協議会ホームへ戻る' }).click();

  await page.getByLabel('ボードの名称').fill('子ども・若者支援マップ');
  await boards.getByRole('button', { name: '作成', exact: true }).click();
  await page.getByRole('button', { name: '「子ども・若者支援マップ」をアーカイブ' }).click();
  // Asked once more: nobody can edit an archived board.
  await expect(
    page.getByText('「子ども・若者支援マップ」をアーカイブしますか？', { exact: false }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'アーカイブする', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'アーカイブ済みのボード' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: '「子ども・若者支援マップ」をアーカイブから戻す' }),
  ).toBeVisible();
});

test('after setup the setup page is gone for good', async ({ page }) => {
  await page.goto('/setup');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(heading(page)).toHaveText('サインイン');
  await expectAccessible(page, 'sign-in');
});

test('a bad sign-in shows a clear error', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'サインイン', exact: true }).click();
  await expect(page.getByLabel('メールアドレス')).toHaveAccessibleDescription('入力してください。');

  await signIn(page, { email: SECRETARIAT.email, password: 'wrong-password-123' });
  await expect(page.getByRole('alert')).toHaveText(
    /メールアドレスまたはパスワードが正しくありません。/,
  );
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectAccessible(page, 'sign-in with an error');
});

test('sign out and sign in again', async ({ page }) => {
  await signIn(page, SECRETARIAT);
  await expectCouncilHome(page);
  await page.getByRole('button', { name: 'サインアウト' }).click();
  await expect(heading(page)).toHaveText('サインイン');

  // Signed out really means signed out: pages behind sign-in send you back to it.
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile$/);
  await page.getByLabel('メールアドレス').fill(SECRETARIAT.email);
  await page.getByLabel('パスワード').fill(SECRETARIAT.password);
  await page.getByRole('button', { name: 'サインイン', exact: true }).click();
  await expect(heading(page)).toHaveText('プロフィール');
  await expectAccessible(page, 'profile');
});

test('profile: name, password, and signing out everywhere', async ({ page }) => {
  await signIn(page, SECRETARIAT);
  await expectCouncilHome(page);
  await page.getByRole('link', { name: 'プロフィール' }).click();
  await page.getByLabel('お名前').fill('事務局 山田花子（障害福祉課）');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'プロフィールを保存しました。' }),
  ).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(
    '事務局 山田花子（障害福祉課）さんでサインイン中',
  );
  await page.getByLabel('お名前').fill(SECRETARIAT.name);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('banner')).toContainText(`${SECRETARIAT.name}さんでサインイン中`);

  const current = page.getByLabel('現在のパスワード');
  await current.fill('not-my-password');
  await page.getByLabel('新しいパスワード', { exact: true }).fill('a-new-password-2');
  await page.getByLabel('新しいパスワード（確認）').fill('a-different-one');
  await page.getByRole('button', { name: 'パスワードを変更' }).click();
  await expect(page.getByLabel('新しいパスワード（確認）')).toHaveAccessibleDescription(
    /確認用のパスワードが一致しません。/,
  );
  await page.getByLabel('新しいパスワード（確認）').fill('a-new-password-2');
  await page.getByRole('button', { name: 'パスワードを変更' }).click();
  await expect(page.getByRole('alert')).toHaveText(/現在のパスワードが正しくありません。/);
  await current.fill(SECRETARIAT.password);
  await page.getByLabel('新しいパスワード', { exact: true }).fill(SECRETARIAT.password);
  await page.getByLabel('新しいパスワード（確認）').fill(SECRETARIAT.password);
  await page.getByRole('button', { name: 'パスワードを変更' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'パスワードを変更しました。' }),
  ).toBeVisible();

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'すべての端末からサインアウト' }).click();
  await expect(heading(page)).toHaveText('サインイン');
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});

test('the secretariat invites a member who joins and appears in the member list', async ({
  page,
  browser,
}) => {
  await signIn(page, SECRETARIAT);
  await expectCouncilHome(page);
  await page.getByRole('link', { name: 'メンバーと招待' }).click();
  await expect(heading(page)).toHaveText('メンバーと招待');
  await expect(page.getByText('未使用の招待はありません。')).toBeVisible();

  await page.getByLabel('参加後の権限').selectOption({ label: '委員・支援者' });
  await page.getByRole('button', { name: '招待リンクを作成' }).click();
  const linkField = page.getByLabel('招待リンク', { exact: true });
  await expect(linkField).toBeFocused();
  const link = await linkField.inputValue();
  expect(link.startsWith(`${new URL(page.url()).origin}/join/`)).toBe(true);
  expect(link.split('/join/')[1]?.length).toBeGreaterThanOrEqual(20);
  await expect(page.getByRole('button', { name: 'リンクをコピー' })).toBeVisible();
  await expect(page.getByRole('table').nth(1)).toContainText('指定なし');
  await expectAccessible(page, 'members with a new invitation');

  const newcomerContext = await browser.newContext();
  const newcomer = await newcomerContext.newPage();
  await newcomer.goto(link);
  await expect(heading(newcomer)).toHaveText('協議会への参加');
  await expect(newcomer.getByText(`${COUNCIL}から招待されています。`)).toBeVisible();
  await expect(newcomer.getByRole('definition')).toHaveText('委員・支援者');
  await expectAccessible(newcomer, 'join');
  await newcomer.getByLabel('お名前（協議会内で表示されます）').fill(NEWCOMER.name);
  await newcomer.getByLabel('メールアドレス').fill(NEWCOMER.email);
  await newcomer.getByLabel('パスワード').fill(NEWCOMER.password);
  await newcomer.getByRole('button', { name: 'アカウントを作成して参加' }).click();
  await expectCouncilHome(newcomer);
  await expect(newcomer.getByText('あなたの権限：委員・支援者')).toBeVisible();
  await expect(newcomer.getByRole('link', { name: 'メンバーと招待' })).toHaveCount(0);
  await expect(newcomer.getByRole('link', { name: '拠点ネットワーク（令和7年度）' })).toBeVisible();

  // The link worked once; opened again it explains itself.
  await newcomer.goto(link);
  await expect(newcomer.getByRole('alert')).toContainText('既に使用されています');
  await newcomerContext.close();

  await page.reload();
  const row = page.getByRole('row', { name: new RegExp(NEWCOMER.name) });
  await expect(row).toContainText(NEWCOMER.email);
  await expect(page.getByText('未使用の招待はありません。')).toBeVisible();

  await row.getByLabel(`${NEWCOMER.name}さんの権限`).selectOption({ label: 'ゲスト' });
  await row.getByRole('button', { name: '権限を変更' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '「ゲスト」に変更しました' }),
  ).toBeVisible();

  // The last secretariat cannot step down; the reason is said in words.
  const myRow = page.getByRole('row', { name: /（あなた）/ });
  await myRow.getByLabel(`${SECRETARIAT.name}さんの権限`).selectOption({ label: 'ゲスト' });
  await myRow.getByRole('button', { name: '権限を変更' }).click();
  await expect(page.getByRole('alert')).toContainText('事務局が最低1人必要です');
  await expectAccessible(page, 'members');

  // Someone signed in who opens a link for a council they are in is told so.
  await page.getByLabel('招待する方のメールアドレス（任意）').fill(SECRETARIAT.email);
  await page.getByRole('button', { name: '招待リンクを作成' }).click();
  const ownLink = await linkField.inputValue();
  expect(ownLink).not.toBe(link);
  await page.goto(ownLink);
  await expect(
    page.getByText(`${SECRETARIAT.name}（${SECRETARIAT.email}）としてサインインしています。`),
  ).toBeVisible();
  await page.getByRole('button', { name: 'このアカウントで参加する' }).click();
  await expect(page.getByRole('alert')).toHaveText(/既にこの協議会のメンバーです。/);
  await expectAccessible(page, 'join while signed in');

  // Revoke that invitation; remove the newcomer.
  await page.goBack();
  await expect(heading(page)).toHaveText('メンバーと招待');
  await page
    .getByRole('button', { name: `委員・支援者（${SECRETARIAT.email}）への招待を取り消す` })
    .click();
  await expect(page.getByText('未使用の招待はありません。')).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: `${NEWCOMER.name}さんを協議会から外す` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'を協議会から外しました' }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(NEWCOMER.name) })).toHaveCount(0);
});

test('language switches to English and back, remembered on reload and in the account', async ({
  page,
  browser,
}) => {
  await signIn(page, SECRETARIAT);
  await expectCouncilHome(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Network boards' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Members and invitations' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Online' })).toContainText('Saved');
  await expect(page).toHaveTitle(`Council home — ${COUNCIL} — Tsunagu`);
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectAccessible(page, 'council home in English');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Network boards' })).toBeVisible();

  // A device that never chose a language takes the account's.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, SECRETARIAT);
  await expect(otherPage.getByRole('heading', { name: 'Network boards' })).toBeVisible();
  await expect(otherPage.locator('html')).toHaveAttribute('lang', 'en');
  await other.close();

  await page.getByRole('button', { name: '日本語', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { name: 'ネットワークボード' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { name: 'ネットワークボード' })).toBeVisible();
});

test('the main flows work with the keyboard alone', async ({ page }) => {
  // `/` redirects to sign-in; redirects during page load leave the focus at the top, so the
  // first Tab reaches the skip link, which jumps over the header.
  await page.goto('/');
  await expect(heading(page)).toHaveText('サインイン');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へ移動' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('メールアドレス')).toBeFocused();
  await page.keyboard.type(SECRETARIAT.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(SECRETARIAT.password);
  await page.keyboard.press('Enter');
  await expectCouncilHome(page);
  await expect(heading(page)).toBeFocused();

  // Create a board and open it.
  await tabTo(page, page.getByLabel('ボードの名称'));
  await page.keyboard.type('相談支援ネットワーク');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: '相談支援ネットワーク' })).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, page.getByRole('link', { name: '相談支援ネットワーク' }));
  await expect(page.getByRole('link', { name: '相談支援ネットワーク' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('相談支援ネットワーク');
  await expect(heading(page)).toBeFocused();

  // Through the navigation to the member page, and create an invitation there.
  await tabTo(page, page.getByRole('link', { name: 'メンバーと招待' }));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('メンバーと招待');
  await expect(heading(page)).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: '招待リンクを作成' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('招待リンク', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'リンクをコピー' })).toBeFocused();

  // The language switch and sign-out are reachable too.
  await tabTo(page, page.getByRole('button', { name: 'English' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'やさしい日本語' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: '日本語', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await tabTo(page, page.getByRole('button', { name: 'サインアウト' }));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('サインイン');
});

test('unknown addresses get a page that says so', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(heading(page)).toHaveText('ページが見つかりません');
  await expectAccessible(page, 'not found');
});
