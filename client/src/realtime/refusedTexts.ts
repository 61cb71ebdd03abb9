import * as Y from 'yjs';

/**
 * What refused edits wrote under `keys` of map entries (an entry's 'text'), as it reads now in the
 * local document that still holds them: one text per entry and key touched, so a person sees the
 * words the server did not take. (An overwrite does not name its entry in the update itself; the local
 * document's copy of each written item does.)
 */
export function refusedTexts(
  doc: Y.Doc,
  edits: readonly Uint8Array[],
  keys: readonly string[],
): string[] {
  const written = new Map<string, { entry: Y.Map<unknown>; key: string }>();
  for (const edit of edits) {
    for (const struct of Y.decodeUpdate(edit).structs) {
      if (!(struct instanceof Y.Item)) continue;
      const item = Y.getItem(doc.store, struct.id);
      const key = item instanceof Y.Item ? item.parentSub : null;
      if (key && keys.includes(key) && item.parent instanceof Y.Map) {
        const { client, clock } = item.parent._item?.id ?? { client: 0, clock: 0 };
        written.set(`${client}:${clock}:${key}`, { entry: item.parent, key });
      }
    }
  }
  return [...written.values()]
    .map(({ entry, key }) => entry.get(key))
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '');
}
