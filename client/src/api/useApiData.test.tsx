import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useApiData } from './useApiData';

describe('useApiData', () => {
  afterEach(cleanup);

  it('loads, reloads on demand, and reports failures', async () => {
    let calls = 0;
    const { result } = renderHook(() =>
      useApiData(async () => {
        calls += 1;
        if (calls === 2) throw new Error('down');
        return calls;
      }, 'k'),
    );
    expect(result.current[0]).toEqual({ state: 'loading' });
    await waitFor(() => expect(result.current[0]).toEqual({ state: 'ready', data: 1 }));
    act(() => result.current[1]());
    await waitFor(() => expect(result.current[0]).toMatchObject({ state: 'failed' }));
  });

  it('never shows the previous key’s data while the next one loads', async () => {
    const pending: Record<string, (value: string) => void> = {};
    const { result, rerender } = renderHook(
      ({ id }) => useApiData(() => new Promise<string>((resolve) => (pending[id] = resolve)), id),
      { initialProps: { id: 'a' } },
    );
    await act(async () => pending.a?.('board A'));
    expect(result.current[0]).toEqual({ state: 'ready', data: 'board A' });
    rerender({ id: 'b' });
    expect(result.current[0]).toEqual({ state: 'loading' });
    await act(async () => pending.b?.('board B'));
    expect(result.current[0]).toEqual({ state: 'ready', data: 'board B' });
  });
});
