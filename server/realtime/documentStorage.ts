import type { Db } from '../db/client';

// Where the realtime server keeps documents: the only way it reaches storage, so a test can put a
// failing storage in its place and another backend can be added without touching the live side
// (the database one is docStore.ts's `databaseStorage`). Model: y-redis's storage interface.

export type StoredDocument = {
  /** The snapshot, if any, then every row of the log, in order (see `applyStored`). */
  parts: Uint8Array[];
  /** Stored bytes: snapshot plus log, what the document-size limit counts. */
  bytes: number;
  /** Rows in the log, what decides when to compact. */
  logRows: number;
  /** Their ids, for `compact`. */
  logIds: number[];
  /** The snapshot's `throughUpdateId` (0: no snapshot), to notice another compaction. */
  snapshotThrough: number;
};

export type MissingParts = {
  /** Apply them all (see `applyStored`); some may be held already, which changes nothing. */
  parts: Uint8Array[];
  /** The log rows among them. */
  logIds: number[];
  /** The snapshot's mark now. */
  snapshotThrough: number;
};

export type UpdateRow = { docName: string; update: Uint8Array };

export type DocumentStorage = {
  /** Everything stored of a document (nothing stored: no parts). */
  load: (docName: string) => Promise<StoredDocument>;
  /**
   * What is stored of a document beside the log rows in `knownIds` (how a process that may have
   * missed other processes' updates catches up): the snapshot, if its mark is no longer
   * `snapshotThrough` (someone compacted rows this process may never have seen), then every
   * other log row.
   */
  missing: (
    docName: string,
    knownIds: readonly number[],
    snapshotThrough: number,
  ) => Promise<MissingParts>;
  /** Appends the rows durably, in one transaction; returns their ids in order. */
  append: (rows: UpdateRow[]) => Promise<number[]>;
  /**
   * Stores `state`, which holds every row of `mergedIds` (and may hold more), as the document's
   * snapshot and deletes those rows. Should another process have compacted since
   * `snapshotThrough`, merges the log from storage instead. Returns the snapshot's id mark and
   * the stored size after compaction.
   */
  compact: (
    docName: string,
    state: Uint8Array,
    mergedIds: readonly number[],
    snapshotThrough: number,
  ) => Promise<{ through: number; bytes: number }>;
  /**
   * Deletes everything stored of a document, and whatever `alsoDelete` removes, in one
   * transaction. Returns how many log rows there were.
   */
  delete: (docName: string, alsoDelete?: (tx: Db) => Promise<void>) => Promise<number>;
};
