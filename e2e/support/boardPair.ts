import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { readConfig } from '../../server/config';
import { type RunningServer, startServer } from '../../server/server';
import { post } from './api';

// Two people on one board, on a server and database of the spec's own: the secretariat (alice,
// page a) sets up the council and the board and invites a member (bob, page b).

export type Person = { displayName: string; email: string; password: string };

export type BoardPair = {
  base: string;
  server: RunningServer;
  councilId: string;
  boardId: string;
  alice: BrowserContext;
  bob: BrowserContext;
  a: Page;
  b: Page;
  /** Errors either browser logged; a spec ends by expecting none. */
  consoleErrors: string[];
  close: () => Promise<void>;
};

export async function openContext(browser: Browser, base: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: base,
    locale: 'ja-JP',
    viewport: { width: 1600, height: 1000 },
  });
}

export async function startBoardPair(
  browser: Browser,
  options: { port: number; boardName: string; secretariat: Person; member: Person },
): Promise<BoardPair> {
  const base = `http://localhost:${options.port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-e2e-pair-'));
  const server = await startServer(
    readConfig({
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    }),
  );
  const alice = await openContext(browser, base);
  const bob = await openContext(browser, base);
  const me = await post(alice, base, '/setup', {
    councilName: '架空市地域自立支援協議会',
    ...options.secretariat,
  });
  const councilId = me.councils[0].id as string;
  const board = await post(alice, base, `/councils/${councilId}/boards`, {
    name: options.boardName,
  });
  const invitation = await post(alice, base, `/councils/${councilId}/invitations`, {
    role: 'member',
  });
  await post(bob, base, `/invitations/${invitation.token}/accept`, options.member);
  const a = await alice.newPage();
  const b = await bob.newPage();
  const consoleErrors: string[] = [];
  for (const page of [a, b]) {
    page.on(
      'console',
      (message) => message.type() === 'error' && consoleErrors.push(message.text()),
    );
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  }
  return {
    base,
    server,
    councilId,
    boardId: board.id as string,
    alice,
    bob,
    a,
    b,
    consoleErrors,
    close: async () => {
      await alice.close();
      await bob.close();
      await server.stop();
    },
  };
}
