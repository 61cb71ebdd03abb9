import { eq } from 'drizzle-orm';
import { ACTIVITY_RESOLUTION_MS, invalidateSession, type Session } from '../auth/sessions';
import type { Db } from '../db/client';
import { sessions } from '../db/schema';

// Documents of some kinds (case spaces) may only be held by a session in use: one unused for the
// idle limit (CASE_IDLE_MINUTES) is ended, as the case HTTP routes do, and ending it closes its
// sockets. A socket held open is not use; an edit sent over it is, and is written to the
// session's lastActiveAt like an HTTP request, so the case routes see it too.

export type IdleSessions = {
  /** Whether the session was unused too long to open such a document (it is then ended). */
  refuse: (session: Session) => Promise<boolean>;
  /**
   * A connection opened with this session; `limited` when its document ends idle sessions.
   * Returns what to call when it closes.
   */
  hold: (sessionId: string, limited: boolean) => () => void;
  /** The session edited a document just now. */
  used: (sessionId: string) => void;
  stop: () => void;
};

type Held = {
  connections: number;
  limited: number;
  lastUsed: number;
  lastWritten: number;
  timer: ReturnType<typeof setTimeout> | undefined;
};

export function idleSessions(db: Db, limitMs: number): IdleSessions {
  const held = new Map<string, Held>();

  const schedule = (sessionId: string, entry: Held) => {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(
      () => {
        entry.timer = undefined;
        check(sessionId, entry).catch((error) => {
          console.error('checking an idle session failed; ending it', error);
          void invalidateSession(db, sessionId).catch(() => {});
        });
      },
      Math.max(0, entry.lastUsed + limitMs - Date.now()),
    );
    entry.timer.unref();
  };

  const check = async (sessionId: string, entry: Held) => {
    if (entry.limited === 0) return;
    const [row] = await db
      .select({ lastActiveAt: sessions.lastActiveAt })
      .from(sessions)
      .where(eq(sessions.id, sessionId));
    // Gone: it ended some other way, and its sockets with it.
    if (!row || entry.limited === 0) return;
    // Used over HTTP (another tab) since: that counts.
    entry.lastUsed = Math.max(entry.lastUsed, row.lastActiveAt.getTime());
    if (Date.now() - entry.lastUsed >= limitMs) await invalidateSession(db, sessionId);
    else schedule(sessionId, entry);
  };

  return {
    refuse: async (session) => {
      if (Date.now() - session.lastActiveAt.getTime() <= limitMs) return false;
      await invalidateSession(db, session.id);
      return true;
    },
    hold: (sessionId, limited) => {
      let entry = held.get(sessionId);
      if (!entry) {
        // Opening the socket validated the session, which counts as use and was written.
        const now = Date.now();
        entry = { connections: 0, limited: 0, lastUsed: now, lastWritten: now, timer: undefined };
        held.set(sessionId, entry);
      }
      const current = entry;
      current.connections++;
      if (limited && current.limited++ === 0) schedule(sessionId, current);
      return () => {
        current.connections--;
        if (limited && --current.limited === 0) clearTimeout(current.timer);
        if (current.connections === 0) held.delete(sessionId);
      };
    },
    used: (sessionId) => {
      const entry = held.get(sessionId);
      if (!entry) return;
      const now = Date.now();
      entry.lastUsed = now;
      if (now - entry.lastWritten < ACTIVITY_RESOLUTION_MS) return;
      entry.lastWritten = now;
      db.update(sessions)
        .set({ lastActiveAt: new Date(now) })
        .where(eq(sessions.id, sessionId))
        .catch((error: unknown) => console.error('recording a session’s use failed', error));
    },
    stop: () => {
      for (const entry of held.values()) clearTimeout(entry.timer);
      held.clear();
    },
  };
}
