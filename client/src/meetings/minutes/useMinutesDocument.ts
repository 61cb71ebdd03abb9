import { useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  ACTIONS,
  type ActionItem,
  DECISIONS,
  type Decision,
  minutesDocName,
  notesOf,
  readMinutes,
} from '../../../../shared/meeting/minutes';
import {
  DOCUMENT_NOT_OPEN,
  type DocumentState,
  openDocument,
  type RealtimeDocument,
} from '../../realtime/provider';

export type MinutesDocument = {
  doc: Y.Doc | null;
  state: DocumentState;
  /** Each section's co-written Y.Text by agenda item id (and 'general'). */
  texts: ReadonlyMap<string, Y.Text>;
  decisions: readonly Decision[];
  actions: readonly ActionItem[];
};

type Entries = Pick<MinutesDocument, 'texts' | 'decisions' | 'actions'>;
const EMPTY: Entries = { texts: new Map(), decisions: [], actions: [] };

/**
 * The meeting's live minutes `minutes:<meetingId>`. Decisions and action items are re-read once
 * per transaction; the notes' texts are handed on as Y.Text (their textareas follow them, see
 * useTextArea.ts), so typing re-renders nothing but the textarea. Not kept in IndexedDB, like
 * the note wall: guests read them on shared devices.
 */
export function useMinutesDocument(meetingId: string): MinutesDocument {
  const [open, setOpen] = useState<RealtimeDocument | null>(null);
  const [entries, setEntries] = useState<Entries>(EMPTY);
  useEffect(() => {
    const opened = openDocument(minutesDocName(meetingId), { persist: false });
    setOpen(opened);
    const { doc } = opened;
    const read = () => {
      const { decisions, actions } = readMinutes(doc);
      setEntries({ texts: new Map(notesOf(doc)), decisions, actions });
    };
    const notes = notesOf(doc);
    const maps = [doc.getMap(DECISIONS.name), doc.getMap(ACTIONS.name)];
    // The notes map itself: a text made or replaced (its contents are the textareas' concern).
    notes.observe(read);
    for (const map of maps) map.observeDeep(read);
    return () => {
      notes.unobserve(read);
      for (const map of maps) map.unobserveDeep(read);
      opened.destroy();
      setOpen(null);
      setEntries(EMPTY);
    };
  }, [meetingId]);
  const state = useSyncExternalStore(
    (listener) => open?.subscribe(listener) ?? (() => {}),
    () => open?.getState() ?? DOCUMENT_NOT_OPEN,
  );
  return { doc: open?.doc ?? null, state, ...entries };
}
