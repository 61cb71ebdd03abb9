import type * as Y from 'yjs';
import {
  noteWallDocName,
  readWall,
  WALL_COLLECTIONS,
  type Wall,
} from '../../../../shared/meeting/noteWall';
import type { DocumentState } from '../../realtime/provider';
import {
  type DocumentView,
  deepIn,
  readWith,
  useDocumentStore,
} from '../../realtime/useDocumentStore';
import { useRealtimeDocument } from '../../realtime/useRealtimeDocument';

export type NoteWallDocument = { doc: Y.Doc | null; state: DocumentState; wall: Wall };

const wallView: DocumentView<Wall> = {
  reader: readWith(readWall),
  empty: { notes: [], groups: [] },
  watch: deepIn((doc) => WALL_COLLECTIONS.map((c) => doc.getMap(c.name))),
};

/**
 * The meeting's live note wall `notes:<meetingId>`, read again once per transaction. Not kept
 * in IndexedDB: guests join on shared devices, and a wall is only worth having live.
 */
export function useNoteWall(meetingId: string): NoteWallDocument {
  const { doc, state } = useRealtimeDocument(noteWallDocName(meetingId), { persist: false });
  return { doc, state, wall: useDocumentStore(doc, wallView) };
}
