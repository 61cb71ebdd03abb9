import * as Y from 'yjs';
import { MalformedUpdateError } from './errors';

// What a Yjs update carries, as clock ranges per client: the structs it adds and the ranges it
// deletes. Decoding the whole update before applying it is what makes a cut or corrupt message
// change nothing (Y.applyUpdate integrates the structs before it reads the delete set), and the
// ranges tell afterwards whether the document really holds everything the update carried.

type Range = { client: number; end: number };

export type CarriedRanges = { structs: Range[]; deletes: Range[] };

/** Decodes the whole update; throws MalformedUpdateError when any part of it does not decode. */
export function carriedRanges(update: Uint8Array): CarriedRanges {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    throw new MalformedUpdateError();
  }
  const structs: Range[] = [];
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue;
    structs.push({ client: struct.id.client, end: struct.id.clock + struct.length });
  }
  const deletes: Range[] = [];
  for (const [client, items] of decoded.ds.clients) {
    for (const item of items) deletes.push({ client, end: item.clock + item.len });
  }
  return { structs, deletes };
}

/**
 * True when the document holds every struct the update carried and every struct it deletes: none
 * of it is left pending for a dependency the document does not have.
 */
export function isIntegrated(doc: Y.Doc, carried: CarriedRanges): boolean {
  const holds = ({ client, end }: Range) => Y.getState(doc.store, client) >= end;
  return carried.structs.every(holds) && carried.deletes.every(holds);
}
