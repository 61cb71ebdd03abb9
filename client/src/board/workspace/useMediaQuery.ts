// Whether a CSS media query matches now, kept up to date: the workspace arranges its panels and
// toolbar for the window's width (a panel closed by default on a phone, tools in a menu).
import { useCallback, useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

/** Wide enough for the canvas to fill the window, with panels beside it. */
export const WIDE = '(min-width: 900px)';
/** Room for the search panel beside the canvas from the start, and every tool inline. */
export const ROOMY = '(min-width: 1440px)';
