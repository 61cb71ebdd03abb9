import { spawn } from 'node:child_process';
import { createServer } from 'vite';

// `npm run dev`: the API server restarts on change (tsx watch) and Vite serves the client with
// hot reload on :5173, proxying /api, /yjs and /socket.io to it.

const port = process.env.PORT ?? '3000';
const api = spawn(
  process.execPath,
  ['--import', 'tsx', '--watch', 'server/main.ts', '--api-only', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: port,
      PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN ?? `http://localhost:5173,http://localhost:${port}`,
    },
  },
);

const vite = await createServer({ configFile: 'vite.config.ts' });
await vite.listen();
vite.printUrls();

const stop = async () => {
  api.kill('SIGTERM');
  await vite.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
api.once('exit', (code) => {
  if (code) console.error(`API server exited with code ${code}`);
});
