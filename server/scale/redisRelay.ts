import type { Redis } from 'ioredis';
import type { DocumentRelay, RelayEntry } from '../realtime/documentRelay';
import type { RealtimeLogger } from '../realtime/logger';

// The document relay over Redis streams (docs/realtime.md, "Several processes"). Each document has
// two streams: `doc:<name>` carries the updates its processes stored (with their log row ids), and
// markers asking the others to catch up from PostgreSQL; `aw:<name>` carries presence. One
// connection reads every followed stream with one blocking XREAD; another publishes. A stream is
// a log, not pub/sub: a process reads on from the last entry it read, so a slow reader loses
// nothing the stream still holds. What a stream cannot give (Redis lost, restarted, or trimmed
// past a reader) is read from PostgreSQL: after every reconnection, on another process's marker,
// and every `catchUpIntervalMs` as a safety net.

/** Entries kept per stream (approximately: XADD MAXLEN ~). */
const UPDATES_KEPT = 1000;
const AWARENESS_KEPT = 100;
/** A stream no one wrote to for a day goes (its documents are long unloaded or catch up). */
const STREAM_TTL_MS = 24 * 60 * 60 * 1000;
/** The longest one XREAD waits; a newly followed document is added by interrupting it anyway. */
const BLOCK_MS = 2000;
const RETRY_MS = 250;

export type RedisRelay = DocumentRelay & {
  /** Whether both connections are up and nothing published was lost since the last catch-up. */
  connected: () => boolean;
  close: () => Promise<void>;
};

type Options = {
  /** Publishes, and interrupts the reader; fails fast when Redis is away (no offline queue). */
  publisher: Redis;
  /** Used for the blocking reads only. */
  reader: Redis;
  /** Keys start with it, so several deployments (or test runs) can share one Redis. */
  prefix: string;
  /** Names this process's entries, which it does not read back. */
  processId: string;
  logger: RealtimeLogger;
  catchUpIntervalMs: number;
};

type Followed = {
  updatesKey: string;
  awarenessKey: string;
  /** Stream ids of the last entries read. */
  updatesAt: string;
  awarenessAt: string;
  receivers: Set<(entry: RelayEntry) => void>;
};

export function createRedisRelay({
  publisher,
  reader,
  prefix,
  processId,
  logger,
  catchUpIntervalMs,
}: Options): RedisRelay {
  const followed = new Map<string, Followed>();
  const byKey = new Map<string, { doc: Followed; updates: boolean }>();
  let closed = false;
  // Set when the reader's connection dropped or a publish failed: on the next turn of the loop
  // every followed document catches up and asks the other processes to.
  let lost = false;
  let readerId: string | undefined;
  let generation = 0;
  let readingGeneration: number | undefined;
  let wake: (() => void) | undefined;

  const updatesKey = (docName: string) => `${prefix}doc:${docName}`;

  reader.on('close', () => {
    readerId = undefined;
    if (!closed) lost = true;
  });

  const lastId = async (key: string): Promise<string> => {
    const [last] = await publisher.xrevrange(key, '+', '-', 'COUNT', 1);
    return last?.[0] ?? '0-0';
  };

  const tell = (doc: Followed, entry: RelayEntry) => {
    for (const receive of doc.receivers) receive(entry);
  };

  /** Interrupts the blocking read so that it reads the documents followed now. */
  const nudge = () => {
    generation++;
    if (wake) return wake();
    unblock();
  };
  const unblock = () => {
    if (readingGeneration === undefined || readingGeneration === generation || !readerId) return;
    publisher.call('CLIENT', 'UNBLOCK', readerId).then(
      // 0: the read was not blocking yet; try again until it is or it returned.
      (unblocked: unknown) => {
        if (Number(unblocked) === 0) setTimeout(unblock, 5);
      },
      () => {},
    );
  };

  const publish = (key: string, kept: number, fields: (string | Buffer)[]) => {
    publisher
      .multi()
      .xadd(key, 'MAXLEN', '~', kept, '*', 'o', processId, ...fields)
      .pexpire(key, STREAM_TTL_MS)
      .exec()
      .catch((error: unknown) => {
        if (closed) return;
        logger.warn({ err: error, key }, 'relaying to Redis failed; catching up when it is back');
        lost = true;
      });
  };

  const recover = async () => {
    for (const doc of followed.values()) {
      [doc.updatesAt, doc.awarenessAt] = await Promise.all([
        lastId(doc.updatesKey),
        lastId(doc.awarenessKey),
      ]);
    }
    lost = false;
    for (const [docName, doc] of followed) {
      tell(doc, { kind: 'catchUp' });
      publish(updatesKey(docName), UPDATES_KEPT, ['t', 'c']);
    }
    logger.info({ documents: followed.size }, 'Redis is back; caught up from the database');
  };

  const deliver = (streams: [Buffer, [Buffer, Buffer[]][]][]) => {
    for (const [key, entries] of streams) {
      const target = byKey.get(key.toString());
      if (!target) continue;
      for (const [id, fields] of entries) {
        if (target.updates) target.doc.updatesAt = id.toString();
        else target.doc.awarenessAt = id.toString();
        const entry = readEntry(fields, processId);
        if (entry) tell(target.doc, entry);
      }
    }
  };

  const loop = async () => {
    while (!closed) {
      if (followed.size === 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
        continue;
      }
      try {
        if (lost) await recover();
        readerId ??= String(await reader.call('CLIENT', 'ID'));
        const docs = [...followed.values()];
        const keys = docs.flatMap((d) => [d.updatesKey, d.awarenessKey]);
        const ids = docs.flatMap((d) => [d.updatesAt, d.awarenessAt]);
        readingGeneration = generation;
        const result = (await reader.xreadBuffer(
          'COUNT',
          500,
          'BLOCK',
          BLOCK_MS,
          'STREAMS',
          ...keys,
          ...ids,
        )) as [Buffer, [Buffer, Buffer[]][]][] | null;
        readingGeneration = undefined;
        if (result) deliver(result);
      } catch (error) {
        readingGeneration = undefined;
        if (closed) return;
        lost = true;
        logger.warn({ err: error }, 'reading from Redis failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  };
  const running = loop();

  const safetyNet = setInterval(() => {
    for (const doc of followed.values()) tell(doc, { kind: 'catchUp' });
  }, catchUpIntervalMs);
  safetyNet.unref();

  return {
    follow: async (docName, receive) => {
      let doc = followed.get(docName);
      if (!doc) {
        const keys = { updatesKey: updatesKey(docName), awarenessKey: `${prefix}aw:${docName}` };
        // Positions taken before the caller loads: what is stored later is published later.
        const [updatesAt, awarenessAt] = await Promise.all([
          lastId(keys.updatesKey),
          lastId(keys.awarenessKey),
        ]);
        doc = followed.get(docName);
        if (!doc) {
          doc = { ...keys, updatesAt, awarenessAt, receivers: new Set() };
          followed.set(docName, doc);
          byKey.set(doc.updatesKey, { doc, updates: true });
          byKey.set(doc.awarenessKey, { doc, updates: false });
        }
      }
      const following = doc;
      following.receivers.add(receive);
      nudge();
      return () => {
        following.receivers.delete(receive);
        if (following.receivers.size > 0 || followed.get(docName) !== following) return;
        followed.delete(docName);
        byKey.delete(following.updatesKey);
        byKey.delete(following.awarenessKey);
        nudge();
      };
    },
    publishUpdate: (docName, id, update) =>
      publish(updatesKey(docName), UPDATES_KEPT, [
        't',
        'u',
        'i',
        String(id),
        'd',
        asBuffer(update),
      ]),
    publishAwareness: (docName, update) =>
      publish(`${prefix}aw:${docName}`, AWARENESS_KEPT, ['t', 'a', 'd', asBuffer(update)]),
    publishDeleted: (docName) => publish(updatesKey(docName), UPDATES_KEPT, ['t', 'd']),
    connected: () => !lost && publisher.status === 'ready' && reader.status === 'ready',
    close: async () => {
      closed = true;
      clearInterval(safetyNet);
      wake?.();
      reader.disconnect();
      await running;
    },
  };
}

const asBuffer = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** An entry's fields (`o` origin, `t` type, `i` row id, `d` data); undefined for our own. */
function readEntry(fields: Buffer[], processId: string): RelayEntry | undefined {
  const values = new Map<string, Buffer>();
  for (let i = 0; i + 1 < fields.length; i += 2) {
    values.set((fields[i] as Buffer).toString(), fields[i + 1] as Buffer);
  }
  if (values.get('o')?.toString() === processId) return undefined;
  const data = values.get('d');
  switch (values.get('t')?.toString()) {
    case 'u':
      return data ? { kind: 'update', id: Number(values.get('i')), update: data } : undefined;
    case 'a':
      return data ? { kind: 'awareness', update: data } : undefined;
    case 'c':
      return { kind: 'catchUp' };
    case 'd':
      return { kind: 'deleted' };
    default:
      return undefined;
  }
}
