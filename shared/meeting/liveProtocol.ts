// Socket.IO events of a live meeting, on the /meetings namespace of the app's one Socket.IO server.
import { z } from 'zod';
import { id } from '../api';
import { entryId, requiredText } from '../document/fieldSchemas';
import type { BreakoutError } from './breakouts';
import { type LiveState, liveCommand } from './liveState';
import { NOTE_TEXT_MAX, NOTE_TINTS } from './noteWall';
import type { Ballot, BallotError } from './vote';

export const MEETING_NAMESPACE = '/meetings';
export const MEETING_JOIN = 'meeting:join';
export const MEETING_COMMAND = 'meeting:command';
export const MEETING_CLOCK = 'meeting:clock';
/** Server → clients in the meeting's room after every change. */
export const MEETING_STATE = 'meeting:state';

export const joinPayload = z.object({ meetingId: id });
/** Quick reactions, shown briefly to everyone; not stored. */
export const REACTIONS = ['👍', '👏', '😊', '❓', '🙏'] as const;
export const MEETING_REACT = 'meeting:react';
/** Server → everyone in the meeting: someone reacted. */
export const MEETING_REACTION = 'meeting:reaction';
export const reactPayload = z.object({ meetingId: id, reaction: z.enum(REACTIONS) });
export type Reaction = { meetingId: string; reaction: (typeof REACTIONS)[number]; name: string };
export const commandPayload = z.object({ meetingId: id, command: liveCommand });

/** A note of one's own in a private round: sent to the server only, never to the wall. */
export const MEETING_PRIVATE_NOTE = 'meeting:privateNote';
export const privateNote = z.object({
  id: entryId,
  text: requiredText(NOTE_TEXT_MAX, { multiline: true }),
  tint: z.enum(NOTE_TINTS),
});
export type PrivateNote = z.infer<typeof privateNote>;
export const privateNotePayload = z.discriminatedUnion('op', [
  z.object({ meetingId: id, op: z.literal('add'), note: privateNote }),
  z.object({ meetingId: id, op: z.literal('remove'), id: entryId }),
]);
/** The sender's own private notes, as the server now holds them. */
export type PrivateNotesAck =
  | { ok: true; notes: PrivateNote[] }
  | { ok: false; error: MeetingError };

export type LiveSnapshot = {
  meetingId: string;
  state: LiveState;
  // The server's clock when the snapshot was sent, so clients count the timer from it.
  serverNow: number;
};

export type MeetingError =
  | 'unknown_event'
  | 'invalid_payload'
  | 'not_found'
  | 'forbidden'
  | 'not_joined'
  | 'rate_limited'
  | 'no_such_item'
  | 'no_current_item'
  | 'no_raised_hands'
  | 'vote_open'
  | 'unknown_card'
  | 'unknown_board'
  | 'private_notes_on'
  | 'no_private_notes'
  | 'too_many_notes'
  | BallotError
  | BreakoutError
  | 'unavailable';

export type JoinAck =
  | {
      ok: true;
      snapshot: LiveSnapshot;
      participantId: string;
      // The name others see for this person (their account's, or the one a guest gave).
      displayName: string;
      canFacilitate: boolean;
      // The joiner's own notes of the private round on now (nobody else's are ever sent).
      privateNotes: PrivateNote[];
      // The joiner's own dots in the open vote (nobody else's are ever sent).
      ballot: Ballot | null;
    }
  | { ok: false; error: MeetingError };
export type CommandAck = { ok: true } | { ok: false; error: MeetingError };
export type ClockAck = { ok: true; serverNow: number };
/** Facilitator → server: who is in the meeting now (to split it into groups by hand). */
export const MEETING_ROSTER = 'meeting:roster';
export const rosterPayload = z.object({ meetingId: id });
export type RosterAck =
  | { ok: true; present: { participantId: string; name: string; steers: boolean }[] }
  | { ok: false; error: MeetingError };
/** Server → clients: the meeting's details or agenda were edited; fetch them again. */
export const MEETING_CHANGED = 'meeting:changed';
/** Server → clients: someone joined for the first time (an attendee of the minutes). */
export const MEETING_ATTENDED = 'meeting:attended';
