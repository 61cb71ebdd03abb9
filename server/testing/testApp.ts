import type { FastifyBaseLogger, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { type AuditHeadStore, memoryHeadStore } from '../audit/auditHeads';
import { hashPassword } from '../auth/password';
import { createSession, generateSessionToken } from '../auth/sessions';
import { readConfig } from '../config';
import { type CouncilEvents, createCouncilEvents } from '../councils/events';
import type { Db } from '../db/client';
import { councils, memberships, users } from '../db/schema';
import { DOCUMENT_KINDS } from '../documentKinds';
import type { App } from '../http/types';
import { createLogger } from '../logger';
import { databaseStorage } from '../realtime/docStore';
import { realtimeLimits } from '../realtime/limits';
import { createRealtimeServer } from '../realtime/realtimeServer';
import { randomServerKeys, type ServerKeys } from '../security/serverKeys';
import { secondFactorNotYet } from './secondFactorNotYet';
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from './testDatabase';

export const TEST_ORIGIN = 'http://localhost:3000';

export type TestApp = {
  app: App;
  database: TestDatabase;
  events: CouncilEvents;
  keys: ServerKeys;
  auditHeads: AuditHeadStore;
  /** The app's document server: read and change documents as the routes do. */
  documents: ReturnType<typeof documentServerFor>;
  close: () => Promise<void>;
};

/** The document server without a listener: routes reach documents through it (deletion). */
export function documentServerFor(db: Db, events: CouncilEvents) {
  return createRealtimeServer({
    db,
    storage: databaseStorage(db),
    logger: createLogger('silent'),
    kinds: DOCUMENT_KINDS,
    events,
    allowedOrigins: [TEST_ORIGIN],
    limits: realtimeLimits(),
    idleLimitMs: readConfig({}).caseIdleMs,
  });
}

export async function createTestApp(
  kind: TestDatabaseKind,
  env: Record<string, string> = {},
  /** The app's logger, for a test that reads what was logged; silent otherwise. */
  logger?: FastifyBaseLogger,
): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const config = {
    ...readConfig({ LOG_LEVEL: 'silent', AUTH_RATE_LIMIT: '1000', ...env }),
    allowedOrigins: [TEST_ORIGIN],
  };
  const events = createCouncilEvents();
  const keys = randomServerKeys();
  const documents = documentServerFor(database.db, events);
  const auditHeads = memoryHeadStore();
  const app = await buildApp({
    db: database.db,
    config,
    events,
    keys,
    documents,
    auditHeads,
    serveClient: false,
    ...(logger ? { logger } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    events,
    keys,
    auditHeads,
    documents,
    close: async () => {
      await documents.close();
      await app.close();
      await database.destroy();
    },
  };
}

/** The session cookie a response set, ready to send back as a Cookie header. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'tsunagu_session');
  if (!cookie)
    throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `tsunagu_session=${cookie.value}`;
}

type Call = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  cookie?: string;
  body?: unknown;
};

/** A same-origin request as the browser app makes it. */
export function call(app: App, { method, url, cookie, body }: Call) {
  return app.inject({
    method,
    url,
    headers: { origin: TEST_ORIGIN, ...(cookie ? { cookie } : {}) },
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

export const SECRETARIAT = {
  councilName: 'テスト市地域自立支援協議会',
  displayName: '事務局 山田',
  email: 'jimu@example.jp',
  password: 'correct horse battery',
  secondFactorRequiredFrom: secondFactorNotYet(),
};

/** Sets the council up and returns the secretariat's cookie and the council id. */
export async function setUpCouncil(app: App) {
  const response = await call(app, { method: 'POST', url: '/api/setup', body: SECRETARIAT });
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.body}`);
  const councilId = response.json().councils[0].id as string;
  return {
    cookie: sessionCookieOf(response),
    councilId,
    userId: response.json().user.id as string,
  };
}

/** Invites someone with `role` and has them accept; returns their cookie and id. */
export async function addMember(
  app: App,
  secretariatCookie: string,
  councilId: string,
  role: 'secretariat' | 'member' | 'guest',
  email: string,
) {
  const invite = await call(app, {
    method: 'POST',
    url: `/api/councils/${councilId}/invitations`,
    cookie: secretariatCookie,
    body: { role },
  });
  const accepted = await call(app, {
    method: 'POST',
    url: `/api/invitations/${invite.json().token}/accept`,
    body: { displayName: email.split('@')[0], email, password: 'member password 1' },
  });
  if (accepted.statusCode !== 201) throw new Error(`accept failed: ${accepted.body}`);
  return { cookie: sessionCookieOf(accepted), userId: accepted.json().user.id as string };
}

/**
 * A secretariat of a second council, made directly in the database (setup only ever creates the
 * first council), to test that councils cannot see each other.
 */
export async function signInToOtherCouncil(t: Pick<TestApp, 'database'>): Promise<string> {
  const { db } = t.database;
  const [council] = await db.insert(councils).values({ name: '別の市の協議会' }).returning();
  const [user] = await db
    .insert(users)
    .values({
      email: `outsider-${Math.random().toString(36).slice(2)}@example.jp`,
      displayName: '外部',
      passwordHash: await hashPassword('outsider password'),
    })
    .returning();
  if (!council || !user) throw new Error('insert returned nothing');
  await db
    .insert(memberships)
    .values({ councilId: council.id, userId: user.id, role: 'secretariat' });
  const token = generateSessionToken();
  await createSession(db, token, user.id);
  return `tsunagu_session=${token}`;
}
