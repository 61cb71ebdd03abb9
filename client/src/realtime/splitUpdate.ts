import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

// The server refuses a WebSocket message over its limit (1 MiB) and closes the connection, so a
// big Yjs update (a CSV import, or everything edited offline sent as sync step 2 on reconnect) is
// cut here into updates that each fit. Each piece must integrate on its own when the pieces
// arrive in order — the server neither stores nor acknowledges an update whose dependencies it
// lacks — so structs go out in clock order per client, a struct only after the structs of other
// clients it refers to, and the deletions last. The server checks every update against the
// document's schema and undoes an entry left invalid, so a piece ends, where it can, just before a
// struct that starts a new top-level entry (a new agency, tie, relation…): an entry's fields
// travel with it.

// Bytes of a piece besides its structs: counts and ids of the piece and of each client's run.
const PIECE_OVERHEAD = 16;
const RUN_OVERHEAD = 16;

type Struct = ReturnType<typeof Y.decodeUpdate>['structs'][number];
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/** The structs a struct needs before it can be integrated, as (client, clock) pairs. */
function dependencies(struct: Struct): Y.ID[] {
  if (!(struct instanceof Y.Item)) return [];
  const ids = [struct.origin, struct.rightOrigin];
  if (struct.parent instanceof Y.ID) ids.push(struct.parent);
  return ids.filter((id): id is Y.ID => id !== null);
}

/** A struct written straight into a root type: a new entry of a collection (or a root value). */
function startsEntry(struct: Struct): boolean {
  return struct instanceof Y.Item && typeof struct.parent === 'string';
}

function encodedSize(struct: Struct): number {
  const encoder = new Y.UpdateEncoderV1();
  struct.write(encoder, 0);
  return encoder.toUint8Array().length;
}

function encodePiece(groups: Map<number, Struct[]>, deletions: DeleteSet | null): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const rest = encoder.restEncoder;
  const clients = [...groups.entries()].filter(([, structs]) => structs.length > 0);
  encoding.writeVarUint(rest, clients.length);
  for (const [client, structs] of clients) {
    encoding.writeVarUint(rest, structs.length);
    encoder.writeClient(client);
    encoding.writeVarUint(rest, (structs[0] as Struct).id.clock);
    for (const struct of structs) struct.write(encoder, 0);
  }
  const deleted = deletions ? [...deletions.clients.entries()] : [];
  encoding.writeVarUint(rest, deleted.length);
  for (const [client, items] of deleted) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(rest, client);
    encoding.writeVarUint(rest, items.length);
    for (const item of items) {
      encoder.writeDsClock(item.clock);
      encoder.writeDsLen(item.len);
    }
  }
  return encoder.toUint8Array();
}

/**
 * Cuts a Yjs update (v1) into updates that, applied in order, give the same document and each
 * integrate fully. A piece grows past `targetBytes` only until the next entry starts, and past
 * `maxBytes` never, except for a single struct larger than that: it gets a piece of its own, and
 * the caller decides what to do with it.
 */
export function splitUpdate(
  update: Uint8Array,
  targetBytes: number,
  maxBytes = targetBytes,
): Uint8Array[] {
  if (update.length <= targetBytes) return [update];
  const { structs, ds } = Y.decodeUpdate(update);
  const queues = new Map<number, Struct[]>();
  for (const struct of structs) {
    const queue = queues.get(struct.id.client) ?? [];
    queue.push(struct);
    queues.set(struct.id.client, queue);
  }
  // How far each client's structs have gone out; a client not in the update is on the server.
  const sent = new Map([...queues].map(([client, queue]) => [client, queue[0]?.id.clock ?? 0]));
  const ready = (struct: Struct) =>
    dependencies(struct).every(
      (id) =>
        id.client === struct.id.client ||
        !sent.has(id.client) ||
        id.clock < (sent.get(id.client) ?? 0),
    );

  const pieces: Uint8Array[] = [];
  let groups = new Map<number, Struct[]>();
  let size = PIECE_OVERHEAD;
  const flush = () => {
    if (groups.size > 0) pieces.push(encodePiece(groups, null));
    groups = new Map();
    size = PIECE_OVERHEAD;
  };
  const take = (struct: Struct) => {
    const bytes = encodedSize(struct);
    const run = () => (groups.has(struct.id.client) ? 0 : RUN_OVERHEAD);
    const next = size + run() + bytes;
    if (groups.size > 0 && (next > maxBytes || (next > targetBytes && startsEntry(struct)))) {
      flush();
    }
    size += run() + bytes;
    const group = groups.get(struct.id.client) ?? [];
    group.push(struct);
    groups.set(struct.id.client, group);
    sent.set(struct.id.client, struct.id.clock + struct.length);
  };
  let remaining = structs.length;
  while (remaining > 0) {
    let progressed = false;
    for (const queue of queues.values()) {
      while (queue.length > 0 && ready(queue[0] as Struct)) {
        take(queue.shift() as Struct);
        remaining--;
        progressed = true;
      }
    }
    // Dependencies the update itself does not satisfy: send in clock order and let Yjs sort it.
    if (!progressed) {
      for (const queue of queues.values()) {
        const next = queue.shift();
        if (next) {
          take(next);
          remaining--;
          break;
        }
      }
    }
  }
  flush();
  if (ds.clients.size > 0) pieces.push(encodePiece(new Map(), ds));
  return pieces;
}
