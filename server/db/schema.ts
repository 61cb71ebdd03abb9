import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  AgeBand,
  Field,
  HubFunction,
  IssueCardStatus,
  LegalBasis,
  LifeStage,
  MeetingKind,
  Role,
} from '../../shared/domain';
import type { LiveState } from '../../shared/meeting/liveState';
import type { AgendaItem } from '../../shared/meeting/meetingApi';
import type { Ballot, VoteResult, VoteSettings } from '../../shared/meeting/vote';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const councils = pgTable('councils', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  // From this moment the secretariat and case members need a second factor to open a case; null:
  // the council does not require it. Null by default until the set-up and sign-in pages exist in
  // the browser: a date reached before then would lock case members out of their cases.
  secondFactorRequiredFrom: timestamp('second_factor_required_from', { withTimezone: true }),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale').$type<'ja' | 'en'>().notNull().default('ja'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_idx').on(t.email)],
);

export const memberships = pgTable(
  'memberships',
  {
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.councilId, t.userId] }),
    index('memberships_user_idx').on(t.userId),
  ],
);

// Per the Lucia guide: the id is the SHA-256 of the token, so a leaked table grants no session.
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    // Case spaces refuse a session idle for too long; updated at most once a minute.
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }).notNull().defaultNow(),
    // Signed in with a second factor (or set one up in this session).
    twoFactor: boolean('two_factor').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

// A person's authenticator app (TOTP). The secret is encrypted with a key outside the database
// (server/security/secretBox.ts); it counts once confirmed with a code. Failed codes lock the
// second factor (not the password) for a while.
export const secondFactors = pgTable('second_factors', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  totpSecret: text('totp_secret').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  // The last time step accepted: a code is never accepted twice.
  lastStep: bigint('last_step', { mode: 'number' }).notNull().default(0),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  createdAt: createdAt(),
});

// One-time recovery codes for a lost authenticator, stored as Argon2id hashes.
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

// Passkeys and security keys (WebAuthn): a second factor, or a sign-in on their own (they check
// the person with a PIN or biometrics). The public key only; the private key never leaves the device.
export const passkeys = pgTable(
  'passkeys',
  {
    // The credential id (base64url), as the authenticator names it.
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    publicKey: bytea('public_key').notNull(),
    // The authenticator's signature counter; a counter that goes back means a cloned key.
    counter: bigint('counter', { mode: 'number' }).notNull().default(0),
    transports: jsonb('transports').$type<string[]>().notNull().default([]),
    name: text('name').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('passkeys_user_idx').on(t.userId)],
);

// WebAuthn challenges, each good once and for two minutes: kept here (not in memory) so any
// server process can finish a ceremony another began.
export const webauthnChallenges = pgTable('webauthn_challenges', {
  challenge: text('challenge').primaryKey(),
  purpose: text('purpose').$type<'register' | 'signIn'>().notNull(),
  // Registration: whose; sign-in as a second step: the account the password named.
  userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const invitations = pgTable('invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  councilId: uuid('council_id')
    .notNull()
    .references(() => councils.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  role: text('role').$type<Role>().notNull(),
  email: text('email'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  usedBy: uuid('used_by').references(() => users.id, { onDelete: 'set null' }),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

export const boards = pgTable(
  'boards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    archived: boolean('archived').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('boards_council_idx').on(t.councilId)],
);

// Yjs persistence: an append-only log of updates per document, periodically merged into one
// snapshot row. A document's state is its snapshot plus every update with a larger id.
export const docUpdates = pgTable(
  'doc_updates',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    docName: text('doc_name').notNull(),
    update: bytea('update').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('doc_updates_doc_idx').on(t.docName, t.id)],
);

export const docSnapshots = pgTable('doc_snapshots', {
  docName: text('doc_name').primaryKey(),
  state: bytea('state').notNull(),
  // The last update id merged into `state`; the tail is every update after it.
  throughUpdateId: bigint('through_update_id', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
});

// A closed space for the supporters of one person. The person appears only by pseudonym; the
// content (ecomap, plans) is the Yjs document `case:<id>`.
export const caseSpaces = pgTable(
  'case_spaces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    pseudonym: text('pseudonym').notNull(),
    ageBand: text('age_band').$type<AgeBand>(),
    lifeStage: text('life_stage').$type<LifeStage>(),
    legalBasis: text('legal_basis').$type<LegalBasis>().notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('case_spaces_council_idx').on(t.councilId)],
);

export const caseMembers = pgTable(
  'case_members',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseSpaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // The member's organisation: consent is given for sharing with agencies, not with people.
    agency: text('agency').notNull(),
    // 守秘義務: confirmed once before first access.
    pledgedAt: timestamp('pledged_at', { withTimezone: true }),
    addedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.userId] }),
    index('case_members_user_idx').on(t.userId),
  ],
);

// Adding a secretariat account to a case waits here until a pledged member of the case confirms:
// the secretariat manages membership but must not let itself into case content.
export const caseMemberRequests = pgTable(
  'case_member_requests',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseSpaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    agency: text('agency').notNull(),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] })],
);

export const consentRecords = pgTable('consent_records', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => caseSpaces.id, { onDelete: 'cascade' }),
  scope: text('scope').notNull(),
  agencies: text('agencies').array().notNull(),
  validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
  validUntil: timestamp('valid_until', { withTimezone: true }),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

// An individual problem raised for the council, anonymised. The link back to the case is kept
// but only the case's members may follow it.
export const raisedIssues = pgTable(
  'raised_issues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => caseSpaces.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull(),
    raisedBy: uuid('raised_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('raised_issues_council_idx').on(t.councilId)],
);

// Append-only and chained per council with an HMAC whose key is outside the database (see
// server/audit/auditLog.ts). No foreign keys: entries outlive the cases they describe.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    councilId: uuid('council_id').notNull(),
    // The entry's number in its council's chain, from 1; null for entries from before the chain
    // was keyed per council.
    seq: bigint('seq', { mode: 'number' }),
    caseId: uuid('case_id'),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    detail: text('detail').notNull().default('{}'),
    ip: text('ip'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_case_idx').on(t.caseId, t.id),
    index('audit_log_council_idx').on(t.councilId, t.id),
    uniqueIndex('audit_log_council_seq_idx').on(t.councilId, t.seq),
  ],
);

// A council term (期), e.g. 第10期（令和7〜8年度）. The current term is the open one that starts
// last; a closed term is read-only everywhere.
export const terms = pgTable(
  'terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('terms_council_idx').on(t.councilId)],
);

// A subcommittee (部会) of one term: its remit (下命事項), chair and members.
export const subcommittees = pgTable(
  'subcommittees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    purpose: text('purpose').notNull().default(''),
    chairId: uuid('chair_id').references(() => users.id, { onDelete: 'set null' }),
    memberIds: uuid('member_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: createdAt(),
  },
  (t) => [index('subcommittees_term_idx').on(t.termId)],
);

// A region-issue card (地域課題). The card's workflow lives here (status, owner 部会, term,
// lineage); the entries of its four columns are the term's Yjs document `cards:<termId>`.
export const issueCards = pgTable(
  'issue_cards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
    subcommitteeId: uuid('subcommittee_id').references(() => subcommittees.id, {
      onDelete: 'set null',
    }),
    parentId: uuid('parent_id'),
    carriedFromId: uuid('carried_from_id'),
    mergedIntoId: uuid('merged_into_id'),
    raisedIssueId: uuid('raised_issue_id').references(() => raisedIssues.id, {
      onDelete: 'set null',
    }),
    code: text('code').notNull().default(''),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    theme: text('theme').notNull().default(''),
    fields: text('fields').array().$type<Field[]>().notNull().default(sql`'{}'::text[]`),
    hubFunctions: text('hub_functions')
      .array()
      .$type<HubFunction[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text('status').$type<IssueCardStatus>().notNull().default('raised'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('issue_cards_term_idx').on(t.termId),
    index('issue_cards_council_idx').on(t.councilId),
  ],
);

// The story of a card: every change of status, owner, term, merge or link, with who, when and
// why. Append-only; `detail` is JSON of what changed (from / to, the linked thing).
export const issueCardEvents = pgTable(
  'issue_card_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    cardId: uuid('card_id')
      .notNull()
      .references(() => issueCards.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    detail: text('detail').notNull().default('{}'),
    reason: text('reason'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('issue_card_events_card_idx').on(t.cardId, t.id)],
);

// What a card cites or came from: agencies on a board, meetings that discussed it.
export const issueCardLinks = pgTable(
  'issue_card_links',
  {
    cardId: uuid('card_id')
      .notNull()
      .references(() => issueCards.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'meeting' | 'agency'>().notNull(),
    // For an agency: `<boardId>/<agencyId>`; for a meeting: its id.
    target: text('target').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.cardId, t.kind, t.target] }),
    index('issue_card_links_target_idx').on(t.kind, t.target),
  ],
);

// A board as it was when a term closed: its Yjs state at the freeze and its name then. Written
// once by closing the term (server/cards/boardSnapshots.ts), never changed afterwards.
export const boardSnapshots = pgTable(
  'board_snapshots',
  {
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    state: bytea('state').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.termId, t.boardId] })],
);

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
