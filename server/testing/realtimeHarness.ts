import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  MESSAGE_AUTH,
  MESSAGE_SAVED,
  MESSAGE_SYNC,
  READ_ONLY_REASON,
} from '../../shared/realtimeProtocol';
import { type Config, readConfig } from '../config';
import type { RealtimeLimits } from '../realtime/limits';
import { type RunningServer, type ServerOptions, startServer } from '../server';
import { addMember, call, setUpCouncil, TEST_ORIGIN } from './testApp';
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from './testDatabase';

// A real server (HTTP + /yjs + /socket.io) on an ephemeral port over a test database, and stock
// y-websocket clients that talk to it the way a browser would (session cookie, Origin).

export type RealtimeTestServer = {
  server: RunningServer;
  database: TestDatabase;
  httpUrl: string;
  wsUrl: string;
  close: () => Promise<void>;
};

export async function startRealtimeTestServer(
  kind: TestDatabaseKind,
  realtimeLimits: Partial<RealtimeLimits> = {},
  configured: Partial<Config> = {},
  options: Omit<ServerOptions, 'realtimeLimits'> = {},
): Promise<RealtimeTestServer> {
  const database = await createTestDatabase(kind);
  const config = {
    ...readConfig({ LOG_LEVEL: 'silent', AUTH_RATE_LIMIT: '1000', PORT: '0', HOST: '127.0.0.1' }),
    allowedOrigins: [TEST_ORIGIN],
    ...configured,
  };
  // The test database outlives the server's stop (destroy drops it), so stop must not close it.
  const server = await startServer(
    config,
    { database: { ...database, close: async () => {} }, release: () => {} },
    { ...options, realtimeLimits },
  );
  const { port } = server.app.server.address() as AddressInfo;
  const httpUrl = `http://127.0.0.1:${port}`;
  const running: RealtimeTestServer = {
    server,
    database,
    httpUrl,
    wsUrl: `ws://127.0.0.1:${port}/yjs`,
    // The server a test restarted (restartOnSameDatabase) is the one to stop.
    close: async () => {
      await running.server.stop();
      await database.destroy();
    },
  };
  return running;
}

/** A council with a secretariat, a member, a guest, an outsider (other council) and a board. */
export async function setUpBoardCouncil(server: RunningServer) {
  const { app } = server;
  const secretariat = await setUpCouncil(app);
  const member = await addMember(
    app,
    secretariat.cookie,
    secretariat.councilId,
    'member',
    'member@example.jp',
  );
  const guest = await addMember(
    app,
    secretariat.cookie,
    secretariat.councilId,
    'guest',
    'guest@example.jp',
  );
  return {
    councilId: secretariat.councilId,
    secretariat,
    member,
    guest,
    boardDoc: await createBoardDoc(server, secretariat.cookie, secretariat.councilId),
  };
}

export type BoardCouncil = Awaited<ReturnType<typeof setUpBoardCouncil>>;

/** A running test server with a board council set up on it: what most realtime suites start from. */
export async function startWithBoardCouncil(
  kind: TestDatabaseKind,
  realtimeLimits: Partial<RealtimeLimits> = {},
  configured: Partial<Config> = {},
  options: Omit<ServerOptions, 'realtimeLimits'> = {},
): Promise<{ t: RealtimeTestServer; council: BoardCouncil }> {
  const t = await startRealtimeTestServer(kind, realtimeLimits, configured, options);
  return { t, council: await setUpBoardCouncil(t.server) };
}

/** Creates a board through the API and returns its document name. */
export async function createBoardDoc(server: RunningServer, cookie: string, councilId: string) {
  const board = await call(server.app, {
    method: 'POST',
    url: `/api/councils/${councilId}/boards`,
    cookie,
    body: { name: '地域資源マップ' },
  });
  if (board.statusCode !== 201) throw new Error(`board: ${board.body}`);
  return `board:${board.json().id as string}`;
}

/** A ws WebSocket class that sends the given cookie and Origin, as a browser would. */
export function webSocketWith(headers: { cookie?: string; origin?: string }) {
  const sent = { cookie: headers.cookie, origin: headers.origin ?? TEST_ORIGIN };
  return class extends WebSocket {
    /** Update messages (sync step 2 and update) sent on this socket: what `saved` counts. */
    sentUpdates = 0;
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, {
        headers: {
          origin: sent.origin,
          ...(sent.cookie ? { cookie: sent.cookie } : {}),
        },
      });
      const send = this.send.bind(this) as (data: Uint8Array) => void;
      this.send = ((data: Uint8Array) => {
        if (data[0] === MESSAGE_SYNC && (data[1] === 1 || data[1] === 2)) this.sentUpdates++;
        send(data);
      }) as WebSocket['send'];
    }
  };
}

export type TestClient = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Highest `saved` count the server reported on the current connection. */
  saved: () => number;
  /** True when every update sent on the current connection was reported saved. */
  allSaved: () => boolean;
  readOnlyNotices: () => number;
  /** The `saved` count when the first read-only notice arrived (undefined before one did). */
  savedAtReadOnly: () => number | undefined;
  synced: () => Promise<void>;
  destroy: () => void;
};

/** A stock WebsocketProvider client (BroadcastChannel off, so only the server connects them). */
export function connectClient(
  wsUrl: string,
  docName: string,
  cookie: string | undefined,
  options: { origin?: string; connect?: boolean } = {},
): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, docName, doc, {
    WebSocketPolyfill: webSocketWith({
      cookie,
      origin: options.origin,
    }) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: 200,
  });
  let saved = 0;
  let readOnly = 0;
  let savedAtReadOnly: number | undefined;
  provider.on('status', ({ status }) => {
    if (status === 'connecting') saved = 0;
  });
  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    saved = Math.max(saved, decoding.readVarUint(decoder));
  };
  provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
    decoding.readVarUint(decoder);
    if (decoding.readVarString(decoder) === READ_ONLY_REASON) {
      readOnly++;
      savedAtReadOnly ??= saved;
    }
  };
  return {
    doc,
    provider,
    saved: () => saved,
    allSaved: () => {
      const ws = provider.ws as unknown as { sentUpdates: number } | null;
      return provider.synced && ws !== null && saved >= ws.sentUpdates;
    },
    readOnlyNotices: () => readOnly,
    savedAtReadOnly: () => savedAtReadOnly,
    synced: () =>
      provider.synced
        ? Promise.resolve()
        : new Promise((resolve) => provider.once('sync', () => resolve())),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls until `check` holds (the realtime tests wait on network effects, not on timers). */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 5000,
  what = 'condition',
) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export type RawSocket = {
  ws: WebSocket;
  /** Every message the server sent. */
  messages: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
};

/** A bare WebSocket to /yjs/<docName>, for what a stock provider would never send. */
export function openRawSocket(
  wsUrl: string,
  docName: string,
  headers: { cookie?: string; origin?: string },
): RawSocket {
  const Socket = webSocketWith(headers);
  const ws = new Socket(`${wsUrl}/${docName}`);
  const messages: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  ws.on('error', () => {});
  return {
    ws,
    messages,
    opened: new Promise((resolve) => ws.once('open', () => resolve())),
    closed: new Promise((resolve) =>
      ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    ),
  };
}
