import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results } from '@electric-sql/pglite';
import type {
  PgliteCall,
  PgliteMemory,
  PgliteReply,
  PgliteRequest,
  PgliteWorkerInput,
  SentError,
} from './pgliteProtocol';

/** What drizzle's PGlite driver and the realtime storage ask of a PGlite or its transaction. */
export type PgliteQueries = {
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(sql: string): Promise<Results[]>;
};

export type PgliteThreadOptions = { dataDir?: string; loadDataDir?: Blob };

const compiled = new Map<string, Promise<WebAssembly.Module>>();

/** PGlite's WebAssembly, compiled once per process and shared with every worker. */
function compiledWasm(file: 'pglite.wasm' | 'initdb.wasm'): Promise<WebAssembly.Module> {
  let module = compiled.get(file);
  if (!module) {
    const path = createRequire(import.meta.url).resolve(`@electric-sql/pglite/${file}`);
    module = WebAssembly.compile(readFileSync(path));
    compiled.set(file, module);
  }
  return module;
}

function received(sent: SentError): Error {
  return Object.assign(new Error(sent.message), { name: sent.name }, sent.fields);
}

/**
 * PGlite on a worker thread (pgliteWorker.mjs), with the part of PGlite's interface the server
 * uses: drizzle's PGlite driver takes it in place of a PGlite. Statements go to the worker and
 * their results come back; the server's thread stays free for the realtime traffic meanwhile.
 */
export class PgliteThread implements PgliteQueries {
  #worker: Worker;
  #pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  #lastId = 0;
  #closed = false;
  #failure: Error | undefined;

  private constructor(worker: Worker) {
    this.#worker = worker;
    // Like a socket, the thread keeps the process alive only while a statement is under way.
    worker.unref();
    worker.on('message', (reply: PgliteReply) => this.#settle(reply));
    worker.on('error', (error) => this.#fail(error));
    worker.on('exit', (code) => this.#fail(new Error(`The PGlite thread exited (${code})`)));
  }

  static async start(options: PgliteThreadOptions): Promise<PgliteThread> {
    const input: PgliteWorkerInput = {
      ...options,
      pgliteWasmModule: await compiledWasm('pglite.wasm'),
      initdbWasmModule: await compiledWasm('initdb.wasm'),
    };
    const worker = new Worker(new URL('./pgliteWorker.mjs', import.meta.url), {
      workerData: input,
    });
    const thread = new PgliteThread(worker);
    // The first statement waits for PGlite to open the database: a failure to open shows here.
    await thread.query('select 1');
    return thread;
  }

  get closed(): boolean {
    return this.#closed;
  }

  async query<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}, tx?: number) {
    const result = (await this.#request({
      op: 'query',
      sql,
      params,
      rowMode: options.rowMode,
      textTypes: options.parsers && Object.keys(options.parsers).map(Number),
      tx,
    })) as Results<T>;
    if (options.parsers)
      parseFields(result as Results, options.parsers, options.rowMode === 'array');
    return result;
  }

  exec(sql: string, tx?: number): Promise<Results[]> {
    return this.#request({ op: 'exec', sql, tx }) as Promise<Results[]>;
  }

  /** Runs `callback` in a transaction: committed when it resolves, rolled back when it throws. */
  async transaction<T>(callback: (tx: PgliteQueries) => Promise<T>): Promise<T> {
    const tx = (await this.#request({ op: 'begin' })) as number;
    const queries: PgliteQueries = {
      query: (sql, params, options) => this.query(sql, params, options, tx),
      exec: (sql) => this.exec(sql, tx),
    };
    let result: T;
    try {
      result = await callback(queries);
    } catch (error) {
      // What made the caller give up says more than a rollback refused by a broken database.
      await this.#request({ op: 'end', tx, commit: false }).catch(() => undefined);
      throw error;
    }
    await this.#request({ op: 'end', tx, commit: true });
    return result;
  }

  /** The database as a tarball, for loadDataDir. */
  async dumpDataDir(): Promise<Blob> {
    return new Blob([(await this.#request({ op: 'dump' })) as ArrayBuffer]);
  }

  /** What the PGlite thread holds in memory (for the benchmark's soak). */
  memory(): Promise<PgliteMemory> {
    return this.#request({ op: 'memory' }) as Promise<PgliteMemory>;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await this.#request({ op: 'close' });
    this.#closed = true;
    await this.#worker.terminate();
  }

  #request(request: PgliteCall): Promise<unknown> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#closed) return Promise.reject(new Error('The database is closed'));
    const id = ++this.#lastId;
    if (this.#pending.size === 0) this.#worker.ref();
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...request, id } satisfies PgliteRequest);
    });
  }

  #settle(reply: PgliteReply) {
    const waiting = this.#pending.get(reply.id);
    if (!waiting) return;
    this.#pending.delete(reply.id);
    if (this.#pending.size === 0) this.#worker.unref();
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(received(reply.error));
  }

  #fail(error: Error) {
    this.#failure ??= this.#closed ? new Error('The database is closed') : error;
    this.#closed = true;
    for (const waiting of this.#pending.values()) waiting.reject(this.#failure);
    this.#pending.clear();
  }
}

/**
 * Applies per-query parsers (drizzle's driver passes some, to keep dates as text) on this side,
 * as functions do not cross threads: the worker leaves their types as text.
 */
function parseFields(
  result: Results,
  parsers: NonNullable<QueryOptions['parsers']>,
  array: boolean,
) {
  result.fields.forEach((field, index) => {
    const parse = parsers[field.dataTypeID];
    if (!parse) return;
    const key = array ? index : field.name;
    for (const row of result.rows as Record<string | number, unknown>[]) {
      const value = row[key];
      if (typeof value === 'string') row[key] = parse(value);
    }
  });
}
