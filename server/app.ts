import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AuditHeadStore, fileHeadStore } from './audit/auditHeads';
import { useAuditKeys } from './audit/auditLog';
import { passkeyRoutes } from './auth/passkeyRoutes';
import { authRoutes } from './auth/routes';
import { secondFactorRoutes } from './auth/secondFactorRoutes';
import { importPresetRoutes } from './boards/importPresetRoutes';
import { boardRoutes } from './boards/routes';
import { cardRoutes } from './cards/cardRoutes';
import { citationRoutes } from './cards/citationRoutes';
import { snapshotRoutes } from './cards/snapshotRoutes';
import { subcommitteeRoutes } from './cards/subcommitteeRoutes';
import { termRoutes } from './cards/termRoutes';
import { auditRoutes } from './cases/auditRoutes';
import { consentRoutes } from './cases/consentRoutes';
import { caseMemberRoutes } from './cases/memberRoutes';
import { raisedIssueRoutes } from './cases/raisedIssueRoutes';
import { caseRoutes } from './cases/routes';
import { clientErrorRoutes } from './clientErrors/routes';
import type { Config } from './config';
import type { CouncilEvents } from './councils/events';
import { councilRoutes } from './councils/routes';
import { securityRoutes } from './councils/securityRoutes';
import type { Db } from './db/client';
import { errorHandler } from './http/errors';
import { requestAuth } from './http/requestAuth';
import type { App } from './http/types';
import { invitationRoutes } from './invitations/routes';
import { createLogger } from './logger';
import { guestRoutes } from './meetings/guestRoutes';
import { minutesRoutes } from './meetings/minutesRoutes';
import { noteToCardRoutes } from './meetings/noteToCardRoutes';
import { meetingRoutes } from './meetings/routes';
import { readingsRoutes } from './readings/routes';
import type { DocumentHost } from './realtime/realtimeServer';
import { reportRoutes } from './reports/routes';
import { redisLoginThrottle } from './scale/redisLoginThrottle';
import type { ScaleOut } from './scale/scaleOut';
import { loadServerKeys, type ServerKeys } from './security/serverKeys';

export const clientDist = fileURLToPath(new URL('../dist/client', import.meta.url));

export type AppOptions = {
  db: Db;
  config: Config;
  events: CouncilEvents;
  documents: DocumentHost;
  /** The app's logger (server/logger.ts); one at LOG_LEVEL when not given. */
  logger?: FastifyBaseLogger;
  serveClient?: boolean;
  clientRoot?: string;
  // Tests pass their own; a server reads TSUNAGU_SECRET or the data directory's secret file, and
  // keeps the audit chains' heads in the data directory.
  keys?: ServerKeys;
  auditHeads?: AuditHeadStore;
  /** One of several processes (REDIS_URL): shared rate limits, Redis in the health report. */
  scale?: Pick<ScaleOut, 'processId' | 'prefix' | 'redis' | 'redisUp'>;
};

const isSourceMap = (path: string, production: boolean) => production && /\.map(\?|$)/u.test(path);

/** The HTTP side of the server: API routes, OpenAPI document and the built client. */
export async function buildApp({
  db,
  config,
  events,
  documents,
  logger = createLogger(config.logLevel),
  serveClient = true,
  clientRoot = clientDist,
  keys = loadServerKeys(config.dataDir, config.secret),
  auditHeads = fileHeadStore(config.dataDir),
  scale,
}: AppOptions): Promise<App> {
  useAuditKeys(db, { key: keys.audit, heads: auditHeads });
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: 256 * 1024,
    trustProxy: config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  if (scale) {
    // Which of the processes behind the load balancer answered (deploy checks, browser tests).
    app.addHook('onRequest', async (_request, reply) => {
      reply.header('x-tsunagu-process', scale.processId);
    });
  }

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        upgradeInsecureRequests: config.production ? [] : null,
      },
    },
    hsts: config.production,
  });
  await app.register(cookie);
  // The API is what a flood would hurt. The client's files are static and cached, and a page
  // now loads its code in several pieces, so counting them would spend the budget on reloads.
  await app.register(rateLimit, {
    max: 600,
    timeWindow: '1 minute',
    allowList: (request) => !request.url.startsWith('/api/'),
    // Several processes count together, so N of them do not allow N times the requests. While
    // Redis is away each request passes rather than fail (the health report says degraded).
    ...(scale ? { redis: scale.redis, nameSpace: `${scale.prefix}rate:`, skipOnError: true } : {}),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Tsunagu API',
        version: '0.1.0',
        description: 'つなぐ — council network board',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(requestAuth, {
    db,
    production: config.production,
    allowedOrigins: config.allowedOrigins,
  });

  const deps = { db, config, events, keys, documents };
  app.get(
    '/api/health',
    {
      schema: {
        response: {
          200: z.object({
            ok: z.literal(true),
            database: z.string(),
            // Only with several processes: Redis lost means this process serves its own
            // connections but hears nothing of the others' until it is back.
            redis: z.enum(['up', 'lost']).optional(),
            status: z.enum(['ok', 'degraded']).optional(),
          }),
        },
      },
    },
    async () => {
      await db.execute('select 1');
      const database = config.databaseUrl ? 'postgres' : 'pglite';
      if (!scale) return { ok: true as const, database };
      const up = scale.redisUp();
      return {
        ok: true as const,
        database,
        redis: up ? ('up' as const) : ('lost' as const),
        status: up ? ('ok' as const) : ('degraded' as const),
      };
    },
  );
  authRoutes(
    app,
    deps,
    scale && redisLoginThrottle(scale.redis, scale.prefix, logger.child({ module: 'scale' })),
  );
  secondFactorRoutes(app, deps);
  passkeyRoutes(app, deps);
  councilRoutes(app, deps);
  securityRoutes(app, deps);
  invitationRoutes(app, deps);
  boardRoutes(app, deps);
  importPresetRoutes(app, deps);
  caseRoutes(app, deps);
  caseMemberRoutes(app, deps);
  consentRoutes(app, deps);
  auditRoutes(app, deps);
  raisedIssueRoutes(app, deps);
  termRoutes(app, deps);
  subcommitteeRoutes(app, deps);
  cardRoutes(app, deps);
  citationRoutes(app, deps);
  snapshotRoutes(app, deps);
  meetingRoutes(app, deps);
  noteToCardRoutes(app, deps);
  guestRoutes(app, deps);
  minutesRoutes(app, deps);
  reportRoutes(app, deps);
  readingsRoutes(app, deps);
  clientErrorRoutes(app);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const servesClient = serveClient && existsSync(clientRoot);
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/');
    if (wantsPage && servesClient && !isSourceMap(request.url, config.production)) {
      return reply.sendFile('index.html');
    }
    return reply
      .code(404)
      .send({ error: 'not_found', message: `No route for ${request.method} ${request.url}` });
  });
  if (servesClient) {
    await app.register(fastifyStatic, {
      root: clientRoot,
      wildcard: false,
      // Source maps would hand anyone the client's full source and comments.
      allowedPath: (path) => !isSourceMap(path, config.production),
    });
  }
  return app;
}
