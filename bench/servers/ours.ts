import { count } from 'drizzle-orm';
import { hashPassword } from '../../server/auth/password';
import {
  generateSessionToken,
  hashToken,
  SESSION_COOKIE,
  SESSION_TTL_MS,
} from '../../server/auth/sessions';
import { readConfig } from '../../server/config';
import { setupCouncil } from '../../server/councils/setup';
import type { Db, PgliteDatabase } from '../../server/db/client';
import { boards, docUpdates, memberships, sessions, users } from '../../server/db/schema';
import { compactDocument } from '../../server/realtime/docStore';
import { openConfiguredDatabase, startServer } from '../../server/server';
import { runServerChild, type ServerModule } from './child';

// Tsunagu's own server, started exactly as npm start does (startServer), on PGlite in the
// bench's temporary DATA_DIR or, with BENCH_DATABASE_URL, on PostgreSQL.

const ORIGIN = 'http://bench.localhost';
// One member per simulated client, as in a real meeting (the server limits connections per user).
const PEOPLE = 200;
// The throughput step drives up to 640 edits/s through one connection, above the per-connection
// limit meant for people (200/s); every other limit stays at its default.
const BENCH_LIMITS = { messagesPerSecond: 100_000, messageBurst: 100_000 };

function configFor(dataDir: string) {
  return {
    ...readConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
    }),
    port: 0,
    host: '127.0.0.1',
    allowedOrigins: [ORIGIN],
  };
}

/** The council's secretariat user, setting the council up on first use. */
async function benchUser(db: Db): Promise<{ userId: string; councilId: string }> {
  const [existing] = await db
    .select({ userId: memberships.userId, councilId: memberships.councilId })
    .from(memberships)
    .limit(1);
  if (existing) return existing;
  return setupCouncil(db, {
    councilName: 'ベンチマーク協議会',
    displayName: 'ベンチ 事務局',
    email: 'bench@example.jp',
    password: 'bench password not secret',
  });
}

async function createBoards(db: Db, n: number): Promise<string[]> {
  const { userId, councilId } = await benchUser(db);
  const rows = await db
    .insert(boards)
    .values(
      Array.from({ length: n }, (_, i) => ({ councilId, name: `bench ${i}`, createdBy: userId })),
    )
    .returning({ id: boards.id });
  return rows.map((r) => `board:${r.id}`);
}

/** `n` fresh council members, each signed in once; returns their session tokens. */
async function signInPeople(db: Db, n: number): Promise<string[]> {
  const { councilId } = await benchUser(db);
  const passwordHash = await hashPassword('bench password not secret');
  const run = generateSessionToken().slice(0, 8);
  const people = await db
    .insert(users)
    .values(
      Array.from({ length: n }, (_, i) => ({
        email: `bench-${run}-${i}@example.jp`,
        displayName: `ベンチ ${i}`,
        passwordHash,
      })),
    )
    .returning({ id: users.id });
  await db
    .insert(memberships)
    .values(people.map((p) => ({ councilId, userId: p.id, role: 'member' as const })));
  const tokens = people.map(() => generateSessionToken());
  await db.insert(sessions).values(
    people.map((p, i) => ({
      id: hashToken(tokens[i] as string),
      userId: p.id,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    })),
  );
  return tokens;
}

const server: ServerModule = {
  async start(dataDir, docCount) {
    const config = configFor(dataDir);
    const opened = await openConfiguredDatabase(config);
    const { db } = opened.database;
    const docNames = await createBoards(db, docCount);
    const headers = (await signInPeople(db, PEOPLE)).map((token) => ({
      Cookie: `${SESSION_COOKIE}=${token}`,
      Origin: ORIGIN,
    }));
    const running = await startServer(config, opened, { realtimeLimits: BENCH_LIMITS });
    const port = new URL(running.url).port;
    return {
      target: {
        name: opened.database.kind === 'postgres' ? 'ours (PostgreSQL)' : 'ours (PGlite)',
        protocol: 'y-websocket',
        urlPrefix: `ws://127.0.0.1:${port}/yjs/`,
        headers,
        docNames,
      },
      stop: running.stop,
      memory: async (): Promise<Record<string, number>> => {
        if (opened.database.kind !== 'pglite') return {};
        const pglite = await (opened.database as PgliteDatabase).client.memory();
        return {
          pgliteHeapUsed: pglite.heapUsed,
          pgliteHeapTotal: pglite.heapTotal,
          pgliteWasm: pglite.wasmBytes,
        };
      },
    };
  },
  async seed(dataDir, updates) {
    const { database, release } = await openConfiguredDatabase(configFor(dataDir));
    try {
      const [docName] = await createBoards(database.db, 1);
      if (!docName) throw new Error('no board created');
      for (let at = 0; at < updates.length; at += 1000) {
        await database.db
          .insert(docUpdates)
          .values(updates.slice(at, at + 1000).map((update) => ({ docName, update })));
      }
      const [stored] = await database.db.select({ n: count() }).from(docUpdates);
      if ((stored?.n ?? 0) < updates.length) throw new Error('seed rows missing');
      return docName;
    } finally {
      await database.close();
      release();
    }
  },
  // The realtime server's own compaction (what it runs after 500 logged updates).
  async compact(dataDir, docName) {
    const { database, release } = await openConfiguredDatabase(configFor(dataDir));
    try {
      const { bytes } = await compactDocument(database.db, docName);
      return `server/realtime/docStore compactDocument (snapshot of ${bytes} bytes)`;
    } finally {
      await database.close();
      release();
    }
  },
};

await runServerChild(server);
