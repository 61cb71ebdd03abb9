import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The server as its own process (childEntry.ts), for the tests that kill it with SIGKILL and
// start it again (crash durability) and for the benchmarks that measure it apart from their
// clients (its CPU from /proc, a --cpu-prof).

const childEntry = fileURLToPath(new URL('./childEntry.ts', import.meta.url));

export type Child = { process: ChildProcess; port: number };

/**
 * Starts the server on a free port of 127.0.0.1, configured by `env` over this process's own
 * (DATA_DIR or DATABASE_URL, PUBLIC_ORIGIN…); `nodeOptions` go to node itself (--cpu-prof is not
 * allowed in NODE_OPTIONS). Resolves once it listens.
 */
export function startChild(
  env: Record<string, string>,
  nodeOptions: string[] = [],
): Promise<Child> {
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', childEntry], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /READY (\d+)/.exec(out);
      if (ready) resolve({ process: child, port: Number(ready[1]) });
    });
    child.once('exit', (code) => reject(new Error(`server child exited early (${code})`)));
  });
}

/** Ends the server at once, as a crash would (SIGKILL). */
export const killHard = (child: Child): Promise<void> => stop(child, 'SIGKILL');

/** Stops it as `npm start` stops on SIGTERM: everything stored, and node writes a --cpu-prof. */
export const stopGently = (child: Child): Promise<void> => stop(child, 'SIGTERM');

function stop(child: Child, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return resolve();
    child.process.once('exit', () => resolve());
    child.process.kill(signal);
  });
}
