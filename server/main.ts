import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { clientDist } from './app';
import { readConfig } from './config';
import { DataDirLockedError } from './db/dataDirLock';
import { seedDemo } from './demo/seed';
import { openConfiguredDatabase, startServer } from './server';

// `npm start`: build the client if it is missing, open the database (migrations apply), serve.
// `npm start -- --demo` fills an empty database with the demo council first; `npm run dev` passes
// --api-only.

const { values } = parseArgs({
  options: {
    demo: { type: 'boolean', default: false },
    // Development: Vite serves the client, so there is nothing to build here.
    'api-only': { type: 'boolean', default: false },
  },
});

async function ensureClientBuilt() {
  if (existsSync(join(clientDist, 'index.html'))) return;
  console.log('Building the client (first start)…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}

async function main() {
  const config = readConfig();
  if (!values['api-only']) await ensureClientBuilt();
  const opened = await openConfiguredDatabase(config);
  if (values.demo) {
    const accounts = await seedDemo(opened.database.db);
    if (accounts) {
      console.log('\nデモ協議会を作成しました / Demo council created. Sign in with:');
      for (const a of accounts) console.log(`  ${a.role.padEnd(12)} ${a.email}  ${a.password}`);
    } else {
      console.log('Demo skipped: this database already holds a council.');
    }
  }
  const server = await startServer(config, opened);
  console.log(`\nTsunagu つなぐ is running at ${server.url}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.stop().then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error) => {
  if (error instanceof DataDirLockedError) console.error(`\n${error.message}\n`);
  else console.error(error);
  process.exit(1);
});
