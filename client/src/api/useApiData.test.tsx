import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from './queryClient';
import { useApiData, useInvalidate } from './useApiData';

function withCache() {
  const client = createQueryClient();
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

describe('useApiData', () => {
  afterEach(cleanup);

  it('loads, reloads on demand, and reports failures at once', async () => {
    let calls = 0;
    const { result } = renderHook(
      () =>
        useApiData(['k'], async () => {
          calls += 1;
          if (calls === 2) throw new Error('down');
          return calls;
        }),
      { wrapper: withCache() },
    );
    expect(result.current[0]).toEqual({ state: 'loading' });
    await waitFor(() => expect(result.current[0]).toEqual({ state: 'ready', data: 1 }));
    act(() => result.current[1]());
    await waitFor(() => expect(result.current[0]).toMatchObject({ state: 'failed' }));
    expect(calls).toBe(2);
  });

  it('never shows the previous key’s data while the next one loads', async () => {
    const pending: Record<string, (value: string) => void> = {};
    const { result, rerender } = renderHook(
      ({ id }) =>
        useApiData(['board', id], () => new Promise<string>((resolve) => (pending[id] = resolve))),
      { initialProps: { id: 'a' }, wrapper: withCache() },
    );
    await waitFor(() => expect(pending.a).toBeDefined());
    act(() => pending.a?.('board A'));
    await waitFor(() => expect(result.current[0]).toEqual({ state: 'ready', data: 'board A' }));
    rerender({ id: 'b' });
    expect(result.current[0]).toEqual({ state: 'loading' });
    await waitFor(() => expect(pending.b).toBeDefined());
    act(() => pending.b?.('board B'));
    await waitFor(() => expect(result.current[0]).toEqual({ state: 'ready', data: 'board B' }));
  });

  it('asks once for a key several components show, and again for all under an invalidated key', async () => {
    const asked: string[] = [];
    const load = (what: string) => async () => {
      asked.push(what);
      return `${what} ${asked.length}`;
    };
    const { result } = renderHook(
      () => ({
        list: useApiData(['case', 'c1'], load('summary'))[0],
        sameList: useApiData(['case', 'c1'], load('summary'))[0],
        members: useApiData(['case', 'c1', 'members'], load('members'))[0],
        other: useApiData(['case', 'c2'], load('other'))[0],
        invalidate: useInvalidate(),
      }),
      { wrapper: withCache() },
    );
    await waitFor(() => expect(result.current.members.state).toBe('ready'));
    await waitFor(() => expect(result.current.other.state).toBe('ready'));
    expect(asked.sort()).toEqual(['members', 'other', 'summary']);
    expect(result.current.sameList).toEqual(result.current.list);
    asked.length = 0;
    act(() => result.current.invalidate(['case', 'c1']));
    await waitFor(() => expect(asked.sort()).toEqual(['members', 'summary']));
  });
});
