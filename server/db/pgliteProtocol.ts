// The messages between the server's thread and the thread that runs PGlite (pgliteWorker.mjs).

export type PgliteWorkerInput = {
  dataDir?: string;
  loadDataDir?: Blob;
  /** PGlite's compiled WebAssembly, shared so a second database does not compile it again. */
  pgliteWasmModule: WebAssembly.Module;
  initdbWasmModule: WebAssembly.Module;
};

/**
 * `tx`: the transaction the statement belongs to; without one it waits for open transactions.
 * `textTypes`: type ids whose values come back as PostgreSQL's text (the caller parses them).
 */
export type PgliteCall =
  | {
      op: 'query';
      sql: string;
      params: unknown[];
      rowMode?: 'array' | 'object';
      textTypes?: number[];
      tx?: number;
    }
  | { op: 'exec'; sql: string; tx?: number }
  | { op: 'begin' }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'dump' }
  | { op: 'memory' }
  | { op: 'close' };

/** What the PGlite thread holds: its JavaScript heap and PostgreSQL's WebAssembly memory. */
export type PgliteMemory = { heapUsed: number; heapTotal: number; wasmBytes: number };

export type PgliteRequest = PgliteCall & { id: number };

/** What an error keeps across the thread: its message and PostgreSQL's fields (code, detail…). */
export type SentError = { name: string; message: string; fields: Record<string, unknown> };

export type PgliteReply = { id: number } & (
  | { ok: true; value: unknown }
  | { ok: false; error: SentError }
);
