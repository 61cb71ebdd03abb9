import { noteWallDocName } from '../../shared/meeting/noteWall';
import { noteWallRules } from '../../shared/meeting/noteWallCheck';
import type { CouncilEvents } from '../councils/events';
import { can, type NoteWallResource } from '../policies';
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
  // The facilitator tidies the wall: may change or remove anyone's note.
  moderates: (actor, resource) =>
    resource.type === 'noteWall' && can(actor, 'facilitate', resource.meeting),
};

/**
 * A change of the meeting (closed, guests allowed to write or not, a guest link revoked) decides
 * the wall's open connections again: a revoked guest's closes, an allowed guest's may write.
 */
export const noteWallFollowsMeeting = (events: CouncilEvents): (() => void) =>
  events.onMeetingChanged((meetingId) =>
    events.emitDocumentAccessChanged(noteWallDocName(meetingId)),
  );
