import { types } from '@electric-sql/pglite';

// PGlite's own bytea codec builds one string per byte (writing) and calls parseInt per byte
// (reading): under a realtime load that was the server's largest single cost (15 % of its CPU
// in serialising, plus the garbage). Bytes handed to its protocol writer as they are go to the
// database as a binary parameter (the writer is node-postgres's pg-protocol, which sends any
// ArrayBuffer view that way), and Node decodes hex natively.

function asBinary(value: unknown): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new Error('Invalid input for bytea type');
  return value;
}

// PGlite answers in the text format, bytea as hex (its default bytea_output).
function fromHex(text: string): Uint8Array {
  const bytes = Buffer.from(text.slice(2), 'hex');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** PGlite options that replace its bytea codec. */
export const pgliteByteaCodec = {
  // PGlite types a serializer as returning a string, but passes what it returns to the writer.
  serializers: { [types.BYTEA]: asBinary as unknown as (value: unknown) => string },
  parsers: { [types.BYTEA]: fromHex },
};
