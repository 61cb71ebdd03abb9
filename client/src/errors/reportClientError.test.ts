import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_ERROR_LIMITS, clientErrorReport } from '../../../shared/clientErrorApi';
import {
  describeError,
  reportClientError,
  reportWindowErrors,
  resetReportedErrors,
  routePattern,
} from './reportClientError';

function stubFetch() {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) => new Response(null, { status: 204 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
const bodies = (fetchMock: ReturnType<typeof stubFetch>) =>
  fetchMock.mock.calls.map(([url, init]) => ({ url, body: JSON.parse(String(init?.body)) }));

describe('routePattern', () => {
  it('names each parameter instead of its value', () => {
    expect(routePattern('/boards/b1', { boardId: 'b1' })).toBe('/boards/:boardId');
    expect(routePattern('/terms/t1/subcommittees/s1', { termId: 't1', subcommitteeId: 's1' })).toBe(
      '/terms/:termId/subcommittees/:subcommitteeId',
    );
    // A guest link's token is in its address: never sent.
    expect(routePattern('/guest/secret%20token', { token: 'secret token' })).toBe('/guest/:token');
    expect(routePattern('/profile', {})).toBe('/profile');
  });

  it('drops what the catch-all route caught', () => {
    expect(routePattern('/no/such/place', { '*': 'no/such/place' })).toBe('/*');
  });
});

describe('describeError', () => {
  it('keeps the top of the stack within the bounds the server accepts', () => {
    const error = new Error('broken\u0000 page\nsecond line');
    error.stack = [
      'Error: broken',
      ...Array.from({ length: 100 }, (_, i) => `    at f${i} (x.js:${i}:1)\u0007`),
    ].join('\n');
    const described = describeError(error);
    expect(described.message).toBe('Error: broken  page second line');
    expect(described.stack?.split('\n')).toHaveLength(CLIENT_ERROR_LIMITS.stackLines);
    expect(
      clientErrorReport.safeParse({ kind: 'error', ...described, route: '/', buildId: 'b' })
        .success,
    ).toBe(true);
    const huge = describeError('x'.repeat(10_000));
    expect(huge.message).toHaveLength(CLIENT_ERROR_LIMITS.message);
    expect(describeError({ code: 7 }).message).toBe('{"code":7}');
  });
});

describe('reporting', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => resetReportedErrors());
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  it("sends the window's uncaught errors and rejections with the route and build", async () => {
    const fetchMock = stubFetch();
    stop = reportWindowErrors(() => '/boards/:boardId');
    window.dispatchEvent(
      new ErrorEvent('error', { error: new TypeError('x is undefined'), message: 'x' }),
    );
    const rejection = Object.assign(new Event('unhandledrejection'), { reason: 'no answer' });
    window.dispatchEvent(rejection);
    window.dispatchEvent(
      new ErrorEvent('error', {
        message: 'ResizeObserver loop completed with undelivered notifications.',
      }),
    );
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(bodies(fetchMock)).toEqual([
      {
        url: '/api/client-errors',
        body: expect.objectContaining({
          kind: 'error',
          message: 'TypeError: x is undefined',
          stack: expect.stringContaining('TypeError: x is undefined'),
          route: '/boards/:boardId',
          buildId: __BUILD_ID__,
        }),
      },
      {
        url: '/api/client-errors',
        body: {
          kind: 'unhandledrejection',
          message: 'no answer',
          route: '/boards/:boardId',
          buildId: __BUILD_ID__,
        },
      },
    ]);
  });

  it('sends an error once and stops a page in an error loop', async () => {
    const fetchMock = stubFetch();
    const same = new Error('same');
    reportClientError('route', same, '/');
    reportClientError('error', same, '/');
    for (let i = 0; i < 30; i++) reportClientError('error', new Error(`loop ${i}`), '/');
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(10));
    expect(bodies(fetchMock)[0]?.body).toMatchObject({ kind: 'route', message: 'Error: same' });
  });

  it('never throws when the report cannot be sent', async () => {
    // A rejection left unhandled here fails the run (vitest reports it).
    const fetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetchMock);
    expect(() => reportClientError('error', new Error('offline'), '/')).not.toThrow();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
  });
});
