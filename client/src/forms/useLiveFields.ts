import { useRef, useState } from 'react';
import {
  changedPatch,
  conflictingFields,
  editField,
  type FieldEdits,
  type FieldValues,
  shownValues,
} from './fieldMerge';

// The one way every form that edits an entry of a live Yjs document (agency, tie, ecomap
// relation, emergency plan, action item) keeps its values: fields the person did not touch
// follow the document while the form is open, a save writes only what the person changed, and a
// field someone else changed too is named before the save overwrites it (fieldMerge.ts).

/** A field both changed: the live value now, and who wrote it if the document can tell. */
export type FieldConflict<K extends string> = { key: K; value: unknown; by: string | undefined };

export type LiveFields<V extends FieldValues> = {
  /** What the form shows. */
  values: V;
  set: <K extends keyof V & string>(key: K, value: V[K]) => void;
  /** The fields the person changed, with their values: all a save may write. */
  patch: () => Partial<V>;
  conflicts: FieldConflict<keyof V & string>[];
  /**
   * Call on save. False the first time the save would overwrite someone else's change: the form
   * then says so, and the next save (with the same conflicts) goes ahead.
   */
  mayOverwrite: () => boolean;
  /** The save was held back once for the conflicts shown now. */
  overwriteHeld: boolean;
  /** Forget the person's edits (after a save, for a form that stays open). */
  clear: () => void;
};

export function useLiveFields<V extends FieldValues>(
  live: V,
  writerOf?: (key: keyof V & string) => string | undefined,
): LiveFields<V> {
  const [edits, setEdits] = useState<FieldEdits<V>>({});
  const [held, setHeld] = useState('');
  // The base of a field is the live value when the person first changes it: what they saw.
  const liveNow = useRef(live);
  liveNow.current = live;
  const conflicts = conflictingFields(live, edits).map((key) => ({
    key,
    value: live[key],
    by: writerOf?.(key),
  }));
  const signature = conflicts.map((c) => `${c.key}=${JSON.stringify(c.value)}`).join('&');
  return {
    values: shownValues(live, edits),
    set: (key, value) => setEdits((e) => editField(e, liveNow.current, key, value)),
    patch: () => changedPatch(edits),
    conflicts,
    mayOverwrite: () => {
      if (signature === '' || signature === held) return true;
      setHeld(signature);
      return false;
    },
    overwriteHeld: signature !== '' && signature === held,
    clear: () => {
      setEdits({});
      setHeld('');
    },
  };
}
