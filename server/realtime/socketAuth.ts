import type { IncomingMessage } from 'node:http';
import { isAllowedOrigin } from '../auth/origin';
import { type Session, tokenFromCookieHeader, validateSessionToken } from '../auth/sessions';
import type { Db } from '../db/client';
import type { Actor } from '../policies';

// Who is opening a socket: the session cookie and Origin of the HTTP upgrade request. Shared by
// the Yjs server and Socket.IO so both authenticate the same way.

export type SocketUser = {
  userId: string;
  displayName: string;
  actor: Actor;
  session: Session;
  ip: string | undefined;
};
export type SocketAuthFailure = 'badOrigin' | 'unauthenticated';

export async function authenticateUpgrade(
  db: Db,
  request: IncomingMessage,
  allowedOrigins: string[] | undefined,
): Promise<SocketUser | SocketAuthFailure> {
  if (!isAllowedOrigin(request.headers, allowedOrigins)) return 'badOrigin';
  const token = tokenFromCookieHeader(request.headers.cookie);
  if (!token) return 'unauthenticated';
  const validated = await validateSessionToken(db, token);
  if (!validated) return 'unauthenticated';
  return {
    userId: validated.user.id,
    displayName: validated.user.displayName,
    actor: { userId: validated.user.id, roles: validated.roles },
    session: validated.session,
    ip: request.socket.remoteAddress,
  };
}
