import { useCallback, useEffect, useState } from 'react';

export type ApiData<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; data: T };

/** Loads data for a page and reloads it on demand (after a change the page made). */
export function useApiData<T>(load: () => Promise<T>, key: string): [ApiData<T>, () => void] {
  const [data, setData] = useState<ApiData<T>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  // `key` names what is loaded (an id); `load` itself is a new function on every render.
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setData({ state: 'ready', data: value }),
      (error: unknown) => current && setData({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return [data, reload];
}
