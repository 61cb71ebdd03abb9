import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { boardView } from '../../../shared/api';
import { ApiError, noContent, onSessionLost, request } from './http';

function respond(status: number, body?: unknown) {
  const response = new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
  return vi.fn(async (_url: string, _init?: RequestInit) => response);
}

describe('request', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends JSON under /api and returns the parsed body', async () => {
    const fetchMock = respond(200, { ok: true });
    vi.stubGlobal('fetch', fetchMock);
    await expect(
      request('POST', '/things', { a: 1 }, z.object({ ok: z.boolean() })),
    ).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/things');
    expect(init?.body).toBe('{"a":1}');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
  });

  it('sends no content type when there is no body (Fastify rejects an empty JSON body)', async () => {
    const fetchMock = respond(204);
    vi.stubGlobal('fetch', fetchMock);
    await expect(request('POST', '/auth/sign-out', undefined, noContent)).resolves.toBeUndefined();
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).has('content-type')).toBe(false);
  });

  it('turns an error body into an ApiError with its code', async () => {
    vi.stubGlobal('fetch', respond(410, { error: 'invitation_unusable', message: 'gone' }));
    const error = await request('GET', '/invitations/x', undefined, noContent).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 410, code: 'invitation_unusable', message: 'gone' });
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(request('GET', '/me', undefined, noContent)).rejects.toMatchObject({
      status: 0,
      code: 'network',
    });
  });

  it('tells listeners when the session is gone, but not for a wrong password', async () => {
    const lost = vi.fn();
    const stop = onSessionLost(lost);
    vi.stubGlobal('fetch', respond(401, { error: 'invalid_credentials', message: 'no' }));
    await request('POST', '/auth/sign-in', {}, noContent).catch(() => undefined);
    expect(lost).not.toHaveBeenCalled();
    vi.stubGlobal('fetch', respond(401, { error: 'unauthorized', message: 'sign in' }));
    await request('GET', '/me', undefined, noContent).catch(() => undefined);
    expect(lost).toHaveBeenCalledOnce();
    stop();
  });

  it('returns what the schema parsed the answer to', async () => {
    const board = {
      id: '0b6f3c52-3f5e-4a57-9c1e-6c1b2d6f9a10',
      name: '相談支援ネットワーク',
      archived: false,
      createdAt: '2026-12-01T00:00:00.000Z',
      can: { read: true, edit: true, update: false },
    };
    vi.stubGlobal('fetch', respond(200, { ...board, extra: 'dropped' }));
    await expect(request('GET', '/boards/b', undefined, boardView)).resolves.toEqual(board);
  });

  it('rejects an answer of the wrong shape with bad_response naming what did not match', async () => {
    vi.stubGlobal('fetch', respond(200, [{ id: 'not-a-uuid', name: 7 }]));
    const error = await request('GET', '/councils/c/boards', undefined, z.array(boardView)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 200, code: 'bad_response' });
    const { message } = error as ApiError;
    expect(message).toContain('GET /api/councils/c/boards');
    expect(message).toContain('0.name');
    expect(message).toContain('0.archived');
  });
});
