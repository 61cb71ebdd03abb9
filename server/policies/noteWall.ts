import type { Actor } from './actor';
import { type MeetingResource, meetingPolicy } from './meeting';

// A meeting's sticky-note wall, the document `notes:<meetingId>`: whoever may read the meeting
// (a guest by link too) sees it; writing on it is the meeting's `addNote`, so guests write only
// when the facilitator allows it, and nobody once the meeting is closed.
export type NoteWallResource = {
  type: 'noteWall';
  id: string;
  councilId: string;
  meeting: MeetingResource;
};
export type NoteWallAction = 'read' | 'edit';

export const noteWallPolicy: Record<
  NoteWallAction,
  (actor: Actor, wall: NoteWallResource) => boolean
> = {
  read: (actor, wall) => meetingPolicy.read(actor, wall.meeting),
  edit: (actor, wall) => meetingPolicy.addNote(actor, wall.meeting),
};
