import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { type BoardPair, startBoardPair } from './support/boardPair';
import { PORTS } from './support/ports';

// Two people with the same agency form open: each save writes only what its person changed, the
// fields one did not touch follow the other's save, and a field both changed is named before the
// later save overwrites it (client/src/forms/useLiveFields.ts).

const SECRETARIAT = {
  displayName: '事務局 山田花子',
  email: 'forms-jimu@example.jp',
  password: 'tsunagu-forms-e2e-1',
};
const MEMBER = {
  displayName: '相談支援専門員 佐藤一郎',
  email: 'forms-sato@example.jp',
  password: 'tsunagu-forms-e2e-2',
};
const HEIGHTS = 'グループホーム 東原ハイツ';

test.describe.configure({ mode: 'serial' });

let pair: BoardPair;

test.beforeAll(async ({ browser }) => {
  pair = await startBoardPair(browser, {
    port: PORTS.forms,
    boardName: '住まいの資源',
    secretariat: SECRETARIAT,
    member: MEMBER,
  });
});

test.afterAll(async () => {
  await pair?.close();
});

const form = (page: Page): Locator => page.getByRole('form', { name: `事業所を編集：${HEIGHTS}` });

async function openForm(page: Page) {
  await page
    .getByRole('table', { name: /^事業所・機関/ })
    .getByRole('button', { name: `${HEIGHTS}を編集` })
    .click();
  await expect(form(page).getByLabel('事業所名')).toHaveValue(HEIGHTS);
}

async function save(page: Page) {
  await form(page).getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('board-announcer')).toHaveText(`${HEIGHTS}を保存しました。`);
}

test('B saving only the memo keeps the phone number A saved meanwhile', async () => {
  const { a, b, boardId } = pair;
  for (const page of [a, b]) {
    await page.goto(`/boards/${boardId}`);
    await page.getByRole('button', { name: '一覧', exact: true }).click();
  }
  await a.getByRole('button', { name: '事業所を追加' }).click();
  await a.getByLabel('事業所名').fill(HEIGHTS);
  await a.getByLabel('層').selectOption({ label: 'Ⅲ 登録事業所' });
  await a.getByRole('group', { name: '分野' }).getByLabel('障害').check();
  await a.getByLabel('電話番号').fill('011-000-0000');
  await a.getByRole('button', { name: '保存' }).click();
  await expect(a.getByTestId('board-announcer')).toHaveText(`${HEIGHTS}を追加しました。`);

  await openForm(a);
  await openForm(b);
  await form(a).getByLabel('電話番号').fill('011-999-9999');
  await save(a);
  // B did not touch the phone number: the open form follows A's save.
  await expect(form(b).getByLabel('電話番号')).toHaveValue('011-999-9999');
  await form(b).getByLabel('メモ').fill('夜間は代表番号へ');
  await save(b);

  await openForm(a);
  await expect(form(a).getByLabel('電話番号')).toHaveValue('011-999-9999');
  await expect(form(a).getByLabel('メモ')).toHaveValue('夜間は代表番号へ');
  await form(a).getByRole('button', { name: 'キャンセル' }).click();
});

test('a field both changed is named with who changed it, and the later save asks once more', async () => {
  const { a, b } = pair;
  await openForm(a);
  await openForm(b);
  await form(b).getByLabel('電話番号').fill('011-222-2222');
  await form(a).getByLabel('電話番号').fill('011-333-3333');
  await save(a);

  const warning = form(b).getByRole('alert').filter({ hasText: '電話番号を変えました' });
  await expect(warning).toContainText(
    `${SECRETARIAT.displayName}さんが電話番号を変えました。（新しい値：011-333-3333）`,
  );
  await expect(form(b).getByLabel('電話番号')).toHaveValue('011-222-2222');
  await expectAccessible(b, 'agency form warning of a field someone else changed');
  // The first save is held back so the person sees the warning; the second overwrites.
  await form(b).getByRole('button', { name: '保存' }).click();
  await expect(warning).toContainText('もう一度「保存」を押してください');
  await expect(form(b)).toBeVisible();
  await save(b);

  await openForm(a);
  await expect(form(a).getByLabel('電話番号')).toHaveValue('011-222-2222');
  await expect(form(a).getByLabel('メモ')).toHaveValue('夜間は代表番号へ');
  await form(a).getByRole('button', { name: 'キャンセル' }).click();
});

test('no errors in the browser consoles', () => {
  expect(pair.consoleErrors).toEqual([]);
});
