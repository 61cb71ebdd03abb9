import { CLOSE, type Close } from '../../shared/realtimeProtocol';

// Why the realtime server refused an update or a document; each carries the close it is answered
// with (shared/realtimeProtocol.ts), so the code a client sees is decided in one place.

/** A refusal of what a client sent or asked for, answered by closing its connection with `close`. */
export abstract class RealtimeRefusal extends Error {
  abstract readonly close: Close;
}

/** The update would grow the stored document past its limit. */
export class DocumentTooLargeError extends RealtimeRefusal {
  readonly close = CLOSE.documentTooLarge;
}
/** The update wrote outside the document's parts: it cannot be undone, the sender is refused. */
export class InvalidUpdateError extends RealtimeRefusal {
  readonly close = CLOSE.invalidUpdate;
}
/** The message did not decode as a whole Yjs update: nothing of it was applied. */
export class MalformedUpdateError extends RealtimeRefusal {
  readonly close = CLOSE.malformed;
}
/** The document is being (or was) deleted; refused like a missing one, so names reveal nothing. */
export class DocumentDeletedError extends RealtimeRefusal {
  readonly close = CLOSE.notFound;
}
