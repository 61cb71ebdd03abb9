import { MAX_MESSAGE_BYTES } from '../../shared/realtimeProtocol';

// Every limit of the realtime document server, with its default, in one place. `startServer`
// takes overrides (tests use small ones); docs/realtime.md lists them.
export type RealtimeLimits = {
  /** Largest WebSocket message accepted (ws `maxPayload`); larger closes with 1009. */
  maxMessageBytes: number;
  /** Largest stored size of one document (snapshot plus update log). */
  maxDocumentBytes: number;
  /** Sustained messages per second per connection (token bucket)… */
  messagesPerSecond: number;
  /** …and the burst allowed above it. */
  messageBurst: number;
  /** Largest presence (awareness) message passed on; larger ones are dropped. */
  maxAwarenessBytes: number;
  /** Presence bytes per second per connection (token bucket)… */
  awarenessBytesPerSecond: number;
  /** …and the burst above it; presence past the budget is dropped, so a flood reaches no one. */
  awarenessBytesBurst: number;
  /** Open document connections per user, over all documents. */
  connectionsPerUser: number;
  /** Bytes queued to one client before it counts as too slow to keep up and is closed. */
  maxBufferedBytes: number;
  /** Update rows of one document after which it is compacted into its snapshot. */
  compactAfterUpdates: number;
  /** Most rows written by one group-commit INSERT. */
  maxRowsPerFlush: number;
  /** Least time between the starts of two group-commit flushes (groupCommit.ts says why). */
  minFlushIntervalMs: number;
};

export const DEFAULT_REALTIME_LIMITS: RealtimeLimits = {
  maxMessageBytes: MAX_MESSAGE_BYTES,
  maxDocumentBytes: 32 * 1024 * 1024,
  // A dragged node and the cursor each send ~60 messages per second.
  messagesPerSecond: 200,
  messageBurst: 400,
  // A presence state is a name, colour, cursor, view and selection: well under 1 KiB usually.
  maxAwarenessBytes: 16 * 1024,
  awarenessBytesPerSecond: 64 * 1024,
  awarenessBytesBurst: 256 * 1024,
  connectionsPerUser: 30,
  maxBufferedBytes: 16 * 1024 * 1024,
  compactAfterUpdates: 500,
  maxRowsPerFlush: 2000,
  minFlushIntervalMs: 20,
};

export function realtimeLimits(overrides: Partial<RealtimeLimits> = {}): RealtimeLimits {
  return { ...DEFAULT_REALTIME_LIMITS, ...overrides };
}
