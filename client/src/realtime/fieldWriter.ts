import type * as Y from 'yjs';

/**
 * The Yjs client that last wrote `key` of `entry`: the id of the item holding the value. With the
 * awareness states (keyed by the same client id) it names the person who changed a field.
 */
export function lastWriter(entry: Y.Map<unknown> | undefined, key: string): number | undefined {
  const item = entry?._map.get(key);
  return item && !item.deleted ? item.id.client : undefined;
}

/** Names the last writer of each field of `entry` among the people present (not oneself). */
export function writerNames(
  entry: Y.Map<unknown> | undefined,
  present: readonly { clientId: number; name: string; self: boolean }[],
): (key: string) => string | undefined {
  return (key) => {
    const client = lastWriter(entry, key);
    return present.find((p) => !p.self && p.clientId === client)?.name;
  };
}
