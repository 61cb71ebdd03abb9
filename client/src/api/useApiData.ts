import { hashKey, type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';

export type ApiData<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; data: T };

/**
 * Server data for a component, from the client's cache (queryClient.ts) under `key` (one of
 * queryKeys.ts): components showing the same key share one answer. When the key changes, the
 * previous key's data is not shown while the new one loads. The second value asks again for
 * this key and everything under it (after a change the page made).
 */
export function useApiData<T>(
  key: QueryKey,
  load: () => Promise<T>,
  options: { enabled?: boolean } = {},
): [ApiData<T>, () => void] {
  const query = useQuery({ queryKey: key, queryFn: load, enabled: options.enabled });
  const invalidate = useInvalidate();
  // The same function while the key is the same (callers pass a new array on each render).
  const hash = hashKey(key);
  const reload = useMemo(() => () => invalidate(key), [invalidate, hash]);
  const { status, data, error } = query;
  // The same object while nothing changed, so it can be a dependency of memos and effects.
  const shown = useMemo<ApiData<T>>(
    () =>
      status === 'success'
        ? { state: 'ready', data }
        : status === 'error'
          ? { state: 'failed', error }
          : { state: 'loading' },
    [status, data, error],
  );
  return [shown, reload];
}

/** Asks again for what is cached under the keys, and for everything under them. */
export function useInvalidate(): (...keys: QueryKey[]) => void {
  const client = useQueryClient();
  return useCallback(
    (...keys: QueryKey[]) => {
      for (const queryKey of keys) void client.invalidateQueries({ queryKey });
    },
    [client],
  );
}
