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

test('two people co-edit a card\u2019s goals and evaluations live, by keyboard', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const base = `http://localhost:${PORTS.demo}`;
  const person = async (email: string, password: string) => {
    const context = await browser.newContext({ baseURL: base, locale: 'ja-JP' });
    const page = await context.newPage();
    await signIn(page, { email, password });
    await page.getByRole('link', { name: '地域課題カードを開く' }).click();
    await page.getByRole('link', { name: '相談支援ネットワーク部会' }).click();
    await page
      .getByRole('link', { name: '分野を超えた支援者間のネットワークづくりと資質向上' })
      .click();
    await expect(page.getByRole('heading', { name: '目標', level: 2 })).toBeVisible();
    return page;
  };
  const a = await person('soudan@demo.tsunagu.jp', 'demo-password-2');
  const b = await person('houkatsu@demo.tsunagu.jp', 'demo-password-3');
  const longTerm = (page: typeof a) => page.getByRole('region', { name: '長期' });
  await expect(longTerm(a).getByText('まだ目標がありません。')).toBeVisible();

  // Person A adds a long-term goal by keyboard (the date control is the browser's own).
  await longTerm(a).getByLabel('長期：目標').focus();
  await a.keyboard.type('分野を問わず支援者が顔の見える関係で相談し合える');
  await longTerm(a).getByLabel('進み具合（%）').focus();
  await a.keyboard.type('150');
  await a.keyboard.press('Enter');
  // The schema refuses 150% and keeps what was typed.
  await expect(longTerm(a).getByRole('alert')).toContainText(/100/);
  await expect(longTerm(a).getByLabel('長期：目標')).not.toHaveValue('');
  await longTerm(a).getByLabel('進み具合（%）').fill('10');
  await longTerm(a).getByRole('button', { name: '長期の目標を追加' }).press('Enter');
  const goalText = '分野を問わず支援者が顔の見える関係で相談し合える';
  const progressOf = (page: typeof a) =>
    page.getByLabel(`長期の目標「${goalText}」：進み具合（%）`);
  await expect(progressOf(b)).toHaveValue('10');

  // Person B moves its progress; A sees it without reloading.
  await progressOf(b).fill('30');
  await progressOf(b).press('Enter');
  await expect(progressOf(a)).toHaveValue('30');

  // An evaluation recorded by B shows for A, newest first.
  const evaluations = b.getByRole('region', { name: '評価' });
  await evaluations.getByLabel('評価した日', { exact: true }).fill('2026-11-30');
  await evaluations
    .getByLabel('達成したこと', { exact: true })
    .fill('児童分野の事業所3か所が交流会に参加した');
  await evaluations.getByLabel('指標', { exact: true }).fill('参加した事業所の分野');
  await evaluations.getByRole('button', { name: '評価を記録' }).click();
  const aEvaluations = a.getByRole('region', { name: '評価' });
  await expect(aEvaluations.getByRole('listitem').first()).toContainText('2026-11-30');
  await expect(aEvaluations.getByLabel('2026-11-30の評価：達成したこと')).toHaveValue(
    '児童分野の事業所3か所が交流会に参加した',
  );
  await expectAccessible(a, 'card page with goals and evaluations');
  await a.context().close();
  await b.context().close();
});
