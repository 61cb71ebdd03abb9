import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import type { Locale, Role } from '../../shared/domain';
import type { Db } from '../db/client';
import { memberships, sessions, users } from '../db/schema';
import { announceSessionsEnded } from './sessionEnds';

// Sessions as in the Lucia guide (lucia-auth.com/sessions/basic): a random token goes to the
// browser, only its SHA-256 is stored; 30 days, extended when used in the last 15.

const DAY = 24 * 60 * 60 * 1000;
export const SESSION_TTL_MS = 30 * DAY;
export const SESSION_COOKIE = 'tsunagu_session';

export type SessionUser = { id: string; email: string; displayName: string; locale: Locale };
// `lastActiveAt` is the last use before this one: case spaces refuse sessions idle too long.
export type Session = {
  id: string;
  userId: string;
  expiresAt: Date;
  lastActiveAt: Date;
  /** Signed in with a second factor, or set one up in this session. */
  twoFactor: boolean;
};
export const ACTIVITY_RESOLUTION_MS = 60 * 1000;
// `roles`: the user's role in each council, read with the session (what `can` decides from).
export type ValidatedSession = { session: Session; user: SessionUser; roles: Map<string, Role> };

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(
  db: Db,
  token: string,
  userId: string,
  twoFactor = false,
): Promise<Session> {
  const session = {
    id: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    lastActiveAt: new Date(),
    twoFactor,
  };
  await db.insert(sessions).values(session);
  return session;
}

export async function validateSessionToken(
  db: Db,
  token: string,
): Promise<ValidatedSession | null> {
  const sessionId = hashToken(token);
  // One query for the session, its user and their roles: every request and socket asks this.
  const rows = await db
    .select({
      session: sessions,
      user: {
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        locale: users.locale,
      },
      councilId: memberships.councilId,
      role: memberships.role,
    })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .leftJoin(memberships, eq(memberships.userId, sessions.userId))
    .where(eq(sessions.id, sessionId));
  const row = rows[0];
  if (!row) return null;
  const { session, user } = row;
  if (Date.now() >= session.expiresAt.getTime()) {
    await invalidateSession(db, sessionId);
    return null;
  }
  const now = Date.now();
  const changes: { expiresAt?: Date; lastActiveAt?: Date } = {};
  if (now >= session.expiresAt.getTime() - SESSION_TTL_MS / 2) {
    changes.expiresAt = new Date(now + SESSION_TTL_MS);
  }
  if (now - session.lastActiveAt.getTime() >= ACTIVITY_RESOLUTION_MS)
    changes.lastActiveAt = new Date(now);
  if (changes.expiresAt || changes.lastActiveAt) {
    await db.update(sessions).set(changes).where(eq(sessions.id, sessionId));
  }
  return {
    session: {
      id: session.id,
      userId: session.userId,
      expiresAt: changes.expiresAt ?? session.expiresAt,
      lastActiveAt: session.lastActiveAt,
      twoFactor: session.twoFactor,
    },
    user,
    roles: new Map(
      rows.flatMap((r): [string, Role][] => (r.councilId && r.role ? [[r.councilId, r.role]] : [])),
    ),
  };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
  announceSessionsEnded(db, [sessionId]);
}

export async function invalidateAllSessions(db: Db, userId: string): Promise<void> {
  const ended = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  announceSessionsEnded(
    db,
    ended.map((row) => row.id),
  );
}

export function sessionCookieOptions(production: boolean, expiresAt: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure: production,
    expires: expiresAt,
  };
}

/** Reads the session token from a raw Cookie header (the WebSocket upgrade has no Fastify). */
export function tokenFromCookieHeader(
  header: string | undefined,
  cookieName = SESSION_COOKIE,
): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookieName) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}
