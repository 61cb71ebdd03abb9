import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export type OwnServer = { base: string; stop: () => void };

/**
 * Starts a server of the spec's own on `port` with an empty data folder (`extraArgs`: e.g.
 * `--demo`) and resolves once it answers its health check; a loaded machine may take minutes.
 * `onLogLine` gets each line the server logs (JSON, warn and above).
 */
export async function startOwnServer(
  port: number,
  extraArgs: string[] = [],
  onLogLine?: (line: string) => void,
): Promise<OwnServer> {
  const base = `http://localhost:${port}`;
  const server = spawn('npx', ['tsx', 'server/main.ts', ...extraArgs], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'tsunagu-own-')),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', onLogLine ? 'pipe' : 'ignore', 'ignore'],
    detached: true,
  });
  if (onLogLine && server.stdout) createInterface({ input: server.stdout }).on('line', onLogLine);
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  for (let i = 0; i < 1800; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, stop };
    if (server.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`the server on port ${port} did not start`);
}
