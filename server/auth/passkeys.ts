import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { passkeys, webauthnChallenges } from '../db/schema';

// Passkeys and security keys (WebAuthn) with @simplewebauthn/server: registering one, and
// signing in with one, either as the second step after a password or on its own. On its own it
// must have checked the person (PIN or biometrics: user verification), so it is two factors.
// Each ceremony's challenge is stored and used once (webauthn_challenges).

const CHALLENGE_MS = 2 * 60 * 1000;
const RP_NAME = 'つなぐ Tsunagu';

/** Where the ceremony happens: the page's origin (already checked by the origin guard) and its host. */
export type RelyingParty = { origin: string; rpID: string };

export function relyingPartyOf(origin: string): RelyingParty {
  return { origin, rpID: new URL(origin).hostname };
}

async function keepChallenge(
  db: Db,
  challenge: string,
  purpose: 'register' | 'signIn',
  userId: string | null,
): Promise<void> {
  await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, new Date()));
  await db.insert(webauthnChallenges).values({
    challenge,
    purpose,
    userId,
    expiresAt: new Date(Date.now() + CHALLENGE_MS),
  });
}

/** Uses up a challenge: true once for a live one of this purpose (and person, when it names one). */
async function takeChallenge(
  db: Db,
  challenge: string,
  purpose: 'register' | 'signIn',
  userId: string | null,
): Promise<boolean> {
  const taken = await db
    .delete(webauthnChallenges)
    .where(
      and(
        eq(webauthnChallenges.challenge, challenge),
        eq(webauthnChallenges.purpose, purpose),
        gt(webauthnChallenges.expiresAt, new Date()),
      ),
    )
    .returning({ userId: webauthnChallenges.userId });
  return taken.length === 1 && (userId === null || taken[0]?.userId === userId);
}

export async function registrationOptions(
  db: Db,
  rp: RelyingParty,
  user: { id: string; email: string; displayName: string },
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await db
    .select({ id: passkeys.id, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, user.id));
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.rpID,
    userName: user.email,
    userDisplayName: user.displayName,
    userID: new TextEncoder().encode(user.id),
    attestationType: 'none',
    excludeCredentials: existing,
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await keepChallenge(db, options.challenge, 'register', user.id);
  return options;
}

/** Verifies and stores a new passkey; false when the response does not prove one. */
export async function registerPasskey(
  db: Db,
  rp: RelyingParty,
  userId: string,
  name: string,
  response: RegistrationResponseJSON,
): Promise<boolean> {
  const verification = await verifyRegistrationResponse({
    response,
    expectedChallenge: (challenge) => takeChallenge(db, challenge, 'register', userId),
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) return false;
  const { credential } = verification.registrationInfo;
  const inserted = await db
    .insert(passkeys)
    .values({
      id: credential.id,
      userId,
      publicKey: credential.publicKey,
      counter: credential.counter,
      transports: credential.transports ?? [],
      name,
    })
    .onConflictDoNothing()
    .returning({ id: passkeys.id });
  return inserted.length === 1;
}

/**
 * Options to sign in with a passkey: the person's own keys for a second step (`userId` from the
 * password step), any key on the device for a sign-in on its own (userId null).
 */
export async function signInOptions(
  db: Db,
  rp: RelyingParty,
  userId: string | null,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const allowCredentials = userId
    ? await db
        .select({ id: passkeys.id, transports: passkeys.transports })
        .from(passkeys)
        .where(eq(passkeys.userId, userId))
    : undefined;
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID,
    ...(allowCredentials ? { allowCredentials } : {}),
    userVerification: userId ? 'preferred' : 'required',
  });
  await keepChallenge(db, options.challenge, 'signIn', userId);
  return options;
}

/** The account a passkey sign-in proves, or null (unknown key, wrong person, bad signature, reused challenge). */
export async function verifyPasskeySignIn(
  db: Db,
  rp: RelyingParty,
  userId: string | null,
  response: AuthenticationResponseJSON,
): Promise<string | null> {
  const [key] = await db.select().from(passkeys).where(eq(passkeys.id, response.id));
  if (!key || (userId !== null && key.userId !== userId)) return null;
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: (challenge) => takeChallenge(db, challenge, 'signIn', userId),
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    credential: {
      id: key.id,
      publicKey: new Uint8Array(key.publicKey),
      counter: key.counter,
      transports: key.transports as AuthenticatorTransportFuture[],
    },
    requireUserVerification: userId === null,
  }).catch(() => null);
  if (!verification?.verified) return null;
  await db
    .update(passkeys)
    .set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: new Date() })
    .where(eq(passkeys.id, key.id));
  return key.userId;
}

type AuthenticatorTransportFuture = NonNullable<
  Parameters<typeof verifyAuthenticationResponse>[0]['credential']['transports']
>[number];

export async function listPasskeys(db: Db, userId: string) {
  const rows = await db
    .select({
      id: passkeys.id,
      name: passkeys.name,
      createdAt: passkeys.createdAt,
      lastUsedAt: passkeys.lastUsedAt,
    })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(passkeys.createdAt);
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  }));
}

/** Removes one of the person's passkeys; false when they have none by that id. */
export async function removePasskey(db: Db, userId: string, id: string): Promise<boolean> {
  const removed = await db
    .delete(passkeys)
    .where(and(eq(passkeys.id, id), eq(passkeys.userId, userId)))
    .returning({ id: passkeys.id });
  return removed.length === 1;
}
