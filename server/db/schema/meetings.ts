import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { MeetingKind } from '../../../shared/domain';
import type { LiveState } from '../../../shared/meeting/liveState';
import type { AgendaItem } from '../../../shared/meeting/meetingApi';
import type { Ballot, VoteResult, VoteSettings } from '../../../shared/meeting/vote';
import { councils, users } from './accounts';
import { issueCards } from './cards';
import { caseSpaces } from './cases';
import { createdAt } from './columns';

// Meetings: agenda, live state, guests by link, votes, private notes, attendees and minutes' action items.

// A council meeting (全体会, 部会, 合同交流会, 事例検討会) and its agenda (次第), edited over HTTP.
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<MeetingKind>().notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    place: text('place').notNull().default(''),
    onlineUrl: text('online_url').notNull().default(''),
    facilitatorIds: uuid('facilitator_ids').array().notNull().default(sql`'{}'`),
    // Ordered items; small (at most 40) and always read and written whole.
    agenda: jsonb('agenda').$type<AgendaItem[]>().notNull().default([]),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    // Who closed the meeting (its minutes freeze then); the close is recorded in the meeting.
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
    // What guests by link may do besides raising a hand; the facilitator decides.
    guestsMay: jsonb('guests_may')
      .$type<{ vote: boolean; notes: boolean }>()
      .notNull()
      .default({ vote: false, notes: false }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('meetings_council_idx').on(t.councilId, t.startsAt)],
);

// The live state everyone in a meeting shares (current item, timer, hands), written before each
// change is announced so a restarted server carries on where it was.
export const meetingLive = pgTable('meeting_live', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  state: jsonb('state').$type<LiveState>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// A link that lets people without an account join one meeting, until it expires or is revoked.
// Only the token's hash is kept; the optional passcode is hashed like a password.
export const meetingGuestLinks = pgTable(
  'meeting_guest_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    passcodeHash: text('passcode_hash'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('meeting_guest_links_meeting_idx').on(t.meetingId)],
);

// Someone who joined by a guest link, with the name they gave; their session is the hash of a
// token in the `tsunagu_guest` cookie and lasts as long as the link.
export const meetingGuests = pgTable('meeting_guests', {
  id: uuid('id').primaryKey().defaultRandom(),
  meetingId: uuid('meeting_id')
    .notNull()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  linkId: uuid('link_id')
    .notNull()
    .references(() => meetingGuestLinks.id, { onDelete: 'cascade' }),
  displayName: text('display_name').notNull(),
  sessionHash: text('session_hash').notNull().unique(),
  createdAt: createdAt(),
});

// A person's dots in the open vote of a meeting, kept until the vote ends so they can change them
// and a restarted server still has them. An anonymous vote's ballots are deleted when it ends.
export const meetingBallots = pgTable(
  'meeting_ballots',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    voteId: uuid('vote_id').notNull(),
    participantId: text('participant_id').notNull(),
    name: text('name').notNull(),
    choices: jsonb('choices').$type<Ballot>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.voteId, t.participantId] })],
);

// Notes written during a private round of a meeting's note wall: kept here, out of the shared Yjs
// document that every reader receives whole, until the facilitator reveals them all at once.
export const meetingPrivateNotes = pgTable(
  'meeting_private_notes',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    participantId: text('participant_id').notNull(),
    authorName: text('author_name').notNull(),
    text: text('text').notNull(),
    tint: text('tint').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.id] }),
    index('meeting_private_notes_participant').on(t.meetingId, t.participantId),
  ],
);

// An ended vote with its tally, saved with the meeting.
export const meetingVotes = pgTable(
  'meeting_votes',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    settings: jsonb('settings').$type<VoteSettings>().notNull(),
    results: jsonb('results').$type<VoteResult[]>().notNull(),
    ballots: integer('ballots').notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_votes_meeting_idx').on(t.meetingId, t.endedAt)],
);

// Who joined a meeting live (members and guests by link), once each, for its minutes: recorded
// when they join its room on the /meetings namespace while it is open.
export const meetingAttendees = pgTable(
  'meeting_attendees',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    // The user id, or `guest:<meeting_guests.id>` for a guest by link.
    participantId: text('participant_id').notNull(),
    kind: text('kind').$type<'member' | 'guest'>().notNull(),
    displayName: text('display_name').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.participantId] })],
);

// An action item of a meeting's minutes placed on an issue card when the meeting closed. The
// key is the minutes entry, so closing again (a retry) places nothing twice.
export const meetingCardActions = pgTable(
  'meeting_card_actions',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    cardId: uuid('card_id')
      .notNull()
      .references(() => issueCards.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    ownerName: text('owner_name').notNull().default(''),
    due: date('due', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.itemId] }),
    index('meeting_card_actions_card_idx').on(t.cardId),
  ],
);

// An action item of a meeting's minutes written into a case space's plan when the meeting closed
// (server/meetings/caseActions.ts): only the ids, so the meeting knows the item went without
// keeping anything of the case. The entry in the case document has the item's own id.
export const meetingCaseActions = pgTable(
  'meeting_case_actions',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseSpaces.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.itemId] })],
);
