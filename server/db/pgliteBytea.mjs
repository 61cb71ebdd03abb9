// @ts-check
// JavaScript, not TypeScript: the PGlite worker thread loads it (see pgliteWorker.mjs).
import { types } from '@electric-sql/pglite';

// PGlite's own bytea codec builds one string per byte (writing) and calls parseInt per byte
// (reading): under a realtime load that was the server's largest single cost (15 % of its CPU
// in serialising, plus the garbage). Bytes handed to its protocol writer as they are go to the
// database as a binary parameter (the writer is node-postgres's pg-protocol, which sends any
// ArrayBuffer view that way), and Node decodes hex natively.

/** @param {unknown} value */
function asBinary(value) {
  if (!(value instanceof Uint8Array)) throw new Error('Invalid input for bytea type');
  return value;
}

/**
 * PGlite answers in the text format, bytea as hex (its default bytea_output).
 * @param {string} text
 */
function fromHex(text) {
  const bytes = Buffer.from(text.slice(2), 'hex');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** PGlite options that replace its bytea codec. */
export const pgliteByteaCodec = {
  // PGlite types a serializer as returning a string, but passes what it returns to the writer.
  serializers: {
    [types.BYTEA]: /** @type {(value: unknown) => string} */ (/** @type {unknown} */ (asBinary)),
  },
  parsers: { [types.BYTEA]: fromHex },
};
