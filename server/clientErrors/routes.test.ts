import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ERROR_LIMITS } from '../../shared/clientErrorApi';
import {
  addMember,
  createTestApp,
  setUpCouncil,
  TEST_ORIGIN,
  type TestApp,
} from '../testing/testApp';
import { CLIENT_ERROR_BODY_LIMIT, CLIENT_ERRORS_PER_MINUTE } from './routes';

// POST /api/client-errors on the real app, its pino logger writing into an array.

type Line = { level: number; msg: string; userId?: string | null; clientError?: object };

const report = {
  kind: 'route',
  message: 'Cannot read properties of undefined',
  stack: 'TypeError: Cannot read properties of undefined\n    at BoardPage (BoardPage-x.js:1:2)',
  route: '/boards/:boardId',
  buildId: 'abc1234',
};

describe('client errors in the server log', () => {
  let t: TestApp;
  const lines: Line[] = [];
  let secretariat: string;
  let secretariatId: string;
  let member: string;

  beforeAll(async () => {
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    t = await createTestApp('pglite', {}, logger);
    const setup = await setUpCouncil(t.app);
    secretariat = setup.cookie;
    secretariatId = setup.userId;
    member = (await addMember(t.app, secretariat, setup.councilId, 'member', 'm@example.jp'))
      .cookie;
  });
  afterAll(() => t?.close());

  const send = (body: unknown, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/client-errors',
      headers: {
        origin: TEST_ORIGIN,
        'content-type': 'application/json',
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131',
        ...(cookie ? { cookie } : {}),
      },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const logged = () => lines.filter((l) => l.msg === 'client error');

  it('logs a report at warn with who met it and their browser, and nothing else they sent', async () => {
    expect((await send(report, secretariat)).statusCode).toBe(204);
    expect((await send({ ...report, kind: 'error', stack: undefined })).statusCode).toBe(204);
    expect(logged()).toEqual([
      expect.objectContaining({
        level: 40,
        userId: secretariatId,
        clientError: { ...report, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131' },
      }),
      expect.objectContaining({ level: 40, userId: null }),
    ]);
    // Fastify's own request lines name the route, never the body.
    expect(JSON.stringify(lines.filter((l) => l.msg !== 'client error'))).not.toContain(
      report.message,
    );
  });

  it('refuses a report that is not one (400), and logs none of them', async () => {
    const before = logged().length;
    const refused = [
      {},
      { ...report, kind: 'console' },
      { ...report, message: 'x'.repeat(CLIENT_ERROR_LIMITS.message + 1) },
      { ...report, stack: 'x'.repeat(CLIENT_ERROR_LIMITS.stack + 1) },
      { ...report, route: 'r'.repeat(CLIENT_ERROR_LIMITS.route + 1) },
      { ...report, buildId: '' },
      { ...report, message: 'two\nlines' },
      { ...report, stack: 'nul\u0000' },
      { ...report, caseNotes: '本人の状況' },
    ];
    for (const body of refused) {
      const response = await send(body, member);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    expect(logged().length).toBe(before);
  });

  it('refuses a body over its size before reading it (413)', async () => {
    const big = JSON.stringify({ ...report, stack: 'x'.repeat(CLIENT_ERROR_BODY_LIMIT) });
    expect((await send(big, member)).statusCode).toBe(413);
  });

  it('counts each person: a page in an error loop is stopped, others still report (429)', async () => {
    const codes: number[] = [];
    for (let i = 0; i <= CLIENT_ERRORS_PER_MINUTE; i++) {
      codes.push((await send(report, member)).statusCode);
    }
    expect(codes.slice(0, CLIENT_ERRORS_PER_MINUTE).every((c) => c === 204)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    expect((await send(report, secretariat)).statusCode).toBe(204);
  });
});
