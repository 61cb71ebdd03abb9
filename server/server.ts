import { join } from 'node:path';
import { buildApp } from './app';
import type { Config } from './config';
import { type CouncilEvents, createCouncilEvents } from './councils/events';
import { type Database, openDatabase } from './db/client';
import { lockDataDir } from './db/dataDirLock';
import { DOCUMENT_KINDS } from './documentKinds';
import type { App } from './http/types';
import { createLogger } from './logger';
import { noteWallFollowsMeeting } from './meetings/documentKind';
import { documentGuest } from './meetings/guests';
import { createMeetingLiveServer } from './meetings/liveServer';
import { minutesFollowMeeting } from './meetings/minutesKind';
import { databaseStorage, warmUpDocumentStore } from './realtime/docStore';
import type { DocumentStorage } from './realtime/documentStorage';
import { type RealtimeLimits, realtimeLimits } from './realtime/limits';
import { createRealtimeServer, type RealtimeServer } from './realtime/realtimeServer';
import { relayCouncilEvents } from './scale/eventRelay';
import { connectScaleOut } from './scale/scaleOut';
import { disconnectEndedSessions } from './socket/endedSessions';
import { createPresenceServer } from './socket/presenceServer';
import { createSocketServer } from './socket/socketServer';

export type RunningServer = {
  app: App;
  database: Database;
  url: string;
  realtime: RealtimeServer;
  events: CouncilEvents;
  stop: () => Promise<void>;
};

export type ServerOptions = {
  realtimeLimits?: Partial<RealtimeLimits>;
  /** Where documents are kept; the database by default (a test puts a failing one in its place). */
  documentStorage?: (db: Database['db']) => DocumentStorage;
};

/** Opens the configured database (PGlite under DATA_DIR unless DATABASE_URL is set). */
export async function openConfiguredDatabase(
  config: Config,
): Promise<{ database: Database; release: () => void }> {
  if (config.databaseUrl) {
    return {
      database: await openDatabase({ kind: 'postgres', url: config.databaseUrl }),
      release: () => {},
    };
  }
  const release = await lockDataDir(config.dataDir);
  try {
    const database = await openDatabase({
      kind: 'pglite',
      dataDir: join(config.dataDir, 'pglite'),
    });
    return { database, release };
  } catch (error) {
    release();
    throw error;
  }
}

export async function startServer(
  config: Config,
  opened?: { database: Database; release: () => void },
  options: ServerOptions = {},
): Promise<RunningServer> {
  const { database, release } = opened ?? (await openConfiguredDatabase(config));
  const logger = createLogger(config.logLevel);
  const scale = config.redisUrl
    ? await connectScaleOut({
        url: config.redisUrl,
        prefix: config.redisPrefix,
        logger: logger.child({ module: 'scale' }),
        processId: config.processName,
        catchUpIntervalMs: config.catchUpIntervalMs,
      })
    : undefined;
  // With several processes, what the routes announce reaches every process's sockets.
  const relayed = scale
    ? relayCouncilEvents({
        local: createCouncilEvents(),
        db: database.db,
        publisher: scale.redis,
        subscriber: scale.connect(),
        channel: `${scale.prefix}events`,
        processId: scale.processId,
        logger: logger.child({ module: 'scale' }),
      })
    : undefined;
  const events = relayed?.events ?? createCouncilEvents();
  const realtime = createRealtimeServer({
    db: database.db,
    guests: (request) => documentGuest(database.db, request.headers.cookie),
    storage: (options.documentStorage ?? databaseStorage)(database.db),
    relay: scale?.relay,
    logger: logger.child({ module: 'realtime' }),
    kinds: DOCUMENT_KINDS,
    events,
    allowedOrigins: config.allowedOrigins,
    limits: realtimeLimits(options.realtimeLimits),
    idleLimitMs: config.caseIdleMs,
  });
  const app = await buildApp({
    db: database.db,
    config,
    events,
    documents: realtime,
    logger,
    scale,
  });
  realtime.listen(app.server);
  const stopNoteWallAccess = noteWallFollowsMeeting(events);
  const stopMinutesAccess = minutesFollowMeeting(events);
  const sockets = {
    server: app.server,
    db: database.db,
    events,
    allowedOrigins: config.allowedOrigins,
  };
  const socketServer = createSocketServer(
    app.server,
    config.allowedOrigins,
    scale && { redis: scale.connect(), prefix: scale.prefix },
  );
  const presence = createPresenceServer({ ...sockets, io: socketServer.io });
  const meetings = createMeetingLiveServer({
    ...sockets,
    io: socketServer.io,
    documents: realtime,
    shared: Boolean(scale),
  });
  const stopEndedSessions = disconnectEndedSessions(socketServer.io, database.db);
  await warmUpDocumentStore(database.db);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      // Documents first: store every pending edit and tell clients to reconnect.
      await realtime.close();
      await presence.close();
      await meetings.close();
      stopEndedSessions();
      stopNoteWallAccess();
      stopMinutesAccess();
      relayed?.stop();
      socketServer.close();
      await app.close();
      await scale?.close();
      await database.close();
      release();
    })();
    return stopping;
  };
  return { app, database, url: `http://localhost:${port}`, realtime, events, stop };
}
