import { readFileSync } from 'node:fs';
import pg from 'pg';
import { type Database, openDatabase } from '../db/client';

export type TestDatabaseKind = 'pglite' | 'postgres';

// Every database test runs on PGlite, and also on the PostgreSQL server when TEST_DATABASE_URL
// is set (CI sets it to the machine's server), so both drivers see the same suite.
export const TEST_DATABASE_KINDS: TestDatabaseKind[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export type TestDatabase = Database & { url?: string; destroy: () => Promise<void> };

/** A new, migrated, empty database of that kind; `destroy` closes and removes it. */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const template = process.env.TSUNAGU_PGLITE_TEMPLATE;
    const database = await openDatabase({
      kind: 'pglite',
      loadDataDir: template ? new Blob([readFileSync(template)]) : undefined,
    });
    return { ...database, destroy: database.close };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `tsunagu_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...database,
    url: url.toString(),
    destroy: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
