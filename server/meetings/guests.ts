import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../auth/password';
import { generateSessionToken, hashToken, tokenFromCookieHeader } from '../auth/sessions';
import type { Db } from '../db/client';
import { meetingGuestLinks, meetingGuests, meetings } from '../db/schema';
import type { Actor } from '../policies';
import type { DocumentGuest } from '../realtime/realtimeServer';

// Guests by link: a link (token) per meeting, and the people who joined with it. A guest's actor
// has no council role and names only that meeting, so every policy but the meeting's refuses them.

export const GUEST_COOKIE = 'tsunagu_guest';

export type GuestLinkRow = typeof meetingGuestLinks.$inferSelect;

export async function createGuestLink(
  db: Db,
  meetingId: string,
  createdBy: string,
  expiresInHours: number,
  passcode: string,
): Promise<{ row: GuestLinkRow; token: string }> {
  const token = generateSessionToken();
  const [row] = await db
    .insert(meetingGuestLinks)
    .values({
      meetingId,
      tokenHash: hashToken(token),
      passcodeHash: passcode ? await hashPassword(passcode) : null,
      expiresAt: new Date(Date.now() + expiresInHours * 3_600_000),
      createdBy,
    })
    .returning();
  if (!row) throw new Error('guest link insert returned nothing');
  return { row, token };
}

/** The link a token opens, if it is still good (not expired, not revoked). */
export async function usableLink(db: Db, token: string): Promise<GuestLinkRow | undefined> {
  const [row] = await db
    .select()
    .from(meetingGuestLinks)
    .where(
      and(
        eq(meetingGuestLinks.tokenHash, hashToken(token)),
        isNull(meetingGuestLinks.revokedAt),
        gt(meetingGuestLinks.expiresAt, sql`now()`),
      ),
    );
  return row;
}

export function passcodeMatches(link: GuestLinkRow, passcode: string): Promise<boolean> {
  return link.passcodeHash ? verifyPassword(link.passcodeHash, passcode) : Promise.resolve(true);
}

/** Records the guest and returns the token of their session. */
export async function joinAsGuest(db: Db, link: GuestLinkRow, displayName: string) {
  const token = generateSessionToken();
  await db.insert(meetingGuests).values({
    meetingId: link.meetingId,
    linkId: link.id,
    displayName,
    sessionHash: hashToken(token),
  });
  return token;
}

export type GuestIdentity = { actor: Actor; displayName: string; expiresAt: Date };

/**
 * The guest a session token belongs to. The link's expiry or revocation ends the session, and so
 * does the meeting's close: a guest was let in for the meeting, not for what is kept after it.
 */
export async function guestFromToken(db: Db, token: string): Promise<GuestIdentity | undefined> {
  const [row] = await db
    .select({
      id: meetingGuests.id,
      meetingId: meetingGuests.meetingId,
      displayName: meetingGuests.displayName,
      expiresAt: meetingGuestLinks.expiresAt,
      revokedAt: meetingGuestLinks.revokedAt,
      closedAt: meetings.closedAt,
    })
    .from(meetingGuests)
    .innerJoin(meetingGuestLinks, eq(meetingGuests.linkId, meetingGuestLinks.id))
    .innerJoin(meetings, eq(meetingGuests.meetingId, meetings.id))
    .where(eq(meetingGuests.sessionHash, hashToken(token)));
  if (!row || row.revokedAt || row.closedAt || row.expiresAt.getTime() <= Date.now()) {
    return undefined;
  }
  return {
    actor: {
      userId: `guest:${row.id}`,
      roles: new Map(),
      meetingGuest: { meetingId: row.meetingId, expiresAt: row.expiresAt.getTime() },
    },
    displayName: row.displayName,
    expiresAt: row.expiresAt,
  };
}

/** The guest a request's guest cookie names (a socket's upgrade request), if still good. */
export async function guestFromCookies(
  db: Db,
  cookieHeader: string | undefined,
): Promise<GuestIdentity | undefined> {
  const token = tokenFromCookieHeader(cookieHeader, GUEST_COOKIE);
  return token ? guestFromToken(db, token) : undefined;
}

/** A guest as the document server sees one: it may open what can() lets them (their note wall). */
export async function documentGuest(
  db: Db,
  cookieHeader: string | undefined,
): Promise<DocumentGuest | undefined> {
  const guest = await guestFromCookies(db, cookieHeader);
  return (
    guest && { userId: guest.actor.userId, displayName: guest.displayName, actor: guest.actor }
  );
}
