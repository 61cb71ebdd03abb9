import { readFileSync } from 'node:fs';
import { type Browser, expect, test } from '@playwright/test';
import { DEMO_PREVIOUS_CARDS, DEMO_SUBCOMMITTEES, DEMO_TERMS } from '../server/demo/issueCards';
import { docxXml } from '../server/testing/docxXml';
import { ISSUE_CARD_STATUSES } from '../shared/domain';
import { signIn } from './support/app';
import { expectAccessible } from './support/axe';
import { type OwnServer, startOwnServer } from './support/ownServer';
import { readPdf } from './support/pdf';
import { PORTS } from './support/ports';

// What the council reports, on the demo council: the hub review of the current term (held by its
// 地域生活支援拠点部会), co-edited live; the closed term's review read-only; the 提言書 of the
// 相談支援ネットワーク部会 and the current term's 年次報告 as DOCX and printed to PDF, read back
// with pdftotext.
let server: OwnServer | undefined;
const base = `http://localhost:${PORTS.reports}`;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: base });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startOwnServer(PORTS.reports, ['--demo']);
});

test.afterAll(() => server?.stop());

async function openHubReview(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ baseURL: base, locale: 'ja-JP' });
  const page = await context.newPage();
  await signIn(page, { email, password });
  await page.getByRole('link', { name: '地域課題カードを開く' }).click();
  await page.getByRole('link', { name: '地域生活支援拠点の評価' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '地域生活支援拠点の評価 — 第10期（令和7〜8年度）',
  );
  return page;
}

test('the hub review shows each function’s providers, goals and rating, and two people co-edit it', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const a = await openHubReview(browser, 'soudan@demo.tsunagu.jp', 'demo-password-2');
  await a.getByRole('link', { name: '2025年度' }).click();
  await expect(a.getByRole('link', { name: '2025年度' })).toHaveAttribute('aria-current', 'page');
  await expect(a.getByLabel('担当部会')).toHaveValue(/.+/);
  await expect(a.getByLabel('担当部会').locator('option:checked')).toHaveText(
    '地域生活支援拠点部会',
  );
  const emergency = a.getByRole('region', { name: /③緊急時の受入れ・対応/ });
  await expect(emergency.getByRole('heading', { level: 2 })).toContainText('未達成');
  await expect(emergency.getByLabel('短期目標')).toHaveValue(/夜間・休日に連絡がつく窓口/);
  // Providers come from the demo board, as it is now; the card tagged ③ is linked.
  await expect(
    emergency.getByRole('heading', { name: /この機能を担う機関（[1-9]\d*）/ }),
  ).toBeVisible();
  await expect(emergency.getByText('支援が足りないところ')).toBeVisible();
  await expect(emergency.getByRole('link', { name: /緊急時の対応方法/ })).toBeVisible();
  await expectAccessible(a, 'the hub review (editable)');

  const b = await openHubReview(browser, 'jimukyoku@demo.tsunagu.jp', 'demo-password-1');
  await b.getByRole('link', { name: '2025年度' }).click();
  const workforceB = b.getByRole('region', { name: /④専門的人材の確保・養成/ });

  // A writes the council's comment by keyboard and rates the function; B sees both live.
  const workforceA = a.getByRole('region', { name: /④専門的人材の確保・養成/ });
  await workforceA.getByLabel('協議会の意見').fill('');
  await workforceA.getByLabel('協議会の意見').focus();
  await a.keyboard.type('研修の成果を事業所に広げる仕組みを次年度に作る');
  await a.keyboard.press('Tab');
  await expect(workforceA.getByLabel('評価')).toBeFocused();
  await workforceA.getByLabel('評価').selectOption({ label: '一部達成' });
  await expect(workforceB.getByLabel('協議会の意見')).toHaveValue(
    '研修の成果を事業所に広げる仕組みを次年度に作る',
  );
  await expect(workforceB.getByRole('heading', { level: 2 })).toContainText('一部達成');
  await expect(a.getByText('保存済み')).toBeVisible();
});

test('the closed term’s review can be read but not changed', async ({ browser }) => {
  const page = await openHubReview(browser, 'soudan@demo.tsunagu.jp', 'demo-password-2');
  await page.getByRole('link', { name: '地域課題カードの一覧へ' }).click();
  const picker = page.getByLabel('表示する期');
  const closedTerm = picker.locator('option', { hasText: '第9期' });
  await picker.selectOption((await closedTerm.getAttribute('value')) ?? '');
  await page.getByRole('link', { name: '地域生活支援拠点の評価' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第9期');
  await expect(page.getByText('この期は終了しています', { exact: false })).toBeVisible();
  await expect(page.getByRole('region', { name: /①相談/ })).toContainText('（未記入）');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectAccessible(page, 'the hub review of a closed term');
});

test('the 部会’s 提言書: print view to PDF with every card, the four columns and page numbers; DOCX download', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: base, locale: 'ja-JP' });
  const page = await context.newPage();
  await signIn(page, { email: 'soudan@demo.tsunagu.jp', password: 'demo-password-2' });
  await page.getByRole('link', { name: '地域課題カードを開く' }).click();
  await page.getByRole('link', { name: '相談支援ネットワーク部会' }).click();
  await page.getByRole('link', { name: '提言書を作る' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '相談支援ネットワーク部会 提言書',
  );
  await expect(page.getByRole('heading', { name: /^協議事項1\sA．/ })).toBeVisible();
  await expectAccessible(page, 'the 提言書 print view');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Word 文書（.docx）をダウンロード' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^相談支援ネットワーク部会_.*_提言書\.docx$/);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const { text, pages } = readPdf(pdf);
  for (const expected of [
    '相談支援ネットワーク部会 提言書',
    'はじめに',
    '部会における検討状況',
    '協議事項1',
    '誰もがゆるやかにつながれる居場所づくり',
    'ライフステージをまたいだ零れ落ちることのない相談支援',
    '分野を超えた支援者間のネットワークづくりと資質向上',
    'ほしい情報を手に入れやすくする仕組み',
    '今あるもの（社会資源）',
    'あったらいいな（アイデア）',
    '既に取り組んだこと→施策',
    '提言→施策',
    '当事者部会で5名（45〜65歳）から',
  ]) {
    expect(text.replace(/\s+/g, ''), expected).toContain(expected.replace(/\s+/g, ''));
  }
  // Page numbers at each foot, "1 / N" to "N / N"; the buttons are not printed.
  const folded = text.replace(/\s+/g, '');
  expect(pages).toBeGreaterThan(1);
  expect(folded).toContain(`1/${pages}`);
  expect(folded).toContain(`${pages}/${pages}`);
  expect(folded).not.toContain('印刷する');
  await context.close();
});

test('the term’s 年次報告: every 部会 and card, the status counts, the carry-over and the hub review, as DOCX and PDF', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const carried = DEMO_PREVIOUS_CARDS.filter((card) => !card.close);
  const closed = DEMO_PREVIOUS_CARDS.find((card) => card.close?.action === 'done');
  const counts = ISSUE_CARD_STATUSES.map(
    (status) => carried.filter((card) => card.status === status).length,
  );
  // The whole term's row of the counts table, as its text reads: 期全体, each status, 計.
  const wholeRow = `期全体${counts.join('')}${carried.length}`;
  const expected = [
    `${DEMO_TERMS.current.name} 年次報告`,
    '課題の段階別の件数',
    ...['抽出', '協議', '提言', '計画反映', '評価', '完了', '保留'],
    wholeRow,
    DEMO_SUBCOMMITTEES.network.name,
    DEMO_SUBCOMMITTEES.hub.name,
    ...carried.map((card) => card.title),
    `${DEMO_TERMS.previous.name}の終了時の判断`,
    `${DEMO_TERMS.current.name}へ引き継いだ課題（${carried.length}件）`,
    `理由：${closed?.close?.reason}`,
    '地域生活支援拠点の評価',
    ...['①相談', '②体験の機会・場', '③緊急時の受入れ・対応', '④専門的人材の確保・養成'],
    '⑤地域の体制づくり',
  ].map((text) => text.replace(/\s+/g, ''));

  const context = await browser.newContext({ baseURL: base, locale: 'ja-JP' });
  const page = await context.newPage();
  await signIn(page, { email: 'soudan@demo.tsunagu.jp', password: 'demo-password-2' });
  await page.getByRole('link', { name: '地域課題カードを開く' }).click();
  await page.getByRole('link', { name: '年次報告を作る' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `${DEMO_TERMS.current.name} 年次報告`,
  );
  await expect(page.getByRole('table', { name: /段階ごとの地域課題カードの件数/ })).toBeVisible();
  await expectAccessible(page, 'the 年次報告 print view');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Word 文書（.docx）をダウンロード' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${DEMO_TERMS.current.name}_年次報告.docx`);
  const docText = docxXml(readFileSync(await download.path())).replace(/<[^>]+>|\s+/g, '');
  for (const text of expected) expect(docText, `DOCX: ${text}`).toContain(text);

  await page.emulateMedia({ media: 'print' });
  const { text, pages } = readPdf(await page.pdf({ preferCSSPageSize: true }));
  const folded = text.replace(/\s+/g, '');
  for (const line of expected) expect(folded, `PDF: ${line}`).toContain(line);
  expect(pages).toBeGreaterThan(1);
  expect(folded).toContain(`${pages}/${pages}`);
  expect(folded).not.toContain('印刷する');
  await context.close();
});

test('a guest is not offered the 年次報告 and is refused it', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: base, locale: 'ja-JP' });
  const page = await context.newPage();
  await signIn(page, { email: 'guest@demo.tsunagu.jp', password: 'demo-password-4' });
  await page.getByRole('link', { name: '地域課題カードを開く' }).click();
  await expect(page.getByRole('link', { name: '地域生活支援拠点の評価' })).toBeVisible();
  await expect(page.getByRole('link', { name: '年次報告を作る' })).toHaveCount(0);
  const termId = new URL(
    (await page.getByRole('link', { name: '地域生活支援拠点の評価' }).getAttribute('href')) ?? '',
    base,
  ).pathname.split('/')[2];
  await page.goto(`/terms/${termId}/report`);
  await expect(page.getByRole('alert')).toContainText('この操作を行う権限がありません。');
  const docx = await context.request.get(`${base}/api/terms/${termId}/report.docx`);
  expect(docx.status()).toBe(403);
  await context.close();
});
