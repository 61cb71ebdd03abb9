import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MAX_MESSAGE_BYTES, MESSAGE_SYNC } from '../../../shared/realtimeProtocol';
import { splitUpdate } from './splitUpdate';

// The update messages this client sends, as the server must receive them: each under the
// server's message limit. A big edit, or the whole offline state sent as sync step 2 after a
// reconnect, goes as several update messages (the server stores and acknowledges each like any
// other); a piece that cannot fit is held back rather than sent to be refused again and again.

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
/** A comfortable piece: a quarter of the server's limit, quick to store and to broadcast. */
export const PIECE_BYTES = 256 * 1024;
/** Room for the message type, sub-type and length in front of the update. */
const HEADER_BYTES = 16;

export type OutgoingUpdate = {
  /** The message is sync step 2: once sent, every edit the server lacked is on its way. */
  step2: boolean;
  messages: Uint8Array[];
  /** Pieces too large for any message, not sent. */
  heldBack: number;
};

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The messages to send for `data`; null when it is not an update message (sent as it is). */
export function outgoingUpdate(
  data: unknown,
  pieceBytes = PIECE_BYTES,
  maxBytes = MAX_MESSAGE_BYTES,
): OutgoingUpdate | null {
  if (!(data instanceof Uint8Array || data instanceof ArrayBuffer)) return null;
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const decoder = decoding.createDecoder(bytes);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
  const step2 = syncType === SYNC_STEP_2;
  if (bytes.length <= pieceBytes) return { step2, messages: [bytes], heldBack: 0 };
  const pieces = splitUpdate(
    decoding.readVarUint8Array(decoder),
    pieceBytes - HEADER_BYTES,
    maxBytes - HEADER_BYTES,
  );
  // What follows a piece that cannot go depends on it (the server would keep it waiting and ask
  // again): only the pieces before it are sent.
  const tooBig = pieces.findIndex((piece) => piece.length + HEADER_BYTES > maxBytes);
  const fits = tooBig < 0 ? pieces : pieces.slice(0, tooBig);
  return { step2, messages: fits.map(updateMessage), heldBack: pieces.length - fits.length };
}

/** The edits an update message carries; undefined when it carries none (an empty sync step 2). */
export function editsIn(message: Uint8Array): Uint8Array | undefined {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  const update = decoding.readVarUint8Array(decoder);
  // An update with no structs and no deletions is two zero counts.
  return update.length > 2 ? update : undefined;
}
