import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/client';

// A fresh PGlite takes 2–3 s to create and migrate; loading a migrated dump takes ~0.5 s. Build
// the dump once per run and let every test database start from it.
export default async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-test-'));
  const { client, close } = await openDatabase({ kind: 'pglite' });
  const dump = await client.dumpDataDir();
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await close();
  process.env.TSUNAGU_PGLITE_TEMPLATE = file;
  return () => rmSync(dir, { recursive: true, force: true });
}
