import { expect, test } from '@playwright/test';
import { signIn } from './support/app';
import { expectAccessible } from './support/axe';
import { type OwnServer, startOwnServer } from './support/ownServer';
import { PORTS } from './support/ports';

// `npm start -- --demo`: the demo council's previous term is closed and its cards carried into
// the current one, whose 相談支援ネットワーク部会 holds the 2025 proposal's table.
let server: OwnServer | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://localhost:${PORTS.demo}` });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startOwnServer(PORTS.demo, ['--demo']);
});

test.afterAll(() => server?.stop());

test('the demo shows the current term\u2019s table and a carried card\u2019s lineage into the closed term', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, { email: 'soudan@demo.tsunagu.jp', password: 'demo-password-2' });
  await page.getByRole('link', { name: '地域課題カードを開く' }).click();
  await expect(page.getByLabel('表示する期')).toContainText('第10期（令和7〜8年度）');
  await expect(page.getByRole('link', { name: '地域生活支援拠点部会' })).toBeVisible();
  await page.getByRole('link', { name: '相談支援ネットワーク部会' }).click();
  for (const row of [
    'A 誰もがゆるやかに',
    'B ライフステージ',
    'C 分野を超えた',
    'D-d ピアサポーター',
  ]) {
    await expect(page.getByRole('rowheader', { name: new RegExp(`^${row}`) })).toBeVisible();
  }
  await expect(page.getByText(/^a\. 今ある社会資源を無理なく活かす/)).toBeVisible();
  await expectAccessible(page, 'demo four-column table');

  await page.getByRole('link', { name: '誰もがゆるやかにつながれる居場所づくり' }).click();
  const story = page.getByRole('region', { name: 'これまでの経過' });
  await expect(story.getByText('第9期（令和5〜6年度）').first()).toBeVisible();
  await expect(story.getByText(/第9期（令和5〜6年度） → 第10期（令和7〜8年度）/)).toBeVisible();
  await page.getByRole('link', { name: '前の期のこのカードを見る' }).click();
  await expect(page.getByText('この期は終了しています', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: '状態を変える' })).toHaveCount(0);
  await expectAccessible(page, 'a card of the closed term');
});
