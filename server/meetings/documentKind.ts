import { noteWallRules } from '../../shared/meeting/noteWallCheck';
import type { NoteWallResource } from '../policies';
import { canonicalUuid, type DocumentKind } from '../realtime/documentKind';
import { findMeeting, type MeetingRow, meetingResource } from './store';

export const noteWallResource = (row: MeetingRow): NoteWallResource => ({
  type: 'noteWall',
  id: row.id,
  councilId: row.councilId,
  meeting: meetingResource(row),
});

/** A meeting's sticky-note wall (shared/meeting/noteWall.ts): `notes:<meetingId>`. */
export const noteWallDocumentKind: DocumentKind = {
  prefix: 'notes',
  id: canonicalUuid,
  resolve: async (db, id) => {
    const row = await findMeeting(db, id);
    return row && noteWallResource(row);
  },
  rules: noteWallRules,
};
