import { randomUUID } from 'node:crypto';
import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import { secondFactorNotYet } from '../server/testing/secondFactorNotYet';
import { heading, signIn } from './support/app';
import { expectAccessible } from './support/axe';
import { expectNoJapaneseChrome } from './support/noJapanese';
import { type OwnServer, startOwnServer } from './support/ownServer';
import { PORTS } from './support/ports';

// Someone who reads English walks the main pages of a council whose data has English names: no
// word of the app itself (headings, buttons, labels, messages, punctuation) may be Japanese. The
// one Japanese word in the data is the first term's name, which the setup gives (第1期).
const base = `http://localhost:${PORTS.english}`;
const PERSON = {
  displayName: 'Alex Morgan',
  email: 'alex@example.org',
  password: 'tsunagu-english-1',
};
const DATA = ['第1期'];
const ids = { council: '', board: '', case: '', term: '', subcommittee: '', card: '', meeting: '' };

let server: OwnServer | undefined;
let api: APIRequestContext;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: base, locale: 'en-GB' });

async function post(path: string, data?: unknown) {
  const response = await api.post(`/api${path}`, data === undefined ? {} : { data });
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startOwnServer(PORTS.english);
  api = await request.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  ids.council = (
    await post('/setup', {
      councilName: 'Greenfield Council',
      ...PERSON,
      secondFactorRequiredFrom: secondFactorNotYet(),
    })
  ).councils[0].id;
  ids.board = (await post(`/councils/${ids.council}/boards`, { name: 'Greenfield network' })).id;
  ids.case = (
    await post(`/councils/${ids.council}/cases`, {
      pseudonym: 'Person A',
      legalBasis: 'council89_3',
      agency: 'Greenfield Support Centre',
    })
  ).id;
  await post(`/cases/${ids.case}/pledge`);
  const terms = await (await api.get(`/api/councils/${ids.council}/terms`)).json();
  ids.term = terms[0].id;
  ids.subcommittee = (
    await post(`/terms/${ids.term}/subcommittees`, {
      name: 'Consultation network',
      purpose: 'Connect the people who support others in the city.',
    })
  ).id;
  ids.card = (
    await post(`/terms/${ids.term}/cards`, {
      subcommitteeId: ids.subcommittee,
      code: 'A',
      title: 'A place for everyone',
      summary: 'Few places to drop in.',
    })
  ).id;
  ids.meeting = (
    await post(`/councils/${ids.council}/meetings`, {
      kind: 'joint',
      title: 'Joint meeting',
      startsAt: '2026-12-20T14:00:00+09:00',
      durationMinutes: 90,
      place: 'Town hall',
      onlineUrl: '',
      facilitatorIds: [],
      agenda: [
        { id: randomUUID(), title: 'Welcome', minutes: 10, presenter: 'Alex Morgan', links: [] },
        { id: randomUUID(), title: 'Group work', minutes: 60, presenter: '', links: [] },
      ],
    })
  ).id;
});

test.afterAll(async () => {
  await api?.dispose();
  server?.stop();
});

/** The page in English: its own words checked, then axe. */
async function check(page: Page, what: string) {
  await expectNoJapaneseChrome(page, what, DATA);
  await expectAccessible(page, what);
}

test('the app speaks English on every main page once English is chosen', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await check(page, 'sign-in');
  await signIn(page, PERSON, 'Sign in');
  await expect(heading(page)).toHaveText('Greenfield Council');
  await check(page, 'council home');

  await page.goto(`/boards/${ids.board}`);
  await page.getByRole('button', { name: 'Add agency' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Greenfield Support Centre');
  await page.getByLabel('Layer').selectOption({ label: 'II Core institutions' });
  await page.getByRole('group', { name: 'Fields' }).getByLabel('Disability').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.agency-node')).toHaveCount(1);
  await check(page, 'board map');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('cell', { name: 'Disability' })).toBeVisible();
  await check(page, 'board list view');

  await page.goto(`/cases/${ids.case}`);
  await expect(heading(page)).toHaveText('Person A');
  for (const tab of ['Ecomap', 'Life stages', 'Emergency plan', 'Action items']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await check(page, `case space: ${tab}`);
  }
  for (const tab of ['Conference records', 'Members & consent', 'Print']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expectNoJapaneseChrome(page, `case space: ${tab}`, DATA);
  }

  await page.goto(`/councils/${ids.council}/cards`);
  await expect(page.getByRole('link', { name: 'Consultation network' })).toBeVisible();
  await check(page, 'cards');
  await page.getByRole('link', { name: 'Consultation network' }).click();
  await expect(page.getByRole('rowheader', { name: /A place for everyone/ })).toBeVisible();
  await check(page, 'four-column table');
  await page.goto(`/cards/${ids.card}`);
  await expect(heading(page)).toContainText('A place for everyone');
  await check(page, 'card');
  await page.goto(`/terms/${ids.term}/subcommittees/${ids.subcommittee}/proposal`);
  await expect(page.getByRole('heading', { name: /Consultation network: proposal/ })).toBeVisible();
  await check(page, 'proposal print view');
  await page.goto(`/terms/${ids.term}/hub-review`);
  await expect(heading(page)).toBeVisible();
  await expectNoJapaneseChrome(page, 'hub review', DATA);
  await page.goto(`/terms/${ids.term}/report`);
  await expect(page.getByRole('heading', { name: /Consultation network/ })).toBeVisible();
  await check(page, 'yearly report print view');

  await page.goto(`/meetings/${ids.meeting}`);
  await expect(heading(page)).toContainText('Joint meeting');
  await check(page, 'meeting');
  await page.goto(`/meetings/${ids.meeting}/print`);
  await expect(page.getByRole('cell', { name: 'Group work' })).toBeVisible();
  await check(page, 'meeting print view');
  await page.goto(`/meetings/${ids.meeting}/minutes`);
  await expect(heading(page)).toBeVisible();
  await check(page, 'minutes');
  await page.goto(`/meetings/${ids.meeting}/minutes/print`);
  await expect(page.getByRole('heading', { name: /Joint meeting/, level: 1 })).toBeVisible();
  await check(page, 'minutes print view');
});
