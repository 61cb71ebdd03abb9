// Runs before the browser tests: Playwright drives the system Chromium (a bundled-browser
// download cannot work on these machines), so say plainly how to get it when it is missing.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    [
      '',
      `Chromium was not found at ${path}; the browser tests need it.`,
      'Install it with:   sudo apt-get install -y chromium',
      'or point to an existing Chromium or Chrome:   CHROMIUM_PATH=/path/to/chromium npm run test:e2e',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
