// Whether every edit made here is durably stored, from the server's `saved` messages. The server
// counts the update messages (sync step 2 and update) it received on a connection and reports how
// many are stored; the client counts what it sent on the same connection.

export type SaveTracker = {
  /** A new socket: both counters start again. */
  socketOpened: () => void;
  /** An update message went out on the current socket. */
  updateSent: () => void;
  /** A local edit; one made while disconnected waits for the next connection. */
  localEdit: (connected: boolean) => void;
  /** The server reported `count` update messages of this socket stored. */
  acknowledged: (count: number) => void;
  isSaved: () => boolean;
};

export function createSaveTracker(): SaveTracker {
  let sent = 0;
  let acked = 0;
  let waitingForConnection = false;
  return {
    socketOpened: () => {
      sent = 0;
      acked = 0;
    },
    updateSent: () => {
      sent++;
      // The first update on a new socket is sync step 2: it carries every edit made offline.
      waitingForConnection = false;
    },
    localEdit: (connected) => {
      if (!connected) waitingForConnection = true;
    },
    acknowledged: (count) => {
      acked = Math.max(acked, count);
    },
    isSaved: () => !waitingForConnection && acked >= sent,
  };
}
