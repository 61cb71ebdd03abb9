import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';

// Presence (Yjs awareness) cannot be forged. A connection speaks only for the awareness client
// ids it introduced itself, never for one another connection holds, so nobody can move, rename or
// remove someone else; and every state it sends carries the name and user id the server knows,
// whatever it claimed. The stock client re-sends other people's states it received: those
// entries are dropped, not punished.

/** What the guard needs of a connection. */
export type AwarenessSpeaker = {
  readonly userId: string;
  readonly name: string;
  /** The awareness client ids this connection speaks for. */
  readonly awarenessIds: Set<number>;
};

/** A tab has one client id; a few more allow for a page that opens the document again. */
const MAX_IDS_PER_CONNECTION = 4;

type Entry = { clientId: number; clock: number; state: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function decode(update: Uint8Array): Entry[] {
  const decoder = decoding.createDecoder(update);
  const entries: Entry[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientId, clock, state: JSON.parse(decoding.readVarString(decoder)) });
  }
  return entries;
}

function encode(entries: Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

/**
 * The part of an awareness update `speaker` may send, with the server's identity stamped on each
 * state (`user.name`, `user.userId`); null when nothing is left. Throws on a malformed update.
 */
export function guardAwarenessUpdate(
  update: Uint8Array,
  speaker: AwarenessSpeaker,
  awareness: Awareness,
  peers: Iterable<{ readonly awarenessIds: Set<number> }>,
): Uint8Array | null {
  const heldByOthers = (clientId: number) => {
    for (const peer of peers) {
      if (peer !== speaker && peer.awarenessIds.has(clientId)) return true;
    }
    return false;
  };
  const kept: Entry[] = [];
  for (const entry of decode(update)) {
    const { clientId, clock, state } = entry;
    if (state !== null && !isRecord(state)) continue;
    if (!speaker.awarenessIds.has(clientId)) {
      if (heldByOthers(clientId)) continue;
      // A new id of this connection's: only a state that takes effect introduces it (a stale
      // copy of someone who left would not), and only so many.
      const current = awareness.meta.get(clientId)?.clock ?? 0;
      if (state === null || clock <= current) continue;
      if (speaker.awarenessIds.size >= MAX_IDS_PER_CONNECTION) continue;
      speaker.awarenessIds.add(clientId);
    }
    const user = state && isRecord(state.user) ? state.user : {};
    kept.push({
      clientId,
      clock,
      state: state && { ...state, user: { ...user, name: speaker.name, userId: speaker.userId } },
    });
  }
  return kept.length > 0 ? encode(kept) : null;
}
