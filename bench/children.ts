// The benchmark's child processes: each server under test, and the load generator, runs in its
// own process and answers over IPC.
import { type ChildProcess, fork } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { type IpcClient, ipcClient } from './ipc';
import type { Target } from './servers/child';

const here = fileURLToPath(new URL('.', import.meta.url));

/** `--profile`: server children write V8 CPU profiles (node --cpu-prof) into this directory. */
export const profileDir = process.argv.includes('--profile')
  ? join(tmpdir(), `tsunagu-bench-profiles-${Date.now()}`)
  : undefined;

export type ServerSpec = {
  id: string;
  file: string;
  env: (dataDir: string) => Record<string, string>;
};

export function forkChild(file: string, args: string[], env: Record<string, string>): ChildProcess {
  const profile =
    profileDir && file.startsWith('servers/') ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  return fork(join(here, file), args, {
    execArgv: ['--import', 'tsx', '--expose-gc', ...profile],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

export function nextMessage<T>(child: ChildProcess, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: Record<string, unknown>) => {
      if (!(key in message)) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message[key] as T);
    };
    const onExit = (code: number) => reject(new Error(`child exited (${code}) before "${key}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export type RunningServer = { ipc: IpcClient; target: Target; child: ChildProcess };

export async function startServer(
  spec: ServerSpec,
  dataDir: string,
  docCount: number,
): Promise<RunningServer> {
  const child = forkChild(spec.file, [], {
    ...spec.env(dataDir),
    BENCH_DATA_DIR: dataDir,
    BENCH_DOC_COUNT: String(docCount),
  });
  await nextMessage(child, 'ready');
  const ipc = ipcClient(child);
  return { ipc, child, target: await ipc.call<Target>('target') };
}

export async function stopServer(server: RunningServer): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  // A server whose event loop is stuck (a load that never finishes) cannot answer; kill it.
  const stopped = server.ipc.call('stop').then(() => exited);
  await Promise.race([stopped, sleep(10_000)]).catch(() => {});
  if (server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill('SIGKILL');
    await exited;
  }
}

export async function runOnce<T>(spec: ServerSpec, dataDir: string, args: string[], key: string) {
  const child = forkChild(spec.file, args, { ...spec.env(dataDir), BENCH_DATA_DIR: dataDir });
  const result = await nextMessage<T>(child, key);
  await new Promise((resolve) =>
    child.exitCode === null ? child.once('exit', resolve) : resolve(0),
  );
  return result;
}
