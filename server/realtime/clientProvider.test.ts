import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getConnectionStatus } from '../../client/src/realtime/connectionStatus';
import { openDocument, type RealtimeDocument } from '../../client/src/realtime/provider';
import { readBoard } from '../../shared/board/document';
import { CLOSE } from '../../shared/realtimeProtocol';
import { setNote } from '../testing/boardEdits';
import {
  type BoardCouncil,
  type RealtimeTestServer,
  startWithBoardCouncil,
  waitFor,
  webSocketWith,
} from '../testing/realtimeHarness';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { applyStored, loadDocument } from './docStore';

// The browser client's openDocument (client/src/realtime/provider.ts) against the real server.

describe.each(TEST_DATABASE_KINDS)('client openDocument against the server (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
  });
  afterAll(() => t?.close());

  const open = (cookie?: string): RealtimeDocument =>
    openDocument(council.boardDoc, {
      serverUrl: t.wsUrl,
      WebSocket: webSocketWith({ cookie }) as unknown as typeof WebSocket,
      persist: false,
    });

  it('drives synced, saved and network from the server, and the document unloads after', async () => {
    const client = open(council.member.cookie);
    try {
      await waitFor(() => client.getState().synced);
      expect(client.getState()).toMatchObject({ network: 'online', readOnly: false });
      setNote(client.doc, 'k', '値');
      expect(client.getState().saved).toBe(false);
      expect(getConnectionStatus().saved).toBe(false);
      await waitFor(() => client.getState().saved, 5000, 'saved');
      expect(getConnectionStatus()).toEqual({ network: 'online', saved: true, failure: null });
    } finally {
      client.destroy();
    }
    await waitFor(() => t.server.realtime.stats().loadedDocuments === 0, 5000, 'unload');
  });

  it('a guest is told it is read-only', async () => {
    const client = open(council.guest.cookie);
    try {
      await waitFor(() => client.getState().readOnly);
      expect(client.getState().saved).toBe(true);
    } finally {
      client.destroy();
    }
  });

  it('a permanent refusal stops reconnecting and says why', async () => {
    const client = open(undefined);
    try {
      await waitFor(() => client.getState().closed !== null);
      expect(client.getState().closed).toEqual(CLOSE.unauthenticated);
      expect(client.provider.shouldConnect).toBe(false);
    } finally {
      client.destroy();
    }
  });
});

describe.each(TEST_DATABASE_KINDS)('graceful shutdown (%s)', (kind) => {
  it('stores every received edit, acknowledges it, then closes clients with 1012', async () => {
    const { t, council } = await startWithBoardCouncil(kind);
    const client = openDocument(council.boardDoc, {
      serverUrl: t.wsUrl,
      WebSocket: webSocketWith({ cookie: council.member.cookie }) as unknown as typeof WebSocket,
      persist: false,
    });
    try {
      await waitFor(() => client.getState().synced);
      const closes: number[] = [];
      client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
      const before = t.server.realtime.stats().flush.appended;
      for (let i = 0; i < 200; i++) setNote(client.doc, `k${i}`, String(i));
      await waitFor(() => t.server.realtime.stats().flush.appended >= before + 200);
      await t.server.stop();
      await waitFor(() => closes.length > 0);
      expect(closes[0]).toBe(CLOSE.restart.code);
      expect(client.getState().saved).toBe(true);
      const stored = new Y.Doc();
      applyStored(stored, (await loadDocument(t.database.db, council.boardDoc)).parts);
      expect(readBoard(stored).agencies).toHaveLength(200);
    } finally {
      client.destroy();
      await t.close();
    }
  });
});
