// `npm run bench:board` (after `vite build`): the board screen with 1,000 agencies and 3,000 ties
// in headless Chromium. Prints: open → interactive, frames per second while panning, and how
// long a remote edit (from a Node client) takes to appear on screen.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { WebSocket as NodeWebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { readConfig } from '../server/config';
import { docUpdates } from '../server/db/schema';
import { startServer } from '../server/server';
import type { AgencyInput } from '../shared/board/agency';
import { addAgencies, addTie, updateAgency } from '../shared/board/document';
import { FIELDS, HUB_FUNCTIONS, LAYERS, SUPPORT_NEEDS, TIE_KINDS } from '../shared/domain';
import { MESSAGE_SAVED } from '../shared/realtimeProtocol';

const AGENCIES = 1000;
const TIES = 3000;
const EDITS = 20;
const PAN_MS = 2000;
const PORT = 3197;
const BASE = `http://localhost:${PORT}`;

// A small deterministic generator, so every run measures the same board.
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const some = <T>(list: readonly T[], n: number): T[] => [
  ...new Set(Array.from({ length: n }, () => pick(list))),
];

function generateBoard(): Y.Doc {
  const doc = new Y.Doc();
  const inputs: AgencyInput[] = Array.from({ length: AGENCIES }, (_, i) => ({
    id: `a${i}`,
    name: `事業所${i + 1} ${pick(['相談支援センター', 'グループホーム', '訪問看護', '子ども食堂', '地域活動支援センター'])}`,
    layer: LAYERS[i % LAYERS.length] as AgencyInput['layer'],
    fields: some(FIELDS, 2),
    hubFunctions: some(HUB_FUNCTIONS, 2),
    supportNeeds: some(SUPPORT_NEEDS, 3),
  }));
  const added = addAgencies(doc, inputs);
  if (!added.ok) throw new Error(added.issues[0]?.message);
  let ties = 0;
  while (ties < TIES) {
    const from = `a${Math.floor(random() * AGENCIES)}`;
    const to = `a${Math.floor(random() * AGENCIES)}`;
    if (addTie(doc, { from, to, kind: pick(TIE_KINDS) }).ok) ties++;
  }
  return doc;
}

async function api(
  path: string,
  body: unknown,
  cookie = '',
): Promise<{ json: any; cookie: string }> {
  const response = await fetch(`${BASE}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE, cookie },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return {
    json: await response.json(),
    cookie: response.headers.get('set-cookie')?.split(';')[0] ?? cookie,
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const max = (values: number[]) => Math.max(...values);

async function main() {
  const started = performance.now();
  const board = generateBoard();
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
    const setup = await api('/setup', { councilName: '計測用協議会', ...account });
    const councilId = setup.json.councils[0].id as string;
    const { json: created } = await api(
      `/councils/${councilId}/boards`,
      { name: '1000事業所' },
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
    await page.goto(`/boards/${created.id}`);
    // The canvas paints only what is on screen: open means the first screenful of agencies is there.
    await page.waitForFunction(
      () => document.querySelectorAll('.agency-node').length >= 20,
      undefined,
      {
        timeout: 60_000,
      },
    );
    const openMs = await page.evaluate(() => performance.now());

    // Pan by dragging the empty pane, counting animation frames.
    const frame = await page.locator('.react-flow__pane').boundingBox();
    if (!frame) throw new Error('no canvas');
    // In-page code is passed as text: tsx's helpers (__name) do not exist in the page.
    await page.evaluate(`(() => {
      window.frames_ = 0;
      window.counting = true;
      const tick = () => { window.frames_++; if (window.counting) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    await page.waitForTimeout(1000);
    const idleFrames = Number(await page.evaluate('window.frames_'));
    await page.evaluate('window.frames_ = 0');
    const panStart = performance.now();
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await page.mouse.down();
    let step = 0;
    while (performance.now() - panStart < PAN_MS) {
      const angle = step++ / 10;
      await page.mouse.move(
        frame.x + frame.width / 2 + Math.cos(angle) * 200,
        frame.y + frame.height / 2 + Math.sin(angle) * 150,
      );
    }
    await page.mouse.up();
    const frames = Number(await page.evaluate('window.counting = false, window.frames_'));
    const fps = frames / ((performance.now() - panStart) / 1000);

    // Remote edits from a Node client; time until the new name is in the page's DOM.
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
    const latencies: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const name = `遠隔編集${i}`;
      const seen = page.evaluate(`new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.body.textContent.includes(${JSON.stringify(name)})) {
            observer.disconnect();
            resolve(Date.now());
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      })`) as Promise<number>;
      await page.waitForTimeout(20);
      const sent = Date.now();
      updateAgency(remoteDoc, `a${i * 7}`, { name });
      latencies.push((await seen) - sent);
    }

    console.log('\nboard of %d agencies and %d ties, headless Chromium', AGENCIES, TIES);
    console.log(`open → first screenful drawn:    ${Math.round(openMs)} ms   (target ≤ 1500)`);
    console.log(`idle (1 s after open):           ${idleFrames} frames`);
    console.log(`panning:                         ${fps.toFixed(1)} fps   (target ≥ 50)`);
    console.log(
      `remote edit → on screen:         median ${median(latencies)} ms, max ${max(latencies)} ms over ${EDITS} edits   (target ≤ 100, measured from the sender, so including transit)`,
    );
  } finally {
    remote?.destroy();
    await browser.close();
    await server.stop();
  }
}

await main();
