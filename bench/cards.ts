// `npm run bench:cards` (after `vite build`): a term of 200 issue cards with 20 entries each (5
// per column) in headless Chromium. Prints the time from navigation to the 部会's four-column
// table drawn: declaring all 200 rows, with rendered rows filling the window and every rendered
// row holding all of its entries (the first task after the next animation frame),
// median and p95 over RUNS openings: each in a fresh browser context (no IndexedDB copy, as on a
// device opening the term for the first time), the first of them making the server load the
// document. Target: ≤ 1 s. BENCH_PORT moves the server (default 3198); BENCH_RUNS the count;
// BENCH_PROFILE=file.cpuprofile saves a CPU profile of the page during the last opening;
// BENCH_TIMELINE=1 prints each opening's API calls and socket messages with their times.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { z } from 'zod';
import { readConfig } from '../server/config';
import { docUpdates } from '../server/db/schema';
import { startServer } from '../server/server';
import { meView } from '../shared/api';
import { cardView, subcommitteeView, termView } from '../shared/cardApi';
import { entriesOf, termDocName } from '../shared/cards/termDocument';
import { insertEntry, newEntryId } from '../shared/document/entries';
import { CARD_COLUMNS } from '../shared/domain';
import { summarize } from './stats';

const CARDS = 200;
const ENTRIES_PER_COLUMN = 5;
const ENTRIES = CARDS * ENTRIES_PER_COLUMN * CARD_COLUMNS.length;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PORT = Number(process.env.BENCH_PORT ?? 3198);
const BASE = `http://localhost:${PORT}`;

/** Calls the API and reads the answer with the API's own schema. */
async function api<T>(
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
  cookie = '',
): Promise<{ json: T; cookie: string }> {
  const response = await fetch(`${BASE}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: BASE, cookie },
    body: method === 'GET' ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return {
    json: schema.parse(await response.json()),
    cookie: response.headers.get('set-cookie')?.split(';')[0] ?? cookie,
  };
}

/** An entry's words, about as long as the seed's. */
const entryText = (card: number, column: string, i: number) =>
  `${card + 1}番目の課題の${column}、${i + 1}件目：地域の事業所と家族会が月に一度集まって話し合う場`;

/** Where one opening's time went: page load, the API calls, the term's socket, drawn. */
async function timeline(page: Page, drawn: number): Promise<string> {
  const marks = (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.includes('/api/') || /[.](js|css)$/.test(r.name))
      .map((r) => [new URL(r.name).pathname, r.startTime, r.responseEnd]);
    return {
      dom: nav.domContentLoadedEventEnd,
      resources,
      socket: window.socket_,
    };
  })()`)) as {
    dom: number;
    resources: [string, number, number][];
    socket: [string | number, number][];
  };
  const ms = (n: number) => `${Math.round(n)}`;
  const socket = marks.socket.map(([what, at]) =>
    typeof what === 'number' ? `${(what / 1024).toFixed(1)} KiB @${ms(at)}` : `${what} @${ms(at)}`,
  );
  return [
    `    DOMContentLoaded @${ms(marks.dom)}`,
    ...marks.resources.map(([path, start, end]) => `    ${path} ${ms(start)}→${ms(end)}`),
    `    socket: ${socket.join(', ')}`,
    `    drawn @${ms(drawn)}`,
  ].join('\n');
}

async function main() {
  const server = await startServer(
    readConfig({
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'tsunagu-bench-cards-')),
      LOG_LEVEL: 'warn',
    }),
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const account = {
      displayName: '計測',
      email: 'bench@example.jp',
      password: 'tsunagu-bench-cards-1',
    };
    const setup = await api('POST', '/setup', { councilName: '計測用協議会', ...account }, meView);
    const { cookie } = setup;
    const councilId = setup.json.councils[0]?.id;
    const { json: terms } = await api(
      'GET',
      `/councils/${councilId}/terms`,
      null,
      z.array(termView),
      cookie,
    );
    const termId = terms[0]?.id ?? '';
    const { json: sub } = await api(
      'POST',
      `/terms/${termId}/subcommittees`,
      { name: '相談支援ネットワーク部会' },
      subcommitteeView,
      cookie,
    );
    const started = performance.now();
    const doc = new Y.Doc();
    for (let card = 0; card < CARDS; card++) {
      const { json } = await api(
        'POST',
        `/terms/${termId}/cards`,
        { subcommitteeId: sub.id, code: String(card + 1), title: `計測用の課題 ${card + 1}` },
        cardView,
        cookie,
      );
      doc.transact(() => {
        for (const column of CARD_COLUMNS) {
          for (let i = 0; i < ENTRIES_PER_COLUMN; i++) {
            insertEntry(entriesOf(doc), newEntryId(), {
              cardId: json.id,
              column,
              text: entryText(card, column, i),
              position: i + 1,
            });
          }
        }
      });
    }
    await server.database.db
      .insert(docUpdates)
      .values({ docName: termDocName(termId), update: Y.encodeStateAsUpdate(doc) });
    console.log(
      `created ${CARDS} cards and ${ENTRIES} entries in ${Math.round(performance.now() - started)} ms`,
    );

    const cookieName = cookie.split('=')[0] ?? '';
    const cookieValue = cookie.split('=').slice(1).join('=');
    const timings: number[] = [];
    const rendered: number[] = [];
    const elements: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({
        baseURL: BASE,
        locale: 'ja-JP',
        viewport: { width: 1600, height: 1000 },
      });
      await context.addCookies([{ name: cookieName, value: cookieValue, url: BASE }]);
      const page = await context.newPage();
      const profiler =
        process.env.BENCH_PROFILE && run === RUNS - 1 ? await context.newCDPSession(page) : null;
      await profiler?.send('Profiler.enable');
      await profiler?.send('Profiler.start');
      // Stamps the term's socket opening and each message on it (for the timeline below).
      await page.addInitScript(`(() => {
        const Native = window.WebSocket;
        window.socket_ = [];
        window.WebSocket = class extends Native {
          constructor(url, protocols) {
            super(url, protocols);
            if (!String(url).includes('/yjs')) return;
            window.socket_.push(['created', performance.now()]);
            this.addEventListener('open', () => window.socket_.push(['open', performance.now()]));
            this.addEventListener('message', (event) =>
              window.socket_.push([event.data.byteLength ?? event.data.length, performance.now()]),
            );
          }
        };
      })()`);
      await page.goto(`/terms/${termId}/subcommittees/${sub.id}`);
      // Drawn = the table says it has every row (aria-rowcount; a build that renders every row
      // has them all in the DOM) and the rows it rendered fill the window, each with all of its
      // entries. Only the rows near the window are rendered since the table was virtualised.
      await page.waitForFunction(
        ([rows, perCard]: number[]) => {
          const table = document.querySelector('.card-table');
          const rendered = [
            ...document.querySelectorAll('.card-table tbody tr:not(.card-table-gap)'),
          ];
          const declared = Number(table?.getAttribute('aria-rowcount') ?? rendered.length + 1) - 1;
          const last = rendered.at(-1);
          return (
            declared >= (rows ?? 0) &&
            last !== undefined &&
            (rendered.length >= (rows ?? 0) ||
              last.getBoundingClientRect().bottom >= innerHeight) &&
            document.querySelectorAll('.card-table tbody li.entry').length >=
              rendered.length * (perCard ?? 0)
          );
        },
        [CARDS, ENTRIES / CARDS],
        { timeout: 120_000, polling: 'raf' },
      );
      // Passed as text: tsx's helpers (__name) do not exist in the page.
      const drawn = Number(
        await page.evaluate(
          'new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))))',
        ),
      );
      timings.push(drawn);
      if (process.env.BENCH_TIMELINE) console.log(await timeline(page, drawn));
      rendered.push(
        Number(
          await page.evaluate(
            "document.querySelectorAll('.card-table tbody tr:not(.card-table-gap)').length",
          ),
        ),
      );
      elements.push(Number(await page.evaluate("document.getElementsByTagName('*').length")));
      if (profiler && process.env.BENCH_PROFILE) {
        const { profile } = await profiler.send('Profiler.stop');
        writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
      }
      await context.close();
    }

    const summary = summarize(timings);
    console.log(
      `\nterm of ${CARDS} cards × ${ENTRIES / CARDS} entries (${ENTRIES}), four-column table, headless Chromium`,
    );
    console.log(
      `navigation → table drawn with every row and entry: median ${Math.round(summary.p50)} ms, p95 ${Math.round(summary.p95)} ms over ${RUNS} openings   (target ≤ 1000)`,
    );
    console.log(`  each opening: ${timings.map((ms) => Math.round(ms)).join(', ')} ms`);
    console.log(
      `  rows rendered when drawn: ${rendered.join(', ')}; elements in the page: ${elements.join(', ')}`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
// PGlite's handles can outlive stop(); the run is over.
process.exit(0);
