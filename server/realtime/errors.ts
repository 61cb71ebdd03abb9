// Why the realtime server refused an update or a document; each maps to a close code.

/** The update would grow the stored document past its limit. */
export class DocumentTooLargeError extends Error {}
/** The update wrote outside the document's parts: it cannot be undone, the sender is refused. */
export class InvalidUpdateError extends Error {}
/** The message did not decode as a whole Yjs update: nothing of it was applied. */
export class MalformedUpdateError extends Error {}
/** The document is being (or was) deleted. */
export class DocumentDeletedError extends Error {}
