import { parseArgs } from 'node:util';
import { setupBody } from '../../shared/api';
import { readConfig } from '../config';
import { setupCouncil } from '../councils/setup';
import { DataDirLockedError } from '../db/dataDirLock';
import { openConfiguredDatabase } from '../server';

// `npm run setup -- --council NAME --email E --password P [--name DISPLAY_NAME]`: the first-run
// setup page, for deployment scripts.

async function main() {
  const { values } = parseArgs({
    options: {
      council: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
    },
  });
  const input = setupBody.safeParse({
    councilName: values.council,
    email: values.email,
    password: values.password,
    displayName: values.name ?? '事務局',
  });
  if (!input.success) {
    const problems = input.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`);
    console.error(
      `Usage: npm run setup -- --council NAME --email EMAIL --password PASSWORD [--name NAME]\n${problems.join('\n')}`,
    );
    process.exit(2);
  }
  const { database, release } = await openConfiguredDatabase(readConfig());
  try {
    await setupCouncil(database.db, input.data);
    console.log(`Council "${input.data.councilName}" created; sign in as ${input.data.email}.`);
  } finally {
    await database.close();
    release();
  }
}

main().catch((error) => {
  console.error(error instanceof DataDirLockedError || error.statusCode ? error.message : error);
  process.exit(1);
});
