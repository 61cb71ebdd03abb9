import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { pgliteByteaCodec } from './pgliteBytea.mjs';

describe('PGlite bytea codec', () => {
  const client = new PGlite(pgliteByteaCodec);
  afterAll(() => client.close());

  it('stores and reads back every byte value, empty values and views into a larger buffer', async () => {
    await client.exec('create table blobs (id serial primary key, data bytea not null)');
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    const big = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256);
    // A Yjs update is often a view into a bigger buffer: only the view's bytes may be stored.
    const view = new Uint8Array([9, 9, 1, 2, 3, 9]).subarray(2, 5);
    const values = [every, new Uint8Array(0), big, view];
    for (const data of values) await client.query('insert into blobs (data) values ($1)', [data]);
    const { rows } = await client.query<{ data: Uint8Array; hex: string }>(
      "select data, encode(data, 'hex') as hex from blobs order by id",
    );
    expect(rows.map((r) => [...r.data])).toEqual(values.map((v) => [...v]));
    // What the database holds, not only what the codec reads back.
    expect(rows[3]?.hex).toBe('010203');
    expect(rows[0]?.hex).toBe(Buffer.from(every).toString('hex'));
  });

  it('refuses what is not bytes, as PGlite does', async () => {
    await expect(
      client.query('insert into blobs (data) values ($1)', ['not bytes']),
    ).rejects.toThrow('Invalid input for bytea type');
  });
});
