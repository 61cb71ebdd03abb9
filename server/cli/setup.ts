import { parseArgs } from 'node:util';
import { setupBody } from '../../shared/api';
import { SECOND_FACTOR_DEFAULT_DAY } from '../../shared/domain';
import { readConfig } from '../config';
import { setupCouncil } from '../councils/setup';
import { DataDirLockedError } from '../db/dataDirLock';
import { openConfiguredDatabase } from '../server';

// `npm run setup -- --council NAME --email E --password P [--name DISPLAY_NAME]
// [--second-factor-from YYYY-MM-DD]`: the first-run setup page, for deployment scripts. Two-step
// sign-in is required from the FY2027 start unless another day is given.

async function main() {
  const { values } = parseArgs({
    options: {
      council: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      'second-factor-from': { type: 'string' },
    },
  });
  const input = setupBody.safeParse({
    councilName: values.council,
    email: values.email,
    password: values.password,
    displayName: values.name ?? '事務局',
    secondFactorRequiredFrom: values['second-factor-from'],
  });
  if (!input.success) {
    const problems = input.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`);
    console.error(
      `Usage: npm run setup -- --council NAME --email EMAIL --password PASSWORD [--name NAME] [--second-factor-from YYYY-MM-DD]\n${problems.join('\n')}`,
    );
    process.exit(2);
  }
  const { database, release } = await openConfiguredDatabase(readConfig());
  try {
    await setupCouncil(database.db, input.data);
    const from = input.data.secondFactorRequiredFrom ?? SECOND_FACTOR_DEFAULT_DAY;
    console.log(
      `Council "${input.data.councilName}" created; sign in as ${input.data.email}. Two-step sign-in is required from ${from} (Japan time) for the secretariat and case members; change it on the members page.`,
    );
  } finally {
    await database.close();
    release();
  }
}

main().catch((error) => {
  console.error(error instanceof DataDirLockedError || error.statusCode ? error.message : error);
  process.exit(1);
});
