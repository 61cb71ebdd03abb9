// `npm run bench:board` (after `vite build`): the board screen with 1,000 agencies and 3,000 ties
// in headless Chromium. Prints: open → first screenful drawn (for the first person, who makes the
// server load the document, and for a second one), frames per second while panning and while
// zooming, and how long a remote edit (from a Node client) takes to appear on screen, counted
// both from its arrival at the browser and from the sender.
// BENCH_PORT moves the server (default 3197); BENCH_SCREENSHOT=file.png saves the opened board;
// BENCH_PROFILE=file.cpuprofile saves a CPU profile of the page while it opens (for DevTools).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { WebSocket as NodeWebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { z } from 'zod';
import { readConfig } from '../server/config';
import { docUpdates } from '../server/db/schema';
import { startServer } from '../server/server';
import { generateBoard } from '../server/testing/generatedBoard';
import { boardView, meView } from '../shared/api';
import { updateAgency } from '../shared/board/document';
import { MESSAGE_SAVED } from '../shared/realtimeProtocol';

const AGENCIES = 1000;
const TIES = 3000;
const EDITS = 20;
const PAN_MS = 2000;
const PORT = Number(process.env.BENCH_PORT ?? 3197);
const ZOOM_MS = 2000;
const BASE = `http://localhost:${PORT}`;

/** POSTs to the API and reads the answer with the API's own schema. */
async function api<T>(
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
  cookie = '',
): Promise<{ json: T; cookie: string }> {
  const response = await fetch(`${BASE}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE, cookie },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return {
    json: schema.parse(await response.json()),
    cookie: response.headers.get('set-cookie')?.split(';')[0] ?? cookie,
  };
}

const drawnFrame =
  'new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))))';

/**
 * Opens the board; returns when (from navigation start) the first screenful of agencies was in
 * the page and drawn (the first task after the next animation frame, as for remote edits), and
 * when every agency was (big boards mount the rest after the first screenful).
 */
async function openBoard(page: Page, boardId: string): Promise<{ first: number; all: number }> {
  await page.goto(`/boards/${boardId}`);
  await page.waitForFunction(
    () => document.querySelectorAll('.agency-node').length >= 20,
    undefined,
    {
      timeout: 60_000,
    },
  );
  const first = Number(await page.evaluate(drawnFrame));
  await page.waitForFunction(
    (count) => document.querySelectorAll('.agency-node').length >= count,
    AGENCIES,
    { timeout: 60_000 },
  );
  return { first, all: Number(await page.evaluate(drawnFrame)) };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const max = (values: number[]) => Math.max(...values);

async function main() {
  const started = performance.now();
  const board = generateBoard(AGENCIES, TIES);
  console.log(
    `generated ${AGENCIES} agencies and ${TIES} ties in ${Math.round(performance.now() - started)} ms`,
  );

  const server = await startServer(
    readConfig({
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'tsunagu-bench-board-')),
      LOG_LEVEL: 'warn',
    }),
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  let remote: WebsocketProvider | null = null;
  try {
    const account = {
      displayName: '計測',
      email: 'bench@example.jp',
      password: 'tsunagu-bench-board-1',
    };
    const setup = await api('/setup', { councilName: '計測用協議会', ...account }, meView);
    const councilId = setup.json.councils[0]?.id;
    const { json: created } = await api(
      `/councils/${councilId}/boards`,
      { name: '1000事業所' },
      boardView,
      setup.cookie,
    );
    const docName = `board:${created.id}`;
    await server.database.db
      .insert(docUpdates)
      .values({ docName, update: Y.encodeStateAsUpdate(board) });

    const context = await browser.newContext({
      baseURL: BASE,
      locale: 'ja-JP',
      viewport: { width: 1600, height: 1000 },
    });
    await context.addCookies([
      {
        name: setup.cookie.split('=')[0] ?? '',
        value: setup.cookie.split('=').slice(1).join('='),
        url: BASE,
      },
    ]);
    const page = await context.newPage();
    const profiler = process.env.BENCH_PROFILE ? await context.newCDPSession(page) : null;
    await profiler?.send('Profiler.enable');
    await profiler?.send('Profiler.start');
    // Stamps every sync message of the board's socket as it arrives, before y-websocket's own
    // handler (set later, as onmessage) applies it: the remote-edit clock starts there.
    await page.addInitScript(`(() => {
      const Native = window.WebSocket;
      window.arrivals_ = [];
      window.WebSocket = class extends Native {
        constructor(url, protocols) {
          super(url, protocols);
          if (!String(url).includes('/yjs')) return;
          this.addEventListener('message', (event) => {
            if (event.data instanceof ArrayBuffer && new Uint8Array(event.data)[0] === 0)
              window.arrivals_.push(performance.now());
          });
        }
      };
    })()`);
    const opened = await openBoard(page, created.id);
    if (profiler && process.env.BENCH_PROFILE) {
      const { profile } = await profiler.send('Profiler.stop');
      writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
    }
    if (process.env.BENCH_SCREENSHOT) await page.screenshot({ path: process.env.BENCH_SCREENSHOT });
    // A second person opens the board while the first has it open: the server has the document
    // in memory, and this browser has no copy of its own yet.
    const second = await browser.newContext({
      baseURL: BASE,
      locale: 'ja-JP',
      viewport: { width: 1600, height: 1000 },
      storageState: await context.storageState(),
    });
    const secondOpened = await openBoard(await second.newPage(), created.id);
    await second.close();

    // In-page code is passed as text: tsx's helpers (__name) do not exist in the page.
    await page.evaluate(`(() => {
      window.frames_ = 0;
      window.counting = true;
      const tick = () => { window.frames_++; if (window.counting) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    await page.waitForTimeout(1000);
    const idleFrames = Number(await page.evaluate('window.frames_'));
    const frame = await page.locator('.react-flow__pane').boundingBox();
    if (!frame) throw new Error('no canvas');
    const centre = { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
    // A drag pans only from empty canvas (the pane or a lane's background); from an agency or a
    // tie it would move the agency or do nothing. The free point nearest the centre:
    const grab = (await page.evaluate(`(() => {
      const box = document.querySelector('.react-flow__pane').getBoundingClientRect();
      const free = [];
      for (let x = box.left + 10; x < box.right - 10; x += 10)
        for (let y = box.top + 10; y < Math.min(box.bottom, innerHeight) - 10; y += 10) {
          const hit = document.elementFromPoint(x, y);
          if (hit && (hit.matches('.react-flow__pane') || hit.closest('.react-flow__node-lane')))
            free.push({ x, y, d: Math.hypot(x - ${centre.x}, y - ${centre.y}) });
        }
      free.sort((a, b) => a.d - b.d);
      return free[0] ?? null;
    })()`)) as { x: number; y: number } | null;
    if (!grab) throw new Error('no empty canvas to pan from');
    /** Frames per second drawn while `step` is repeated for `ms`. */
    const fpsWhile = async (ms: number, step: (i: number) => Promise<void>) => {
      await page.evaluate('window.frames_ = 0');
      const start = performance.now();
      for (let i = 0; performance.now() - start < ms; i++) await step(i);
      const frames = Number(await page.evaluate('window.frames_'));
      return frames / ((performance.now() - start) / 1000);
    };

    // Pan by dragging the empty pane in circles.
    const viewportBefore = await page.locator('.react-flow__viewport').getAttribute('style');
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    const panFps = await fpsWhile(PAN_MS, (i) =>
      page.mouse.move(grab.x + Math.cos(i / 10) * 200, grab.y + Math.sin(i / 10) * 150),
    );
    await page.mouse.up();
    if ((await page.locator('.react-flow__viewport').getAttribute('style')) === viewportBefore)
      throw new Error('the drag did not pan the canvas');
    // Zoom with the wheel, in and out around the centre (between 0.5 and about 1.3).
    const zoomFps = await fpsWhile(ZOOM_MS, (i) =>
      page.mouse.wheel(0, Math.floor(i / 8) % 2 === 0 ? -100 : 100),
    );
    await page.evaluate('window.counting = false');

    // Remote edits from a Node client to agencies on screen.
    const onScreen = (await page.evaluate(`(() => {
      const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
      return [...document.querySelectorAll('.react-flow__node-agency')]
        .filter((node) => {
          const box = node.getBoundingClientRect();
          return box.left >= pane.left && box.right <= pane.right && box.top >= pane.top && box.bottom <= pane.bottom;
        })
        .map((node) => node.dataset.id);
    })()`)) as string[];
    if (onScreen.length === 0) throw new Error('no agency on screen');
    const remoteDoc = new Y.Doc();
    const cookie = setup.cookie;
    class CookieSocket extends NodeWebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie, origin: BASE } });
      }
    }
    remote = new WebsocketProvider(`ws://localhost:${PORT}/yjs`, docName, remoteDoc, {
      WebSocketPolyfill: CookieSocket as unknown as typeof WebSocket,
    });
    // Our server's `saved` acknowledgements mean nothing to this writer.
    remote.messageHandlers[MESSAGE_SAVED] = () => {};
    await new Promise<void>((resolve) => remote?.once('sync', () => resolve()));
    type Seen = { arrived: number; inDom: number; painted: number; now: number };
    const fromArrival: number[] = [];
    const painted: number[] = [];
    const fromSender: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const id = onScreen[i % onScreen.length] as string;
      const name = `遠隔編集${i}`;
      // Watches only the edited node (checking the whole page on every mutation would cost more
      // than the edit). "Painted" is the first task after the next animation frame, which runs
      // after that frame is drawn.
      await page.evaluate(`(() => {
        window.arrivals_ = [];
        window.seen_ = new Promise((resolve) => {
          const node = document.querySelector('.react-flow__node[data-id="${id}"]');
          if (!node) throw new Error('agency ${id} is not on the canvas');
          const observer = new MutationObserver(() => {
            if (!node.isConnected || !node.textContent.includes(${JSON.stringify(name)})) return;
            const inDom = performance.now();
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve({
              arrived: window.arrivals_[0], inDom, painted: performance.now(),
              now: performance.timeOrigin + performance.now(),
            })));
          });
          observer.observe(node, { subtree: true, childList: true, characterData: true });
        });
      })()`);
      await page.waitForTimeout(20);
      const sent = performance.timeOrigin + performance.now();
      updateAgency(remoteDoc, id, { name });
      const seen = (await page.evaluate('window.seen_')) as Seen;
      fromArrival.push(seen.inDom - seen.arrived);
      painted.push(seen.painted - seen.arrived);
      fromSender.push(seen.now - (seen.painted - seen.inDom) - sent);
    }

    const ms = (values: number[]) =>
      `median ${Math.round(median(values))} ms, max ${Math.round(max(values))} ms`;
    console.log('\nboard of %d agencies and %d ties, headless Chromium', AGENCIES, TIES);
    console.log(
      `open → first screenful drawn:    ${Math.round(opened.first)} ms   (target ≤ 1500); every agency: ${Math.round(opened.all)} ms`,
    );
    console.log(
      `  by a second person:            ${Math.round(secondOpened.first)} ms; every agency: ${Math.round(secondOpened.all)} ms   (document already loaded on the server)`,
    );
    console.log(`idle (1 s after open):           ${idleFrames} frames`);
    console.log(`panning:                         ${panFps.toFixed(1)} fps   (target ≥ 50)`);
    console.log(`zooming:                         ${zoomFps.toFixed(1)} fps   (target ≥ 50)`);
    console.log(`remote edit, ${EDITS} edits to agencies on screen (target ≤ 100 from arrival):`);
    console.log(`  arrival → in the DOM:          ${ms(fromArrival)}`);
    console.log(`  arrival → next frame drawn:    ${ms(painted)}`);
    console.log(
      `  sender → in the DOM:           ${ms(fromSender)}   (includes the server and transit)`,
    );
  } finally {
    remote?.destroy();
    await browser.close();
    await server.stop();
  }
}

await main();
// The remote provider's and PGlite's handles can outlive stop(); the run is over.
process.exit(0);
