// How several server processes serve one document (docs/realtime.md, "Several processes"): each
// update a process stored is relayed to the others that have the document loaded, and so is
// presence. The realtime core knows only this interface; server/scale/redisRelay.ts is the Redis
// one. Without a relay (one process, the default) nothing of this runs.

/** What a process hears of a document it follows. */
export type RelayEntry =
  /** An update another process stored as log row `id`. */
  | { kind: 'update'; id: number; update: Uint8Array }
  /** A presence (awareness) update from another process's clients. */
  | { kind: 'awareness'; update: Uint8Array }
  /**
   * Something may have been missed (the relay was lost, or another process could not relay what
   * it stored): read from storage whatever of the document this process does not hold.
   */
  | { kind: 'catchUp' }
  /** Another process deleted the document: close it without writing anything back. */
  | { kind: 'deleted' };

export type DocumentRelay = {
  /**
   * Follows a document from now on: every entry published after this resolves reaches `receive`
   * (in publication order), so a process that follows and then loads from storage misses nothing.
   * Returns a function that stops following.
   */
  follow: (docName: string, receive: (entry: RelayEntry) => void) => Promise<() => void>;
  /** Relays an update once it is stored as log row `id`. */
  publishUpdate: (docName: string, id: number, update: Uint8Array) => void;
  publishAwareness: (docName: string, update: Uint8Array) => void;
  publishDeleted: (docName: string) => void;
};
