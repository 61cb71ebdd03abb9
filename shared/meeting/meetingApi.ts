// HTTP shapes of meetings: the meeting, its agenda (次第) and what the list on the council home shows.
import { z } from 'zod';
import { id } from '../api';
import { MEETING_KINDS } from '../domain';
import { text as plainText, requiredText as required, optionalText as text } from '../issues/text';
import { voteResult, voteSettings } from './vote';

const webUrl = plainText()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/ }));

export const meetingKind = z.enum(MEETING_KINDS);
export const MEETING_STATUSES = ['scheduled', 'live', 'closed'] as const;
export const meetingStatus = z.enum(MEETING_STATUSES);

/** What an agenda item points at: an issue card, a board (optionally an area of it) or a web page. */
export const agendaLink = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('card'), id, label: text(100) }),
  z.object({ kind: z.literal('board'), id, area: text(100), label: text(100) }),
  z.object({ kind: z.literal('url'), url: webUrl, label: text(100) }),
]);
export type AgendaLink = z.infer<typeof agendaLink>;

export const MAX_AGENDA_ITEMS = 40;
export const agendaItem = z.object({
  id,
  title: required(200),
  // The item's time box.
  minutes: z.number().int().min(1).max(480),
  presenter: text(100),
  links: z.array(agendaLink).max(10),
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const meetingBody = z.object({
  kind: meetingKind,
  title: required(200),
  startsAt: z.iso.datetime({ offset: true }),
  durationMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  place: text(200),
  onlineUrl: z.union([z.literal(''), webUrl]),
  facilitatorIds: z.array(id).max(20),
  agenda: z.array(agendaItem).max(MAX_AGENDA_ITEMS),
});
export type MeetingBody = z.infer<typeof meetingBody>;

export const person = z.object({ userId: id, displayName: z.string() });

export const meetingSummary = z.object({
  id,
  kind: meetingKind,
  title: z.string(),
  startsAt: z.string(),
  durationMinutes: z.number(),
  place: z.string(),
  status: meetingStatus,
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const meetingView = meetingSummary.extend({
  councilId: id,
  onlineUrl: z.string(),
  facilitators: z.array(person),
  agenda: z.array(agendaItem),
  guestsMay: z.object({ vote: z.boolean(), notes: z.boolean() }),
  // What the asking person may do, decided by can() on the server.
  canEdit: z.boolean(),
  canFacilitate: z.boolean(),
  canVote: z.boolean(),
});
export type MeetingView = z.infer<typeof meetingView>;

/** What the facilitator lets guests by link do besides raising a hand. */
export const guestsMayBody = z.object({ vote: z.boolean(), notes: z.boolean() });
export type GuestsMayBody = z.infer<typeof guestsMayBody>;

/** An ended dot vote, saved with the meeting. */
export const savedVoteView = voteSettings.extend({
  id,
  results: z.array(voteResult),
  ballots: z.number(),
  endedAt: z.string(),
});
export type SavedVoteView = z.infer<typeof savedVoteView>;

export const createGuestLinkBody = z.object({
  // How long the link works: from an hour to a week.
  expiresInHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 7),
  // Optional; said aloud or written on the screen in the room.
  passcode: z.union([z.literal(''), plainText().trim().min(4).max(32)]),
});
export type CreateGuestLinkBody = z.infer<typeof createGuestLinkBody>;

export const guestLinkView = z.object({
  id,
  expiresAt: z.string(),
  hasPasscode: z.boolean(),
  revoked: z.boolean(),
  guests: z.number(),
});
export type GuestLinkView = z.infer<typeof guestLinkView>;
export const createdGuestLinkView = guestLinkView.extend({ token: z.string() });
export type CreatedGuestLinkView = z.infer<typeof createdGuestLinkView>;

/** What the join page shows before someone gives their name. */
export const guestLinkPreview = z.object({
  meetingTitle: z.string(),
  startsAt: z.string(),
  needsPasscode: z.boolean(),
});
export type GuestLinkPreview = z.infer<typeof guestLinkPreview>;

export const joinAsGuestBody = z.object({
  displayName: required(40),
  passcode: plainText().max(32),
});
export type JoinAsGuestBody = z.infer<typeof joinAsGuestBody>;
export const joinedAsGuestView = z.object({ meetingId: id, displayName: z.string() });
