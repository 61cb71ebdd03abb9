import { type Actor, isContributor } from './actor';
import { type MeetingResource, meetingPolicy } from './meeting';

// A meeting's minutes (議事録), the document `minutes:<meetingId>`: whoever may read the meeting
// (a guest by link too) reads them; the council's secretariat and members write them while the
// meeting is open, never a guest; once it is closed they are frozen for everyone.
export type MinutesResource = {
  type: 'minutes';
  id: string;
  councilId: string;
  meeting: MeetingResource;
};
export type MinutesAction = 'read' | 'edit';

export const minutesPolicy: Record<MinutesAction, (actor: Actor, m: MinutesResource) => boolean> = {
  read: (actor, m) => meetingPolicy.read(actor, m.meeting),
  edit: (actor, m) => !m.meeting.closed && isContributor(actor, m.meeting.councilId),
};
