import { z } from 'zod';

// What the realtime document server and its clients agree on beyond the stock y-websocket
// protocol (docs/realtime.md describes the whole protocol).

/** Stock y-websocket message types, and our one addition. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
// Payload: varUint n = how many of this connection's update messages (sync step 2 + update,
// counted from 1 on each connection) are durably stored.
export const MESSAGE_SAVED = 100;

/**
 * The largest WebSocket message the server accepts by default (larger closes with 1009). Clients
 * send big edits in pieces well under it (client/src/realtime/splitUpdate.ts).
 */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

/** The reason sent in the auth "permission denied" message to a read-only connection. */
export const READ_ONLY_REASON = 'read-only';

/**
 * Close codes. 4400–4499 mean "reconnecting will not help" (the stock provider stops); every
 * other code is transient and the client reconnects with backoff.
 */
export const CLOSE = {
  unsupportedData: { code: 1003, reason: 'binary messages only' },
  malformed: { code: 1007, reason: 'malformed message' },
  policy: { code: 1008, reason: 'too many messages' },
  tooBig: { code: 1009, reason: 'message too big' },
  loadFailed: { code: 1011, reason: 'document could not be loaded' },
  storageFailed: { code: 1011, reason: 'document could not be stored' },
  restart: { code: 1012, reason: 'service restart' },
  tooManyConnections: { code: 1013, reason: 'too many connections' },
  tooSlow: { code: 1013, reason: 'client too slow' },
  // Transient on purpose: a browser that signed in again reconnects with its new session.
  sessionEnded: { code: 4001, reason: 'session ended' },
  unauthenticated: { code: 4401, reason: 'not signed in' },
  badOrigin: { code: 4403, reason: 'origin not allowed' },
  revoked: { code: 4403, reason: 'access revoked' },
  notFound: { code: 4404, reason: 'document not found' },
  deleted: { code: 4410, reason: 'document deleted' },
  documentTooLarge: { code: 4413, reason: 'document too large' },
  invalidUpdate: { code: 4422, reason: 'update writes outside the document' },
} as const;

/** Why a document connection was closed or refused: one name per entry of CLOSE. */
export type CloseName = keyof typeof CLOSE;
/** A close as the server sends it and the client receives it. */
export type Close = (typeof CLOSE)[CloseName];

export const isPermanentClose = (code: number): boolean => code >= 4400 && code < 4500;

/**
 * The name of a close the client received (the code alone is ambiguous: 1011, 1013 and 4403 each
 * have two reasons), undefined for a close the server does not send (a lost network: 1006).
 */
export function closeName(close: { code: number; reason: string }): CloseName | undefined {
  let sameCode: CloseName | undefined;
  for (const [name, known] of Object.entries(CLOSE) as [CloseName, Close][]) {
    if (known.code !== close.code) continue;
    if (known.reason === close.reason) return name;
    sameCode ??= name;
  }
  return sameCode;
}

// Socket.IO presence events (server/socket, client/src/realtime/presence.ts).
export const PRESENCE_EVENT = 'presence';
export const PRESENCE_GET = 'presence:get';

export const presenceGetPayload = z.object({ councilId: z.string().uuid() }).strict();
export const onlineMember = z.object({ userId: z.string(), displayName: z.string() });
export const presenceUpdate = z.object({
  councilId: z.string(),
  members: z.array(onlineMember),
});
export type OnlineMember = z.infer<typeof onlineMember>;
export type PresenceUpdate = z.infer<typeof presenceUpdate>;
export type PresenceAck =
  | { ok: true; members: OnlineMember[] }
  | { ok: false; error: 'invalid_payload' | 'not_found' | 'unknown_event' | 'rate_limited' };

// A term's subcommittees or cards (database rows) changed: pages showing the term reload them.
export const TERM_CHANGED_EVENT = 'term:changed';
export const termChanged = z.object({ councilId: z.string(), termId: z.string() });
export type TermChanged = z.infer<typeof termChanged>;
