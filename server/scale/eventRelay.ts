import type { Redis } from 'ioredis';
import { z } from 'zod';
import { announceSessionsEnded, onSessionsEnded } from '../auth/sessionEnds';
import type { CouncilEvents } from '../councils/events';
import type { Db } from '../db/client';
import type { RealtimeLogger } from '../realtime/logger';

// Announcements between processes (docs/deploy.md): what one process's HTTP API changed that
// decides the others' open sockets — a membership, a document's access, a term or a meeting, a
// session that ended — is published on one Redis channel and emitted again on every other
// process, so a removed member is disconnected wherever they are connected. Pub/sub, not a
// stream: an announcement made while a process is cut off from Redis does not reach it (the
// health report says degraded meanwhile; see docs/deploy.md).

const announcement = z.discriminatedUnion('event', [
  z.object({ event: z.literal('membership'), councilId: z.string(), userId: z.string() }),
  z.object({ event: z.literal('documentAccess'), docName: z.string() }),
  z.object({ event: z.literal('term'), councilId: z.string(), termId: z.string() }),
  z.object({ event: z.literal('meeting'), meetingId: z.string() }),
  z.object({ event: z.literal('sessionsEnded'), sessionIds: z.array(z.string()).max(10_000) }),
]);
type Announcement = z.infer<typeof announcement>;
const envelope = z.object({ from: z.string(), announcement });

type Options = {
  /** This process's own events: what its routes emit and its sockets listen to. */
  local: CouncilEvents;
  db: Db;
  publisher: Redis;
  /** A connection of its own (a subscribed connection can do nothing else). */
  subscriber: Redis;
  channel: string;
  processId: string;
  logger: RealtimeLogger;
};

/**
 * The events the routes should emit on: each is emitted here and announced to the other
 * processes; theirs are emitted on `local`. `stop` ends both directions.
 */
export function relayCouncilEvents({
  local,
  db,
  publisher,
  subscriber,
  channel,
  processId,
  logger,
}: Options): { events: CouncilEvents; stop: () => void } {
  const announce = (message: Announcement) => {
    publisher
      .publish(channel, JSON.stringify({ from: processId, announcement: message }))
      .catch((error: unknown) =>
        logger.warn({ err: error, event: message.event }, 'announcing to other processes failed'),
      );
  };
  // Sessions end through sessions.ts on whichever process; what another process announced is
  // passed on here without being announced back.
  let hearing = false;
  const stopSessions = onSessionsEnded(db, (sessionIds) => {
    if (!hearing) announce({ event: 'sessionsEnded', sessionIds: [...sessionIds] });
  });

  const hear = (message: Announcement) => {
    switch (message.event) {
      case 'membership':
        return local.emitMembershipChanged(message.councilId, message.userId);
      case 'documentAccess':
        return local.emitDocumentAccessChanged(message.docName);
      case 'term':
        return local.emitTermChanged(message.councilId, message.termId);
      case 'meeting':
        return local.emitMeetingChanged(message.meetingId);
      case 'sessionsEnded':
        hearing = true;
        try {
          return announceSessionsEnded(db, message.sessionIds);
        } finally {
          hearing = false;
        }
    }
  };
  const onMessage = (from: string, text: string) => {
    if (from !== channel) return;
    let parsed: z.infer<typeof envelope>;
    try {
      parsed = envelope.parse(JSON.parse(text));
    } catch (error) {
      logger.warn({ err: error }, 'an announcement from another process did not parse');
      return;
    }
    if (parsed.from !== processId) hear(parsed.announcement);
  };
  subscriber.on('message', onMessage);
  void subscriber.subscribe(channel).catch((error: unknown) => {
    logger.error({ err: error }, 'subscribing to announcements failed');
  });

  const events: CouncilEvents = {
    ...local,
    emitMembershipChanged: (councilId, userId) => {
      local.emitMembershipChanged(councilId, userId);
      announce({ event: 'membership', councilId, userId });
    },
    emitDocumentAccessChanged: (docName) => {
      local.emitDocumentAccessChanged(docName);
      announce({ event: 'documentAccess', docName });
    },
    emitTermChanged: (councilId, termId) => {
      local.emitTermChanged(councilId, termId);
      announce({ event: 'term', councilId, termId });
    },
    emitMeetingChanged: (meetingId) => {
      local.emitMeetingChanged(meetingId);
      announce({ event: 'meeting', meetingId });
    },
  };
  return {
    events,
    stop: () => {
      stopSessions();
      subscriber.off('message', onMessage);
    },
  };
}
