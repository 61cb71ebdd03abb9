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
import type { DocumentState } from '../../realtime/provider';
import { type DocumentView, readWith, useDocumentStore } from '../../realtime/useDocumentStore';
import { useRealtimeDocument } from '../../realtime/useRealtimeDocument';

export type MinutesDocument = {
  doc: Y.Doc | null;
  state: DocumentState;
  /** Each section's co-written Y.Text by agenda item id (and 'general'). */
  texts: ReadonlyMap<string, Y.Text>;
  decisions: readonly Decision[];
  actions: readonly ActionItem[];
};

type Entries = Pick<MinutesDocument, 'texts' | 'decisions' | 'actions'>;

const minutesView: DocumentView<Entries> = {
  reader: readWith((doc) => {
    const { decisions, actions } = readMinutes(doc);
    return { texts: new Map(notesOf(doc)), decisions, actions };
  }),
  empty: { texts: new Map(), decisions: [], actions: [] },
  watch: (doc, changed) => {
    // The notes map itself: a text made or replaced (its contents are the textareas' concern).
    notesOf(doc).observe(changed);
    for (const map of [doc.getMap(DECISIONS.name), doc.getMap(ACTIONS.name)]) {
      map.observeDeep(changed);
    }
  },
};

/**
 * The meeting's live minutes `minutes:<meetingId>`. Decisions and action items are read again
 * once per transaction; the notes' texts are handed on as Y.Text (their textareas follow them,
 * see useTextArea.ts), so typing re-renders nothing but the textarea. Not kept in IndexedDB,
 * like the note wall: guests read them on shared devices.
 */
export function useMinutesDocument(meetingId: string): MinutesDocument {
  const { doc, state } = useRealtimeDocument(minutesDocName(meetingId), { persist: false });
  return { doc, state, ...useDocumentStore(doc, minutesView) };
}
