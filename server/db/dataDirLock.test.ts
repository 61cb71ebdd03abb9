import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './dataDirLock';

const freshDir = () => mkdtempSync(join(tmpdir(), 'tsunagu-lock-'));

describe('data directory lock', () => {
  it('refuses a second process while the first is alive, with a message naming it', () => {
    const dir = freshDir();
    // The parent of this test process is certainly alive and is not us.
    writeFileSync(join(dir, 'tsunagu.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(
      new RegExp(`in use by another Tsunagu process \\(pid ${process.ppid}\\)`),
    );
  });

  it('takes over a lock left by a process that died (kill -9)', () => {
    const dir = freshDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    writeFileSync(join(dir, 'tsunagu.lock'), String(dead));
    const release = lockDataDir(dir);
    release();
    expect(existsSync(join(dir, 'tsunagu.lock'))).toBe(false);
  });

  it('creates the directory and releases the lock', () => {
    const dir = join(freshDir(), 'nested');
    const release = lockDataDir(dir);
    expect(existsSync(join(dir, 'tsunagu.lock'))).toBe(true);
    release();
    const again = lockDataDir(dir);
    again();
  });
});
