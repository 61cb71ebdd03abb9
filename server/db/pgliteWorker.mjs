// @ts-check
// PGlite runs Postgres compiled to WebAssembly and answers each statement synchronously: on the
// server's own thread every query stopped the realtime traffic for its whole duration. Here it
// has a thread of its own (started by pgliteThread.ts); PGlite's own locks still order
// statements and transactions.
// JavaScript (type-checked), not TypeScript: a worker thread gets neither vitest's transform
// nor, without a boot file registering it again, tsx's loader.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pgliteByteaCodec } from './pgliteBytea.mjs';

/**
 * @typedef {import('./pgliteProtocol.ts').PgliteRequest} PgliteRequest
 * @typedef {import('./pgliteProtocol.ts').PgliteReply} PgliteReply
 * @typedef {import('./pgliteProtocol.ts').SentError} SentError
 * @typedef {import('@electric-sql/pglite').Transaction} Transaction
 * @typedef {import('@electric-sql/pglite').ParserOptions} ParserOptions
 * @typedef {{ tx: Transaction; end: (commit: boolean) => void; done: Promise<void> }} Open
 */

const port = parentPort;
if (!port) throw new Error('pgliteWorker runs as a worker thread (see pgliteThread.ts)');
const input = /** @type {import('./pgliteProtocol.ts').PgliteWorkerInput} */ (workerData);
// One options object: PGlite ignores its second argument when the first (dataDir) is undefined,
// which is how the in-memory test databases had started without their dump and the codec.
const pg = new PGlite({
  dataDir: input.dataDir,
  loadDataDir: input.loadDataDir,
  pgliteWasmModule: input.pgliteWasmModule,
  initdbWasmModule: input.initdbWasmModule,
  ...pgliteByteaCodec,
});

/** The sentinel that makes PGlite roll back a transaction the server's side gave up. */
const rollback = Symbol('rollback');
/** @type {Map<number, Open>} */
const open = new Map();
let lastTx = 0;

/** @returns {Promise<number>} */
function begin() {
  const id = ++lastTx;
  return new Promise((resolve, reject) => {
    /** @type {(commit: boolean) => void} */
    let end = () => undefined;
    /** @type {Promise<boolean>} */
    const decided = new Promise((decide) => {
      end = decide;
    });
    const done = pg
      .transaction(async (tx) => {
        open.set(id, { tx, end, done });
        resolve(id);
        if (!(await decided)) throw rollback;
      })
      .then(
        () => undefined,
        (error) => {
          if (error !== rollback) throw error;
        },
      )
      .finally(() => open.delete(id));
    // A transaction that failed to start never reached its callback.
    done.catch(reject);
  });
}

/** @param {string} value */
const keepText = (value) => value;
/** @type {Map<string, ParserOptions>} */
const textParsers = new Map();

/** @param {number[]} types */
function asText(types) {
  const key = types.join();
  let parsers = textParsers.get(key);
  if (!parsers) {
    parsers = Object.fromEntries(types.map((type) => [type, keepText]));
    textParsers.set(key, parsers);
  }
  return parsers;
}

/** @param {number | undefined} tx */
function client(tx) {
  if (tx === undefined) return pg;
  const current = open.get(tx);
  if (!current) throw new Error(`Transaction ${tx} is not open`);
  return current.tx;
}

/** @param {PgliteRequest} request */
async function run(request) {
  switch (request.op) {
    case 'query':
      return client(request.tx).query(request.sql, request.params, {
        rowMode: request.rowMode,
        parsers: request.textTypes && asText(request.textTypes),
      });
    case 'exec':
      return client(request.tx).exec(request.sql);
    case 'begin':
      return begin();
    case 'end': {
      const current = open.get(request.tx);
      if (!current) throw new Error(`Transaction ${request.tx} is not open`);
      current.end(request.commit);
      return current.done;
    }
    case 'dump':
      return (await pg.dumpDataDir('none')).arrayBuffer();
    case 'memory':
      return memory();
    case 'close':
      if (!pg.closed) await pg.close();
      return undefined;
  }
}

/**
 * This thread's own heap (process.memoryUsage on the server's thread sees only its own) and
 * PostgreSQL's linear memory, which WebAssembly grows and never gives back.
 * @returns {import('./pgliteProtocol.ts').PgliteMemory}
 */
function memory() {
  const heap = getHeapStatistics();
  // `mod` is PGlite's Emscripten module; not in its types.
  const wasm = /** @type {{ mod?: { HEAPU8?: Uint8Array } }} */ (/** @type {unknown} */ (pg));
  return {
    heapUsed: heap.used_heap_size,
    heapTotal: heap.total_heap_size,
    wasmBytes: wasm.mod?.HEAPU8?.byteLength ?? 0,
  };
}

/**
 * @param {unknown} error
 * @returns {SentError}
 */
function sendable(error) {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  /** @type {Record<string, unknown>} */
  const fields = {};
  for (const [key, value] of Object.entries(error)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { name: error.name, message: error.message, fields };
}

port.on('message', (/** @type {PgliteRequest} */ request) => {
  run(request).then(
    (value) => port.postMessage(/** @type {PgliteReply} */ ({ id: request.id, ok: true, value })),
    (error) =>
      port.postMessage(
        /** @type {PgliteReply} */ ({ id: request.id, ok: false, error: sendable(error) }),
      ),
  );
});
