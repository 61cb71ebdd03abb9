import fc from 'fast-check';
import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MESSAGE_SAVED } from '../../shared/realtimeProtocol';
import { type Child, killHard } from '../process/childServer';
import { boardContent, hasNote, removeNote, setNote } from '../testing/boardEdits';
import { connectClient, openRawSocket, type TestClient, waitFor } from '../testing/realtimeHarness';
import { type Cluster, ownRedis, SCALE_TESTS_RUN, startCluster } from '../testing/scaleCluster';
import { setUpThroughHttp, updateMessage } from '../testing/serverChild';
import { SECRETARIAT, TEST_ORIGIN } from '../testing/testApp';

// Several processes on one PostgreSQL database and one Redis serve one board (docs/realtime.md,
// "Several processes"): clients spread over them converge, a process killed with kill -9 loses no
// saved edit, and a Redis restart only delays the other processes' copies.

const wsUrl = (child: Child) => `ws://127.0.0.1:${child.port}/yjs`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const converged = (clients: TestClient[]) =>
  new Set(clients.map((c) => boardContent(c.doc))).size === 1;

/** How many times a client's connection dropped (a live client elsewhere must see none). */
function countDrops(client: TestClient): () => number {
  let drops = 0;
  client.provider.on('status', ({ status }) => {
    if (status === 'disconnected') drops++;
  });
  return () => drops;
}

/**
 * A raw editor on one process: sends numbered notes until stopped; `savedKeys()` are those the
 * server acknowledged (saved(n) covers the first n update messages, one per note).
 */
function rawEditor(child: Child, cookie: string, docName: string, name: string) {
  const socket = openRawSocket(wsUrl(child), docName, { cookie });
  const doc = new Y.Doc();
  const keys: string[] = [];
  let saved = 0;
  let running = true;
  socket.ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) === MESSAGE_SAVED) saved = decoding.readVarUint(decoder);
  });
  doc.on('update', (update: Uint8Array) => {
    if (socket.ws.readyState === socket.ws.OPEN) socket.ws.send(updateMessage(update));
  });
  const sending = (async () => {
    await socket.opened;
    while (running && socket.ws.readyState === socket.ws.OPEN) {
      const key = `${name}-${keys.length}`;
      keys.push(key);
      setNote(doc, key, key);
      await pause(5);
    }
  })();
  return {
    doc,
    socket,
    keys,
    saved: () => saved,
    savedKeys: () => keys.slice(0, saved),
    stop: async () => {
      running = false;
      await sending;
    },
  };
}

describe.skipIf(!SCALE_TESTS_RUN)('three processes on PostgreSQL + Redis', () => {
  let cluster: Cluster;
  let cookie: string;
  let docName: string;
  let councilId: string;
  beforeAll(async () => {
    cluster = await startCluster(3);
    ({ cookie, docName, councilId } = await setUpThroughHttp((cluster.processes[0] as Child).port));
  }, 90_000);
  afterAll(() => cluster?.stop());

  it('random concurrent edits from clients on every process converge, each one saved', async () => {
    const op = fc.record({
      key: fc.constantFrom('a', 'b', 'c', 'd'),
      remove: fc.boolean(),
      value: fc.string({ maxLength: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(op, { minLength: 1, maxLength: 12 }), { minLength: 3, maxLength: 6 }),
        async (scripts) => {
          const clients = scripts.map((_, i) =>
            connectClient(wsUrl(cluster.processes[i % 3] as Child), docName, cookie),
          );
          try {
            await Promise.all(clients.map((c) => c.synced()));
            await Promise.all(
              scripts.map(async (ops, i) => {
                const { doc } = clients[i] as TestClient;
                for (const { key, remove, value } of ops) {
                  if (remove && hasNote(doc, key)) removeNote(doc, key);
                  else setNote(doc, key, value);
                  await pause(Math.random() * 5);
                }
              }),
            );
            await waitFor(() => clients.every((c) => c.allSaved()), 20_000, 'every edit saved');
            await waitFor(() => converged(clients), 20_000, 'every client the same board');
            // Someone opening the board now, on any process, gets that same board.
            const late = cluster.processes.map((p) => connectClient(wsUrl(p), docName, cookie));
            clients.push(...late);
            await Promise.all(late.map((c) => c.synced()));
            await waitFor(() => converged(clients), 20_000, 'late readers the same board');
          } finally {
            for (const client of clients) client.destroy();
          }
        },
      ),
      { numRuns: 4 },
    );
  }, 180_000);

  it('a member removed on one process is disconnected from a document on another within 1 s', async () => {
    const [first, second] = cluster.processes as [Child, Child];
    const api = (child: Child, path: string, init: RequestInit & { cookie?: string } = {}) =>
      fetch(`http://127.0.0.1:${child.port}${path}`, {
        ...init,
        headers: {
          origin: TEST_ORIGIN,
          ...(init.body ? { 'content-type': 'application/json' } : {}),
          ...(init.cookie ? { cookie: init.cookie } : {}),
        },
      });
    const invitation = await api(first, `/api/councils/${councilId}/invitations`, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ role: 'member' }),
    });
    const { token } = (await invitation.json()) as { token: string };
    const accepted = await api(first, `/api/invitations/${token}/accept`, {
      method: 'POST',
      body: JSON.stringify({
        displayName: 'removed',
        email: 'removed@example.jp',
        password: 'member password 1',
      }),
    });
    expect(accepted.status).toBe(201);
    const memberCookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const { user } = (await accepted.json()) as { user: { id: string } };
    const member = connectClient(wsUrl(second), docName, memberCookie);
    try {
      await member.synced();
      const closedAt = new Promise<number>((resolve) =>
        member.provider.once('connection-close', () => resolve(Date.now())),
      );
      const removedAt = Date.now();
      const removed = await api(first, `/api/councils/${councilId}/members/${user.id}`, {
        method: 'DELETE',
        cookie,
      });
      expect(removed.status).toBe(204);
      expect((await closedAt) - removedAt).toBeLessThan(1000);
    } finally {
      member.destroy();
    }
  }, 60_000);

  it('kill -9 of one process mid-edit: its client goes on elsewhere, every saved edit is kept', async () => {
    const [first, second, third] = cluster.processes as [Child, Child, Child];
    const watchers = [connectClient(wsUrl(second), docName, cookie)];
    watchers.push(connectClient(wsUrl(third), docName, cookie));
    await Promise.all(watchers.map((w) => w.synced()));
    const drops = watchers.map(countDrops);
    const doomed = rawEditor(first, cookie, docName, 'doomed');
    const survivor = rawEditor(second, cookie, docName, 'survivor');
    try {
      await waitFor(() => doomed.saved() > 0 && survivor.saved() > 0, 20_000, 'first saved');
      await pause(50 + Math.random() * 300);
      await killHard(first);
      await doomed.stop();
      // The browser reconnects to another process with everything it holds (IndexedDB).
      const moved = connectClient(wsUrl(third), docName, cookie);
      Y.applyUpdate(moved.doc, Y.encodeStateAsUpdate(doomed.doc));
      await moved.synced();
      await pause(200);
      await survivor.stop();
      await waitFor(() => moved.allSaved(), 20_000, 'the moved client saved');
      await waitFor(
        () => survivor.saved() === survivor.keys.length,
        20_000,
        'the survivor all saved',
      );
      // A process started now reads the board from the database alone.
      const fresh = connectClient(wsUrl(await cluster.start()), docName, cookie);
      const everyone = [...watchers, moved, fresh];
      await fresh.synced();
      await waitFor(() => converged(everyone), 20_000, 'one board everywhere');
      const expected = [...doomed.savedKeys(), ...survivor.keys];
      for (const client of everyone) {
        expect(expected.filter((key) => !hasNote(client.doc, key))).toEqual([]);
      }
      expect(drops.map((d) => d())).toEqual([0, 0]);
      console.log(
        `kill -9: ${doomed.savedKeys().length}/${doomed.keys.length} of the killed process's edits were saved; all kept`,
      );
      moved.destroy();
      fresh.destroy();
    } finally {
      for (const watcher of watchers) watcher.destroy();
      survivor.socket.ws.close();
    }
  }, 120_000);
});

describe.skipIf(!SCALE_TESTS_RUN)('Redis restarted mid-edit', () => {
  it('edits keep flowing on each process, delivery resumes, every process ends the same', async () => {
    const redis = await ownRedis();
    const cluster = await startCluster(2, redis.url);
    const clients: TestClient[] = [];
    try {
      const [one, two] = cluster.processes as [Child, Child];
      const { cookie, docName } = await setUpThroughHttp(one.port);
      const health = async (child: Child) =>
        (
          (await (await fetch(`http://127.0.0.1:${child.port}/api/health`)).json()) as {
            status: string;
          }
        ).status;
      for (const child of [one, one, two, two])
        clients.push(connectClient(wsUrl(child), docName, cookie));
      await Promise.all(clients.map((c) => c.synced()));
      const [editorOne, readerOne, editorTwo, readerTwo] = clients as [
        TestClient,
        TestClient,
        TestClient,
        TestClient,
      ];
      let n = 0;
      const edit = () => {
        n++;
        setNote(editorOne.doc, `one-${n}`, 'x');
        setNote(editorTwo.doc, `two-${n}`, 'x');
      };
      edit();
      await waitFor(() => hasNote(readerTwo.doc, `one-${n}`), 10_000, 'delivery across');
      await redis.stop();
      await waitFor(async () => (await health(one)) === 'degraded', 10_000, 'degraded');
      for (let i = 0; i < 20; i++) {
        edit();
        await pause(10);
      }
      // Each process still serves its own clients.
      await waitFor(() => hasNote(readerOne.doc, `one-${n}`), 10_000, 'local delivery on one');
      await waitFor(() => hasNote(readerTwo.doc, `two-${n}`), 10_000, 'local delivery on two');
      await waitFor(() => editorOne.allSaved() && editorTwo.allSaved(), 10_000, 'saved');
      await redis.start();
      for (let i = 0; i < 20; i++) {
        edit();
        await pause(10);
      }
      await waitFor(() => converged(clients), 20_000, 'one board on both processes');
      for (const client of clients) {
        for (let i = 1; i <= n; i++) {
          expect(hasNote(client.doc, `one-${i}`) && hasNote(client.doc, `two-${i}`)).toBe(true);
        }
      }
      await waitFor(async () => (await health(one)) === 'ok', 10_000, 'healthy again');
    } finally {
      for (const client of clients) client.destroy();
      await cluster.stop();
      await redis.dispose();
    }
  }, 120_000);
});

describe.skipIf(!SCALE_TESTS_RUN)('rate limits shared by the processes', () => {
  it('two processes allow the sign-in attempts of one, not twice as many', async () => {
    // Each route counts on its own: four sign-ins a minute from this address, over both.
    const cluster = await startCluster(2, undefined, { AUTH_RATE_LIMIT: '4' });
    try {
      const [one, two] = cluster.processes as [Child, Child];
      await setUpThroughHttp(one.port);
      const statuses: number[] = [];
      for (const [i, child] of [one, two, one, two, one].entries()) {
        const response = await fetch(`http://127.0.0.1:${child.port}/api/auth/sign-in`, {
          method: 'POST',
          headers: { origin: TEST_ORIGIN, 'content-type': 'application/json' },
          // A new email each time, so only the per-address limit can refuse.
          body: JSON.stringify({ email: `nobody${i}@example.jp`, password: 'wrong password 1' }),
        });
        statuses.push(response.status);
      }
      // Counted per process, the fifth would be the third on its process and pass.
      expect(statuses).toEqual([401, 401, 401, 401, 429]);
    } finally {
      await cluster.stop();
    }
  }, 300_000);

  it('two processes count one account’s failed passwords together', async () => {
    // The per-address limit out of the way: only the per-account throttle can refuse.
    const cluster = await startCluster(2, undefined, { AUTH_RATE_LIMIT: '100' });
    try {
      const [one, two] = cluster.processes as [Child, Child];
      await setUpThroughHttp(one.port);
      const signIn = (child: Child, password: string) =>
        fetch(`http://127.0.0.1:${child.port}/api/auth/sign-in`, {
          method: 'POST',
          headers: { origin: TEST_ORIGIN, 'content-type': 'application/json' },
          body: JSON.stringify({ email: SECRETARIAT.email, password }),
        });
      const statuses: number[] = [];
      for (const child of [one, two, one, two, one]) {
        statuses.push((await signIn(child, 'wrong password 1')).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401]);
      // The sixth try, on the process that saw two: refused, even with the right password.
      const refused = await signIn(two, SECRETARIAT.password);
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { error: string }).error).toBe('too_many_attempts');
    } finally {
      await cluster.stop();
    }
  }, 300_000);
});
