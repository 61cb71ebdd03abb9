import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { PgliteThread } from './pgliteThread';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  close: () => Promise<void>;
};

/** The embedded database: drizzle over PGlite on its own thread, and that thread. */
export type PgliteDatabase = Database & { kind: 'pglite'; client: PgliteThread };

export type DatabaseOptions =
  | { kind: 'postgres'; url: string }
  // `dataDir` undefined keeps the database in memory (tests); `loadDataDir` starts from a dump.
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Opens the database and brings its schema up to date before anything reads it. */
export async function openDatabase(
  options: DatabaseOptions & { kind: 'pglite' },
): Promise<PgliteDatabase>;
export async function openDatabase(options: DatabaseOptions): Promise<Database>;
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle connection that the server drops (restart, failover) must not crash the process:
    // the pool replaces it on the next query.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    const db = drizzlePg(pool, { schema });
    await migratePg(db, { migrationsFolder });
    return { db: db as unknown as Db, kind: 'postgres', close: () => pool.end() };
  }
  const client = await PgliteThread.start(options);
  // drizzle's PGlite driver uses `query` and `transaction`, which the thread forwards.
  const db = drizzlePglite(client as unknown as PGlite, { schema });
  try {
    await migratePglite(db, { migrationsFolder });
  } catch (error) {
    await client.close();
    throw error;
  }
  const opened: PgliteDatabase = {
    db: db as unknown as Db,
    kind: 'pglite',
    client,
    close: () => client.close(),
  };
  return opened;
}
