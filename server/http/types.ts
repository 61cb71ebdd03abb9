import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { CouncilEvents } from '../councils/events';
import type { Db } from '../db/client';
import type { DocumentHost } from '../realtime/realtimeServer';
import type { ServerKeys } from '../security/serverKeys';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What route modules need from the running server. */
export type Deps = {
  db: Db;
  config: Config;
  events: CouncilEvents;
  keys: ServerKeys;
  documents: DocumentHost;
};
