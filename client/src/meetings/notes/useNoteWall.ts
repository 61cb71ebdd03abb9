import { useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  noteWallDocName,
  readWall,
  WALL_COLLECTIONS,
  type Wall,
} from '../../../../shared/meeting/noteWall';
import {
  DOCUMENT_NOT_OPEN,
  type DocumentState,
  openDocument,
  type RealtimeDocument,
} from '../../realtime/provider';

export type NoteWallDocument = { doc: Y.Doc | null; state: DocumentState; wall: Wall };

const EMPTY: Wall = { notes: [], groups: [] };

/**
 * The meeting's live note wall `notes:<meetingId>`, re-read once per transaction. Not kept in
 * IndexedDB: guests join on shared devices, and a wall is only worth having live.
 */
export function useNoteWall(meetingId: string): NoteWallDocument {
  const [open, setOpen] = useState<RealtimeDocument | null>(null);
  const [wall, setWall] = useState<Wall>(EMPTY);
  useEffect(() => {
    const opened = openDocument(noteWallDocName(meetingId), { persist: false });
    setOpen(opened);
    const read = () => setWall(readWall(opened.doc));
    const maps = WALL_COLLECTIONS.map((c) => opened.doc.getMap(c.name));
    for (const map of maps) map.observeDeep(read);
    return () => {
      for (const map of maps) map.unobserveDeep(read);
      opened.destroy();
      setOpen(null);
      setWall(EMPTY);
    };
  }, [meetingId]);
  const state = useSyncExternalStore(
    (listener) => open?.subscribe(listener) ?? (() => {}),
    () => open?.getState() ?? DOCUMENT_NOT_OPEN,
  );
  return { doc: open?.doc ?? null, state, wall };
}
