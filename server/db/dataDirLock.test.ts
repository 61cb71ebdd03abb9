import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../testing/realtimeHarness';
import { DataDirLockedError, LOCK_FILE, lockDataDir } from './dataDirLock';

const freshDir = () => mkdtempSync(join(tmpdir(), 'tsunagu-lock-'));
const serverEntry = fileURLToPath(new URL('../process/childEntry.ts', import.meta.url));
const started: number[] = [];

afterEach(() => {
  for (const pid of started.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

/**
 * Starts the server on `dataDir` as the child of a shell that then becomes `sleep`, which never
 * reaps it: after kill -9 the server stays a zombie, as under a container's first process that
 * does not reap orphans. Resolves to the server's pid once it listens.
 */
function startUnreapedServer(dataDir: string): Promise<number> {
  const command = `"${process.execPath}" --import tsx "${serverEntry}" & echo "PID $!"; exec sleep 300`;
  const shell = spawn('sh', ['-c', command], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (shell.pid) started.push(shell.pid);
  return new Promise((resolve, reject) => {
    let out = '';
    shell.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const pid = /PID (\d+)/.exec(out);
      if (pid && /READY \d+/.test(out)) {
        started.push(Number(pid[1]));
        resolve(Number(pid[1]));
      }
    });
    shell.once('exit', (code) => reject(new Error(`shell exited early (${code})`)));
  });
}

function processState(pid: number): string | undefined {
  try {
    // Field 3 of /proc/<pid>/stat, after the parenthesised command name.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
  } catch {
    return undefined;
  }
}

describe('data directory lock', () => {
  it('refuses a second process while the server lives, and starts again after kill -9 leaves a zombie', async () => {
    const dir = freshDir();
    const pid = await startUnreapedServer(dir);
    const refused = await lockDataDir(dir).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as Error).message).toContain(`in use by another Tsunagu process (pid ${pid})`);

    process.kill(pid, 'SIGKILL');
    await waitFor(() => processState(pid) === 'Z', 10_000);

    const again = await startUnreapedServer(dir);
    expect(again).not.toBe(pid);
  }, 180_000);

  it('replaces the pid file an older version left behind', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, LOCK_FILE), String(process.ppid));
    const release = await lockDataDir(dir);
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('creates the directory, refuses a second lock and releases', async () => {
    const dir = join(freshDir(), 'nested');
    const release = await lockDataDir(dir);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    await expect(lockDataDir(dir)).rejects.toThrow(DataDirLockedError);
    release();
    const again = await lockDataDir(dir);
    again();
  });
});
