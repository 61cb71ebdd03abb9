import { expect, type Page, test } from '@playwright/test';
import { signIn } from './support/app';
import { expectAccessible } from './support/axe';
import { type OwnServer, startOwnServer } from './support/ownServer';
import { PORTS } from './support/ports';

// The demo's 第9期 closed with the city board as it was then (タイムステイ ぽけっと not yet open,
// the 東原ふれあいサロン still there, ショートステイ そよかぜ smaller): the 第10期 network view
// compares that frozen board with the live one.
let server: OwnServer | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://localhost:${PORTS.termNetwork}` });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startOwnServer(PORTS.termNetwork, ['--demo']);
});

test.afterAll(() => server?.stop());

const openNetwork = async (page: Page) => {
  await page.getByRole('link', { name: '地域課題カードを開く' }).click();
  await page.getByRole('link', { name: 'ネットワークの変化' }).click();
};

test('the current term\u2019s network against the closed term\u2019s frozen board: a list, the canvas marked, following live edits', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const person = async (email: string, password: string) => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await signIn(page, { email, password });
    return page;
  };
  const a = await person('soudan@demo.tsunagu.jp', 'demo-password-2');
  await openNetwork(a);
  await expect(a.getByLabel('比べる期')).toHaveValue(/.+/);
  await expect(a.getByLabel('比べる期').locator('option:checked')).toHaveText(
    '第9期（令和5〜6年度）',
  );
  await expect(a.getByLabel('ボード').locator('option:checked')).toHaveText('市全体ネットワーク');
  const list = a.getByTestId('diff-list');
  await expect(list.getByRole('region', { name: '加わった事業所（1件）' })).toContainText(
    'タイムステイ ぽけっと',
  );
  await expect(list.getByRole('region', { name: 'なくなった事業所（1件）' })).toContainText(
    '東原ふれあいサロン',
  );
  await expect(list.getByRole('region', { name: '内容が変わった事業所（1件）' })).toContainText(
    'ショートステイ そよかぜ — 変わった項目：定員、営業日・時間、夜間・休日対応',
  );
  await expect(list.getByRole('region', { name: /^なくなったつながり/ })).toContainText(
    '東原ふれあいサロン ― 南台地域包括支援センター（情報共有）',
  );

  // On the canvas the marks are words too: in each node's name and on the node.
  const canvas = a.getByRole('region', { name: 'ネットワークマップ' });
  await expect(
    canvas.getByRole('group', { name: /^タイムステイ ぽけっと、.*（追加）$/ }),
  ).toBeVisible();
  const ghost = canvas.locator('.agency-node-removed', { hasText: '東原ふれあいサロン' });
  await expect(ghost).toContainText('削除');
  await expect(canvas.locator('.agency-node-changed', { hasText: 'そよかぜ' })).toContainText(
    '変更',
  );
  await expect(a.getByText('後の期に加わった（緑の枠）')).toBeVisible();
  // Read-only: nothing to add or edit.
  await expect(a.getByRole('button', { name: '事業所を追加' })).toHaveCount(0);
  await expectAccessible(a, 'the term network view');

  // Someone renames an agency on the live board: the comparison follows at once.
  const b = await person('houkatsu@demo.tsunagu.jp', 'demo-password-3');
  await b.getByRole('link', { name: '市全体ネットワーク' }).first().click();
  await b.getByRole('button', { name: '一覧' }).click();
  await b.getByRole('button', { name: 'みどり保健所を編集' }).click();
  await b.getByLabel('事業所名').fill('みどり保健所（精神保健福祉センター併設）');
  await b.getByRole('button', { name: '保存' }).click();
  await expect(list.getByRole('region', { name: '内容が変わった事業所（2件）' })).toContainText(
    'みどり保健所 → みどり保健所（精神保健福祉センター併設） — 変わった項目：事業所名',
  );
});

test('a closed term\u2019s boards are kept as they were and open read-only', async ({ page }) => {
  // axe over the list view of 62 agencies takes over a minute on a loaded machine.
  test.setTimeout(240_000);
  await signIn(page, { email: 'jimukyoku@demo.tsunagu.jp', password: 'demo-password-1' });
  await openNetwork(page);
  await page.getByLabel('表示する期').selectOption({ index: 0 });
  await expect(
    page.getByRole('heading', { name: '第9期（令和5〜6年度）の終了時のボード' }),
  ).toBeVisible();
  await page.getByRole('link', { name: '市全体ネットワーク' }).click();
  await expect(
    page.getByRole('heading', { name: '市全体ネットワーク（第9期（令和5〜6年度）の終了時）' }),
  ).toBeVisible();
  await expect(page.getByText('変更できません')).toBeVisible();
  await page.getByRole('button', { name: '一覧' }).click();
  const agencies = page.getByRole('table', { name: /^事業所・機関/ });
  await expect(agencies.getByRole('rowheader', { name: '東原ふれあいサロン' })).toBeVisible();
  await expect(agencies.getByRole('rowheader', { name: 'タイムステイ ぽけっと' })).toHaveCount(0);
  await expect(agencies.getByRole('button', { name: '編集' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '事業所を追加' })).toHaveCount(0);
  await expectAccessible(page, 'a frozen board');
});
