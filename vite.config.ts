import { execFileSync } from 'node:child_process';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiPort = Number(process.env.PORT ?? 3000);
const api = `http://localhost:${apiPort}`;

/** Which build a client error report came from: BUILD_ID, else the commit (and -dirty). */
function buildId(): string {
  if (process.env.BUILD_ID) return process.env.BUILD_ID.slice(0, 64);
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

export default defineConfig({
  root: 'client',
  plugins: [react()],
  define: { __BUILD_ID__: JSON.stringify(buildId()) },
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      '/api': api,
      '/yjs': { target: api.replace('http', 'ws'), ws: true },
      '/socket.io': { target: api, ws: true },
    },
  },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          root: '.',
          environment: 'node',
          include: ['server/**/*.test.ts', 'shared/**/*.test.ts'],
          globalSetup: ['server/testing/globalSetup.ts'],
          // CI shares two cores with other jobs; a PGlite start or a child server can take 10× its
          // idle time there. Tests wait for conditions, so a long budget costs nothing when green.
          testTimeout: process.env.CI ? 60_000 : 20_000,
          hookTimeout: process.env.CI ? 120_000 : 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          root: '.',
          environment: 'happy-dom',
          include: ['client/**/*.test.{ts,tsx}'],
          // The canvas layout (elkjs) takes about 1 s idle, far more on a loaded CI machine.
          testTimeout: process.env.CI ? 60_000 : 20_000,
        },
      },
    ],
  },
});
