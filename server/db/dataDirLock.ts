import { mkdirSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';

// PGlite has no lock across processes: a second process on the same directory silently loses
// writes. The lock is a Unix socket bound in the data directory, because the kernel releases it
// the moment its process dies — even when the dead process is a zombie nobody reaps (a pid file
// checked with kill(pid, 0) took a zombie for a live holder). A socket nobody listens on any
// more refuses connections, so a stale file is replaced; a live holder answers with its pid.

export const LOCK_FILE = 'tsunagu.lock';
// How long a second process waits for the holder to say its pid (a stopped holder never does).
const PID_REPLY_MS = 2000;

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number | undefined,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Tsunagu process` +
        `${pid === undefined ? '' : ` (pid ${pid})`}. ` +
        'Stop that process first (for example the running server), then try again.',
    );
  }
}

function listen(path: string): Promise<Server> {
  const server = createServer((socket) => socket.end(String(process.pid)));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      // The lock must not keep the process alive on its own.
      server.unref();
      resolve(server);
    });
  });
}

type Holder = { alive: false } | { alive: true; pid: number | undefined };

/** Asks whoever listens on the socket for its pid; a refused connection means nobody holds it. */
function askHolder(path: string): Promise<Holder> {
  return new Promise((resolve) => {
    const socket = createConnection(path);
    let reply = '';
    const answer = (holder: Holder) => {
      socket.destroy();
      resolve(holder);
    };
    const timer = setTimeout(() => answer({ alive: true, pid: undefined }), PID_REPLY_MS);
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString();
    });
    socket.once('end', () => {
      clearTimeout(timer);
      const pid = Number.parseInt(reply, 10);
      answer({ alive: true, pid: Number.isFinite(pid) ? pid : undefined });
    });
    socket.once('error', () => {
      clearTimeout(timer);
      // ECONNREFUSED: a socket left by a dead process; ENOENT: removed meanwhile. Anything else
      // (for example the pid file of an older version, ENOTSOCK) is not a live holder either.
      answer({ alive: false });
    });
  });
}

/** Takes the lock on `dataDir` for this process; resolves to the function that releases it. */
export async function lockDataDir(dataDir: string): Promise<() => void> {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const server = await listen(path);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        // Closing a listening Unix socket removes its file.
        server.close();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      const holder = await askHolder(path);
      if (holder.alive) throw new DataDirLockedError(dataDir, holder.pid);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not lock the data directory ${dataDir}`);
}
