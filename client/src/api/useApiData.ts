import { useCallback, useEffect, useState } from 'react';

export type ApiData<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; data: T };

type Loaded<T> = { key: string; result: ApiData<T> };

/**
 * Loads data for a page and reloads it on demand (after a change the page made). `key` names
 * what is loaded (an id): when it changes, the old data is not shown while the new one loads.
 */
export function useApiData<T>(load: () => Promise<T>, key: string): [ApiData<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setLoaded({ key, result: { state: 'ready', data } }),
      (error: unknown) => current && setLoaded({ key, result: { state: 'failed', error } }),
    );
    return () => {
      current = false;
    };
  }, [key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return [loaded && loaded.key === key ? loaded.result : { state: 'loading' }, reload];
}
