import { expect, test } from '@playwright/test';
import { secondFactorNotYet } from '../server/testing/secondFactorNotYet';
import { expectAccessible } from './support/axe';
import { type OwnServer, startOwnServer } from './support/ownServer';
import { PORTS } from './support/ports';

// A page that fails in someone's browser reaches the server's log (issue 12): the server is this
// spec's own, so its log lines can be read.
const base = `http://localhost:${PORTS.clientErrors}`;
type Reported = {
  level: number;
  userId: string | null;
  clientError: { kind: string; message: string; stack?: string; route: string; buildId: string };
};

let server: OwnServer | undefined;
const reports: Reported[] = [];
const ids = { user: '', board: '' };

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: base });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startOwnServer(PORTS.clientErrors, [], (line) => {
    if (line.includes('"client error"')) reports.push(JSON.parse(line));
  });
});
test.afterAll(() => server?.stop());

test.beforeEach(async ({ context }) => {
  const headers = { origin: base };
  const setup = await context.request.post('/api/setup', {
    headers,
    data: {
      councilName: 'エラー市地域自立支援協議会',
      displayName: '事務局 佐藤',
      email: 'jimu@example.jp',
      password: 'correct horse battery',
      secondFactorRequiredFrom: secondFactorNotYet(),
    },
  });
  if (setup.ok()) {
    const body = await setup.json();
    ids.user = body.user.id;
    ids.board = (
      await (
        await context.request.post(`/api/councils/${body.councils[0].id}/boards`, {
          headers,
          data: { name: '拠点ネットワーク' },
        })
      ).json()
    ).id;
  } else {
    const signIn = await context.request.post('/api/auth/sign-in', {
      headers,
      data: { email: 'jimu@example.jp', password: 'correct horse battery' },
    });
    expect(signIn.ok(), await signIn.text()).toBe(true);
  }
});

test("an uncaught error and rejection in a page reach the server's log", async ({ page }) => {
  await page.goto(`/boards/${ids.board}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('拠点ネットワーク');
  await page.evaluate(() => {
    setTimeout(() => {
      throw new TypeError('e2e: thrown by the page');
    });
    void Promise.reject(new Error('e2e: rejected by the page'));
  });
  await expect
    .poll(() => reports.filter((r) => r.clientError.message.includes('e2e:')).length)
    .toBe(2);
  const thrown = reports.find((r) => r.clientError.kind === 'error');
  expect(thrown).toMatchObject({
    level: 40,
    userId: ids.user,
    clientError: {
      message: 'TypeError: e2e: thrown by the page',
      route: '/boards/:boardId',
      buildId: expect.stringMatching(/\S/),
      userAgent: expect.stringContaining('Chrome'),
    },
  });
  expect(thrown?.clientError.stack).toContain('e2e: thrown by the page');
  expect(reports.find((r) => r.clientError.kind === 'unhandledrejection')).toMatchObject({
    userId: ids.user,
    clientError: { message: 'Error: e2e: rejected by the page', route: '/boards/:boardId' },
  });
});

test("a page whose code does not load says so, and the server's log has why", async ({ page }) => {
  // After an update an old tab asks for files that are gone: here the board page's own chunk.
  await page.route(/\/assets\/BoardPage-[^/]+\.js$/, (route) => route.abort());
  await page.goto(`/boards/${ids.board}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページを表示できませんでした');
  await expect(page.getByRole('alert')).toContainText('問題が起きました');
  await expectAccessible(page, 'a page that failed');
  await expect.poll(() => reports.filter((r) => r.clientError.kind === 'route').length).toBe(1);
  expect(reports.find((r) => r.clientError.kind === 'route')).toMatchObject({
    level: 40,
    userId: ids.user,
    clientError: { route: '/boards/:boardId', message: expect.stringMatching(/import|fetch/i) },
  });
});
