import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
import {
  type Locale,
  type Role,
  SECOND_FACTOR_DEFAULT_DAY,
  type SecondFactorScope,
} from '../../../shared/domain';
import { bytea, createdAt } from './columns';

// Councils, people and their sign-in: memberships, sessions (per the Lucia guide), second factors, passkeys and invitations.

export const councils = pgTable('councils', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  // From this moment the people in `secondFactorFor` must sign in with a second factor, and a
  // case opens only to a session signed in with one. Unless the council sets another day: the
  // start of FY2027, by which the MHLW guideline 6.0 expects it (SECOND_FACTOR_DEFAULT_DAY).
  secondFactorRequiredFrom: timestamp('second_factor_required_from', { withTimezone: true })
    .notNull()
    .default(sql.raw(`'${SECOND_FACTOR_DEFAULT_DAY}T00:00:00+09:00'`)),
  secondFactorFor: text('second_factor_for')
    .$type<SecondFactorScope>()
    .notNull()
    .default('secretariat'),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale').$type<Locale>().notNull().default('ja'),
    // ふりがな over kanji, chosen in the header; follows the person to every device.
    furigana: boolean('furigana').notNull().default(false),
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
