// HTTP shapes of a meeting's minutes (議事録): the minutes as their print view and DOCX show them,
// the answer to closing the meeting, and the action items a card got from meetings.
import { z } from 'zod';
import { id } from '../api';
import { MEETING_KINDS } from '../domain';
import { meetingStatus } from './meetingApi';

export const attendeeView = z.object({
  name: z.string(),
  kind: z.enum(['member', 'guest']),
});
export type AttendeeView = z.infer<typeof attendeeView>;

export const minutesActionView = z.object({
  id: z.string(),
  text: z.string(),
  owner: z.string(),
  due: z.string().nullable(),
  card: z.object({ id, label: z.string() }).nullable(),
  /** Whether it is on its card (placed when the meeting closed). */
  placed: z.boolean(),
  /** The case space whose plan it goes into, by id only (its name is for the case's members). */
  case: z.object({ id, placed: z.boolean() }).nullable(),
});
export type MinutesActionView = z.infer<typeof minutesActionView>;

export const minutesView = z.object({
  council: z.string(),
  meeting: z.object({
    id,
    councilId: id,
    title: z.string(),
    kind: z.enum(MEETING_KINDS),
    startsAt: z.string(),
    durationMinutes: z.number(),
    place: z.string(),
    status: meetingStatus,
    closedAt: z.string().nullable(),
    closedBy: z.string().nullable(),
  }),
  attendees: z.array(attendeeView),
  /** The notes of each agenda item in order, then those under no item (title null). */
  sections: z.array(
    z.object({
      itemId: z.string(),
      title: z.string().nullable(),
      notes: z.string(),
      decisions: z.array(z.object({ id: z.string(), text: z.string() })),
    }),
  ),
  actions: z.array(minutesActionView),
  canEdit: z.boolean(),
  canClose: z.boolean(),
  madeAt: z.string(),
});
export type MinutesView = z.infer<typeof minutesView>;

export const closeMeetingView = z.object({
  closedAt: z.string(),
  /** Action items placed on their cards or into their case spaces by this close. */
  placed: z.number(),
  /**
   * Action items that could not be placed: their card is gone, closed or not the closer's to
   * change, or their case space is not one the closer may edit.
   */
  refused: z.number(),
});
export type CloseMeetingView = z.infer<typeof closeMeetingView>;

/** An action item a card got from a meeting's minutes. */
export const cardMeetingActionView = z.object({
  meetingId: id,
  itemId: z.string(),
  meetingTitle: z.string(),
  meetingStartsAt: z.string(),
  text: z.string(),
  owner: z.string(),
  due: z.string().nullable(),
});
export type CardMeetingActionView = z.infer<typeof cardMeetingActionView>;
