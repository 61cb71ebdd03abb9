import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';
import type { PgliteDatabase } from './client';
import { councils, users } from './schema';

// PGlite on its worker thread, through drizzle, as the server uses it.
describe('PGlite on its own thread', () => {
  let database: TestDatabase & PgliteDatabase;
  beforeAll(async () => {
    database = (await createTestDatabase('pglite')) as TestDatabase & PgliteDatabase;
  });
  afterAll(() => database.destroy());

  it("leaves the server's thread free while a statement runs", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      await database.db.execute(sql`select pg_sleep(1)`);
    } finally {
      clearInterval(timer);
    }
    // On the server's thread the whole second was one blocked turn: no tick at all.
    expect(ticks).toBeGreaterThan(0);
  });

  it('commits a transaction, rolls back one that throws, and a nested one to its savepoint', async () => {
    const { db } = database;
    const [council] = await db.transaction(async (tx) => {
      return tx.insert(councils).values({ name: 'committed' }).returning();
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(councils).values({ name: 'rolled back' });
        throw new Error('give up');
      }),
    ).rejects.toThrow('give up');
    await db.transaction(async (tx) => {
      await tx.insert(councils).values({ name: 'outer' });
      await tx
        .transaction(async (inner) => {
          await inner.insert(councils).values({ name: 'inner' });
          inner.rollback();
        })
        .catch(() => undefined);
    });
    const names = (await db.select({ name: councils.name }).from(councils)).map((c) => c.name);
    expect(names).toContain('committed');
    expect(names).toContain('outer');
    expect(names).not.toContain('rolled back');
    expect(names).not.toContain('inner');
    // Timestamps read as drizzle reads them from PGlite on the same thread: text made a Date.
    expect(council?.createdAt).toBeInstanceOf(Date);
    const [again] = await db
      .select()
      .from(councils)
      .where(eq(councils.id, council?.id ?? ''));
    expect(again?.createdAt.getTime()).toBe(council?.createdAt.getTime());
  });

  it('runs a statement from outside an open transaction only after it ends', async () => {
    const { db } = database;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted: () => void = () => undefined;
    const insertDone = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const transaction = db.transaction(async (tx) => {
      await tx.insert(councils).values({ name: 'in flight' });
      inserted();
      await held;
    });
    await insertDone;
    let outsideDone = false;
    const outside = db
      .select({ name: councils.name })
      .from(councils)
      .where(eq(councils.name, 'in flight'))
      .then((rows) => {
        outsideDone = true;
        return rows;
      });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(outsideDone).toBe(false);
    release();
    await transaction;
    expect(await outside).toEqual([{ name: 'in flight' }]);
  });

  it("keeps PostgreSQL's error fields across the thread", async () => {
    const values = { email: 'same@example.org', displayName: 'A', passwordHash: 'x' };
    await database.db.insert(users).values(values);
    const error = await database.db
      .insert(users)
      .values(values)
      .then(
        () => undefined,
        (failure: { cause?: { code?: string; constraint?: string } }) => failure,
      );
    expect(error?.cause?.code).toBe('23505');
    expect(error?.cause?.constraint).toBe('users_email_idx');
  });

  // Last: it closes the database the others use.
  it("reports its thread's heap and PostgreSQL's WebAssembly memory", async () => {
    const memory = await database.client.memory();
    // PostgreSQL's shared buffers alone are more than 100 MiB of linear memory.
    expect(memory.wasmBytes).toBeGreaterThan(100 * 2 ** 20);
    expect(memory.heapUsed).toBeGreaterThan(0);
    expect(memory.heapTotal).toBeGreaterThanOrEqual(memory.heapUsed);
  });

  it('refuses statements once closed', async () => {
    await database.close();
    await expect(database.db.execute(sql`select 1`)).rejects.toThrow('Failed query');
  });
});
