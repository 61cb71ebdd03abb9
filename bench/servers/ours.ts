import { and, asc, count, eq, lte } from 'drizzle-orm';
import * as Y from 'yjs';
import { createSession, generateSessionToken, SESSION_COOKIE } from '../../server/auth/sessions';
import { readConfig } from '../../server/config';
import { setupCouncil } from '../../server/councils/setup';
import type { Db } from '../../server/db/client';
import { boards, docSnapshots, docUpdates, memberships } from '../../server/db/schema';
import { openConfiguredDatabase, startServer } from '../../server/server';
import { runServerChild, type ServerModule } from './child';

// Tsunagu's own server, started exactly as npm start does (startServer), on PGlite in the
// bench's temporary DATA_DIR or, with BENCH_DATABASE_URL, on PostgreSQL.

const ORIGIN = 'http://bench.localhost';

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

const server: ServerModule = {
  async start(dataDir, docCount) {
    const config = configFor(dataDir);
    const opened = await openConfiguredDatabase(config);
    const { db } = opened.database;
    const docNames = await createBoards(db, docCount);
    const { userId } = await benchUser(db);
    const token = generateSessionToken();
    await createSession(db, token, userId);
    const running = await startServer(config, opened);
    const port = new URL(running.url).port;
    return {
      target: {
        name: opened.database.kind === 'postgres' ? 'ours (PostgreSQL)' : 'ours (PGlite)',
        protocol: 'y-websocket',
        urlPrefix: `ws://127.0.0.1:${port}/yjs/`,
        headers: { Cookie: `${SESSION_COOKIE}=${token}`, Origin: ORIGIN },
        docNames,
      },
      stop: running.stop,
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
  // Until the realtime server exposes its compaction, this does what the schema describes: the
  // merged state into doc_snapshots through the last update id, and the merged rows deleted.
  async compact(dataDir, docName) {
    const { database, release } = await openConfiguredDatabase(configFor(dataDir));
    try {
      const rows = await database.db
        .select({ id: docUpdates.id, update: docUpdates.update })
        .from(docUpdates)
        .where(eq(docUpdates.docName, docName))
        .orderBy(asc(docUpdates.id));
      const last = rows.at(-1);
      if (!last) return 'nothing to compact';
      const doc = new Y.Doc();
      for (const row of rows) Y.applyUpdate(doc, row.update);
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      await database.db.transaction(async (tx) => {
        await tx
          .insert(docSnapshots)
          .values({ docName, state, throughUpdateId: last.id })
          .onConflictDoUpdate({
            target: docSnapshots.docName,
            set: { state, throughUpdateId: last.id },
          });
        await tx
          .delete(docUpdates)
          .where(and(eq(docUpdates.docName, docName), lte(docUpdates.id, last.id)));
      });
      return `bench wrote doc_snapshots (${state.length} bytes) and deleted ${rows.length} rows`;
    } finally {
      await database.close();
      release();
    }
  },
};

await runServerChild(server);
