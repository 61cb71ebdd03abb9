import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { memoryHeadStore } from '../audit/auditHeads';
import { readConfig } from '../config';
import { createCouncilEvents } from '../councils/events';
import { randomServerKeys } from '../security/serverKeys';
import { documentServerFor } from '../testing/testApp';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';

describe('the built client in production', () => {
  let root: string;
  let database: TestDatabase;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'tsunagu-client-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>つなぐ</title>');
    writeFileSync(
      join(root, 'assets', 'app.js'),
      'console.log(1)\n//# sourceMappingURL=app.js.map',
    );
    writeFileSync(join(root, 'assets', 'app.js.map'), '{"sources":["secret.tsx"]}');
    database = await createTestDatabase('pglite');
  });
  afterAll(async () => {
    await database.destroy();
    rmSync(root, { recursive: true, force: true });
  });

  const serve = async (nodeEnv: 'production' | 'development') => {
    const events = createCouncilEvents();
    const app = await buildApp({
      db: database.db,
      config: readConfig({ LOG_LEVEL: 'silent', NODE_ENV: nodeEnv }),
      events,
      documents: documentServerFor(database.db, events),
      keys: randomServerKeys(),
      auditHeads: memoryHeadStore(),
      clientRoot: root,
    });
    await app.ready();
    return app;
  };

  it('serves the scripts but never their source maps', async () => {
    const app = await serve('production');
    expect((await app.inject({ url: '/assets/app.js' })).statusCode).toBe(200);
    const map = await app.inject({ url: '/assets/app.js.map' });
    expect(map.statusCode).toBe(404);
    expect(map.body).not.toContain('secret.tsx');
    const query = await app.inject({ url: '/assets/app.js.map?x=1' });
    expect(query.body).not.toContain('secret.tsx');
    await app.close();
  });

  it('serves source maps in development, for debugging', async () => {
    const app = await serve('development');
    expect((await app.inject({ url: '/assets/app.js.map' })).statusCode).toBe(200);
    await app.close();
  });
});
