import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import { secondFactorNotYet } from '../server/testing/secondFactorNotYet';
import { japanDay, japanDayAfter, latestSecondFactorDay } from '../shared/councilDay';
import { signIn } from './support/app';
import { expectAccessible } from './support/axe';
import { type OwnServer, startOwnServer } from './support/ownServer';
import { PORTS } from './support/ports';

// Two-step sign-in in the browser: a member sets it up from the profile (scanning is replaced by
// reading the setup key off the page and computing codes as an authenticator app does), signs in
// with a code and with a recovery code; the secretariat moves the day (within bounds) and chooses
// who is asked, sees who has it and resets a lost one; a case member without one is refused the
// case and led to set it up. Runs its own server: it changes how people sign in.
const PORT = PORTS.twoStep;
const BASE = `http://localhost:${PORT}`;
const password = 'tsunagu-two-step-e2e-1';
const secretariat = { displayName: '事務局 石井', email: 'ishii@example.jp', password };
const member = { displayName: '相談支援 森', email: 'mori@example.jp', password };

/** A YYYY-MM-DD day as the Japanese screens write it: 2027年4月1日. */
const jaDay = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
};

let server: OwnServer | undefined;
let councilId = '';
let setupKey = '';
let recoveryCodes: string[] = [];
// An authenticator code is accepted once: each sign-in uses a later time step than the last. The
// server takes the steps just before and after its own, so a code is at most one step ahead of
// the clock; two sign-ins within one step wait for the next, as a person waits for the next code.
let lastStep = 0;

const STEP_MS = 30_000;
const currentStep = () => Math.floor(Date.now() / STEP_MS);
async function nextCode(): Promise<string> {
  while (lastStep > currentStep()) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const step = Math.max(currentStep(), lastStep + 1);
  lastStep = step;
  return generateHOTP(decodeBase32IgnorePadding(setupKey), BigInt(step), 6);
}

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ baseURL: BASE });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startOwnServer(PORT);
  const api: APIRequestContext = await request.newContext({
    baseURL: BASE,
    extraHTTPHeaders: { origin: BASE },
  });
  const setup = await api.post('/api/setup', {
    data: { councilName: '架空市協議会', ...secretariat },
  });
  expect(setup.ok()).toBe(true);
  councilId = (await setup.json()).councils[0].id;
  const invitation = await api.post(`/api/councils/${councilId}/invitations`, {
    data: { role: 'member' },
  });
  const { token } = await invitation.json();
  const joiner = await request.newContext({ baseURL: BASE, extraHTTPHeaders: { origin: BASE } });
  expect((await joiner.post(`/api/invitations/${token}/accept`, { data: member })).ok()).toBe(true);
  await api.dispose();
  await joiner.dispose();
});

test.afterAll(() => server?.stop());

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'サインアウト', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test('a member sets up two-step sign-in from the profile and keeps the recovery codes', async ({
  page,
}) => {
  await signIn(page, member);
  await page.getByRole('link', { name: 'プロフィール' }).click();
  const section = page.getByRole('region', { name: '2段階認証' });
  await expect(section.getByText('未設定')).toBeVisible();
  await section.getByRole('button', { name: '認証アプリを登録する' }).click();
  await expect(section.getByRole('img', { name: '認証アプリ登録用のQRコード' })).toBeVisible();
  setupKey = ((await section.getByTestId('setup-key').textContent()) ?? '').replace(/\s/g, '');
  expect(setupKey).toMatch(/^[A-Z2-7]{32}$/);

  // A wrong code is refused and said; nothing is turned on.
  const code = section.getByLabel('確認コード（6桁）');
  await code.fill('12345');
  await section.getByRole('button', { name: '登録する' }).click();
  await expect(
    section.getByText('認証アプリに表示された6桁の数字を入力してください。'),
  ).toBeVisible();
  await expectAccessible(page, 'authenticator setup');

  // Typed the way people read it: with a space in the middle.
  const typed = await nextCode();
  await code.fill(`${typed.slice(0, 3)} ${typed.slice(3)}`);
  await code.press('Enter');
  const list = section.getByRole('list', { name: '回復コードの一覧' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  recoveryCodes = (await list.getByRole('listitem').allTextContents()).map((c) => c.trim());
  expect(new Set(recoveryCodes).size).toBe(10);
  await expect(page.getByText('2段階認証を設定しました。')).toBeVisible();
  await expectAccessible(page, 'recovery codes');
  await section.getByRole('button', { name: '回復コードを安全な場所に保存しました' }).click();
  await expect(list).toBeHidden();
  await expect(section.getByText('設定済み：サインインのたびに')).toBeVisible();
  await expect(section.getByText('未使用の回復コード：10個')).toBeVisible();
});

test('signing in asks for the code after the password; a wrong one is refused, the right one signs in', async ({
  page,
}) => {
  await signIn(page, member);
  const step = page.getByRole('region', { name: '2段階認証' });
  await expect(step.getByLabel('確認コード（6桁）')).toBeFocused();
  await expectAccessible(page, 'second step of sign-in');
  const right = await nextCode();
  await step.getByLabel('確認コード（6桁）').fill(right === '000000' ? '111111' : '000000');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('コードが正しくありません');
  await step.getByLabel('確認コード（6桁）').fill(right);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('架空市協議会');
  await signOut(page);
});

test('without the phone, a recovery code signs in once; the same code does not work twice', async ({
  page,
}) => {
  const [first] = recoveryCodes;
  await signIn(page, member);
  await page.getByRole('button', { name: '認証アプリを使えない（回復コードを使う）' }).click();
  const field = page.getByLabel('回復コード');
  await expect(field).toBeFocused();
  await field.fill(` ${first?.toUpperCase()} `);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('架空市協議会');
  await page.goto('/profile');
  await expect(page.getByText('未使用の回復コード：9個')).toBeVisible();
  await signOut(page);

  await signIn(page, member);
  await page.getByRole('button', { name: '認証アプリを使えない（回復コードを使う）' }).click();
  await page.getByLabel('回復コード').fill(first ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('コードが正しくありません');
  await page.getByRole('button', { name: '最初からやり直す' }).click();
  await expect(page.getByLabel(/^パスワード$/)).toBeVisible();
});

test('a passkey added on the profile signs in on its own, with no password', async ({ page }) => {
  // Chromium's virtual authenticator stands in for the device's fingerprint or PIN.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  await signIn(page, member);
  await page.getByLabel('確認コード（6桁）').fill(await nextCode());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('架空市協議会');
  await page.goto('/profile');
  const panel = page.getByRole('region', { name: 'パスキー・セキュリティキー' });
  await expect(panel.getByText('登録されていません。')).toBeVisible();
  await panel.getByLabel('パスキーの名前').fill('事務所のパソコン');
  await panel.getByRole('button', { name: 'パスキーを追加' }).click();
  await expect(panel.getByText('パスキー「事務所のパソコン」を登録しました。')).toBeVisible();
  await expect(
    panel.getByRole('list', { name: '登録済みのパスキー' }).getByRole('listitem'),
  ).toHaveCount(1);
  await expectAccessible(page, 'profile with a passkey');
  await signOut(page);

  await page.getByRole('button', { name: 'パスキーでサインイン' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  await page.goto('/profile');
  await expect(page.getByText(/最後の使用/)).toBeVisible();
  await signOut(page);
});

test('the secretariat moves the day, within bounds, sees who has it, and resets a lost one', async ({
  page,
}) => {
  await signIn(page, secretariat);
  await page.getByRole('link', { name: 'メンバーと招待' }).click();
  const row = page.getByRole('row', { name: new RegExp(member.displayName) });
  await expect(row.getByRole('cell', { name: /^設定済み/ })).toBeVisible();

  // A new council asks its secretariat and case members from the FY2027 start.
  const setting = page.getByRole('region', { name: '2段階認証の義務化' });
  const state = setting.getByTestId('council-two-step-state');
  await expect(state).toHaveText('2027年4月1日から義務化（対象：ケース会議のメンバーと事務局）');
  await expect(setting.getByLabel('ケース会議のメンバーと事務局')).toBeChecked();

  // It may be put off, but not further than the latest day the screen names.
  const latest = latestSecondFactorDay(new Date());
  const day = setting.getByLabel('義務化する日');
  await day.fill(japanDayAfter(new Date(`${latest}T12:00:00+09:00`), 1));
  await setting.getByRole('button', { name: '保存する' }).click();
  await expect(setting.getByText(`${latest}までの日にしてください`)).toBeVisible();
  await expect(day).toBeFocused();
  const later = secondFactorNotYet();
  await day.fill(later);
  await expect(setting.getByText(/ガイドラインは2027年度までの導入を求めています/)).toBeVisible();
  await setting.getByRole('button', { name: '保存する' }).click();
  await expect(state).toHaveText(`${jaDay(later)}から義務化（対象：ケース会議のメンバーと事務局）`);
  await expectAccessible(page, 'members page with two-step settings');

  // The secretariat itself is asked and has not set it up: the reminder says so on every page.
  await page.getByRole('link', { name: '協議会ホーム' }).click();
  await expect(page.getByRole('complementary', { name: '2段階認証' })).toContainText(
    `${jaDay(later)}から2段階認証が必要になります`,
  );

  await page.getByRole('link', { name: 'メンバーと招待' }).click();
  page.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('button', { name: `${member.displayName}さんの2段階認証をリセット` }).click();
  await expect(
    page.getByText(`${member.displayName}さんの2段階認証をリセットしました。`),
  ).toBeVisible();
  await expect(row.getByRole('cell', { name: '未設定' })).toBeVisible();
});

test('after a reset the member signs in with the password alone', async ({ page }) => {
  await signIn(page, member);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('架空市協議会');
});

test('asked from today, a case member without a second factor is refused the case and led to set it up', async ({
  page,
}) => {
  // The member keeps a case, opened while the council did not yet require a second factor.
  const memberApi = await request.newContext({ baseURL: BASE, extraHTTPHeaders: { origin: BASE } });
  expect((await memberApi.post('/api/auth/sign-in', { data: member })).ok()).toBe(true);
  const created = await memberApi.post(`/api/councils/${councilId}/cases`, {
    data: { pseudonym: 'Eさん', legalBasis: 'supportMeeting106_6', agency: '相談支援事業所' },
  });
  expect(created.ok()).toBe(true);
  const caseId: string = (await created.json()).id;
  expect((await memberApi.post(`/api/cases/${caseId}/pledge`)).ok()).toBe(true);
  expect((await memberApi.get(`/api/cases/${caseId}`)).ok()).toBe(true);
  await memberApi.dispose();

  // The secretariat asks case members only, from today.
  await signIn(page, secretariat);
  await page.getByRole('link', { name: 'メンバーと招待' }).click();
  const setting = page.getByRole('region', { name: '2段階認証の義務化' });
  await setting.getByLabel('ケース会議のメンバーだけ').check();
  const today = japanDay(new Date());
  await setting.getByLabel('義務化する日').fill(today);
  await setting.getByRole('button', { name: '保存する' }).click();
  await expect(setting.getByTestId('council-two-step-state')).toHaveText(
    `${jaDay(today)}から義務化（対象：ケース会議のメンバーだけ）`,
  );
  // No longer asked, the secretariat sees no reminder.
  await page.getByRole('link', { name: '協議会ホーム' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('架空市協議会');
  await expect(page.getByRole('complementary', { name: '2段階認証' })).toHaveCount(0);
  await signOut(page);

  await signIn(page, member);
  await expect(page.getByRole('complementary', { name: '2段階認証' })).toContainText(
    '2段階認証が必要です。設定するまで、ケース会議は開けません。',
  );
  await page.goto(`/cases/${caseId}`);
  await expect(
    page.getByText('協議会の決まりにより、ケース会議を開くには2段階認証が必要です。'),
  ).toBeVisible();
  await expect(page.getByText('Eさん')).toHaveCount(0);
  await expectAccessible(page, 'a case refused for want of a second factor');
  await page
    .getByRole('main')
    .getByRole('paragraph')
    .getByRole('link', { name: '2段階認証を設定する' })
    .click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(
    page
      .getByRole('region', { name: '2段階認証' })
      .getByRole('button', { name: '認証アプリを登録する' }),
  ).toBeVisible();
});
