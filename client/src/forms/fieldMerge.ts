// How a form that edits a live document entry merges with what others write meanwhile. Each
// field the person changes remembers the value they started from (`base`: what the form showed
// when they began); every other field follows the live entry. Saving writes only the fields
// whose value differs from their base, so a field someone else changed and this person did not
// touch keeps the other person's value.

export type FieldValues = Record<string, unknown>;

/** The person's edits: for each field they touched, where they started and what they typed. */
export type FieldEdits<V extends FieldValues> = { [K in keyof V]?: { base: V[K]; value: V[K] } };

/** Equal as form values: strings, numbers and booleans by value, lists element by element. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  return Object.is(a, b);
}

/** Records the person setting `key`; the base stays where they first started from. */
export function editField<V extends FieldValues, K extends keyof V>(
  edits: FieldEdits<V>,
  live: V,
  key: K,
  value: V[K],
): FieldEdits<V> {
  const base = edits[key] ? (edits[key].base as V[K]) : live[key];
  return { ...edits, [key]: { base, value } };
}

/** What the form shows: the person's value for each field they touched, the live one elsewhere. */
export function shownValues<V extends FieldValues>(live: V, edits: FieldEdits<V>): V {
  const shown: FieldValues = { ...live };
  for (const key of Object.keys(edits) as (keyof V & string)[]) {
    const edit = edits[key];
    if (edit) shown[key] = edit.value;
  }
  return shown as V;
}

/** The fields the person changed from where they started: what a save writes. */
export function changedFields<V extends FieldValues>(edits: FieldEdits<V>): (keyof V & string)[] {
  return (Object.keys(edits) as (keyof V & string)[]).filter((key) => {
    const edit = edits[key];
    return edit !== undefined && !sameValue(edit.base, edit.value);
  });
}

/** The changed fields with their new values. */
export function changedPatch<V extends FieldValues>(edits: FieldEdits<V>): Partial<V> {
  return Object.fromEntries(
    changedFields(edits).map((key) => [key, edits[key]?.value]),
  ) as Partial<V>;
}

/**
 * Fields both changed: the person changed it, and the live value moved away from their base to
 * something other than what they typed. Saving overwrites the other person's value there.
 */
export function conflictingFields<V extends FieldValues>(
  live: V,
  edits: FieldEdits<V>,
): (keyof V & string)[] {
  return changedFields(edits).filter((key) => {
    const edit = edits[key];
    return (
      edit !== undefined && !sameValue(live[key], edit.base) && !sameValue(live[key], edit.value)
    );
  });
}
