// Whether every edit made here is durably stored, from the server's `saved` messages. The server
// counts the update messages (sync step 2 and update) it received on a connection and reports how
// many are stored; the client counts what it sent on the same connection. Saved means: nothing
// waits to be sent, nothing sent is unacknowledged, and nothing was held back as unsendable.
// The edits sent and not yet acknowledged are kept too: when the document turns read-only, the
// server has acknowledged all it took, so those were refused and can be shown to the person.

export type SaveTracker = {
  /** A new socket: both counters start again; what the old one left unacknowledged waits. */
  socketOpened: () => void;
  /** An update message went out on the current socket, with the edits it carries (none: empty). */
  updateSent: (edits?: Uint8Array) => void;
  /** Sync step 2 went out whole: every edit the server lacked is now on its way. */
  allPendingSent: () => void;
  /** A local edit; one made while disconnected waits for the next connection. */
  localEdit: (connected: boolean) => void;
  /** Part of the pending edits could not be sent (too large for any message). */
  heldBack: () => void;
  /** The server reported `count` update messages of this socket stored. */
  acknowledged: (count: number) => void;
  isSaved: () => boolean;
  /** Edits made here that are not acknowledged: waiting, held back, or sent and unacknowledged. */
  hasUnsavedEdits: () => boolean;
  /** The edits sent on the current socket and not acknowledged, in order. */
  unacknowledgedEdits: () => Uint8Array[];
};

export function createSaveTracker(): SaveTracker {
  let sent = 0;
  let acked = 0;
  let waiting = false;
  let held = false;
  let unacknowledged: { message: number; edits: Uint8Array }[] = [];
  return {
    socketOpened: () => {
      // Updates the server never acknowledged go again in the next sync step 2.
      if (acked < sent || held) waiting = true;
      sent = 0;
      acked = 0;
      held = false;
      unacknowledged = [];
    },
    updateSent: (edits) => {
      sent++;
      if (edits) unacknowledged.push({ message: sent, edits });
    },
    allPendingSent: () => {
      waiting = false;
    },
    localEdit: (connected) => {
      if (!connected) waiting = true;
    },
    heldBack: () => {
      held = true;
    },
    acknowledged: (count) => {
      acked = Math.max(acked, count);
      unacknowledged = unacknowledged.filter((u) => u.message > acked);
    },
    isSaved: () => !waiting && !held && acked >= sent,
    hasUnsavedEdits: () => waiting || held || unacknowledged.length > 0,
    unacknowledgedEdits: () => unacknowledged.map((u) => u.edits),
  };
}
