import { minutesDocName } from '../../shared/meeting/minutes';
import { minutesRules } from '../../shared/meeting/minutesCheck';
import type { CouncilEvents } from '../councils/events';
import type { MinutesResource } from '../policies';
import { canonicalUuid, type DocumentKind } from '../realtime/documentKind';
import { findMeeting, type MeetingRow, meetingResource } from './store';

export const minutesResource = (row: MeetingRow): MinutesResource => ({
  type: 'minutes',
  id: row.id,
  councilId: row.councilId,
  meeting: meetingResource(row),
});

/** A meeting's minutes (shared/meeting/minutes.ts): `minutes:<meetingId>`. */
export const minutesDocumentKind: DocumentKind = {
  prefix: 'minutes',
  id: canonicalUuid,
  resolve: async (db, id) => {
    const row = await findMeeting(db, id);
    return row && minutesResource(row);
  },
  rules: minutesRules,
};

/**
 * A change of the meeting decides the minutes' open connections again: closed, they turn
 * read-only; a revoked guest's closes.
 */
export const minutesFollowMeeting = (events: CouncilEvents): (() => void) =>
  events.onMeetingChanged((meetingId) =>
    events.emitDocumentAccessChanged(minutesDocName(meetingId)),
  );
