// Calm display: a larger text size for the whole app (the root font size, so everything sized in
// rem follows: pages, tables, forms) and the canvas (zoomed by the same factor when it fits,
// board/canvas/BoardCanvas.tsx). Remembered on the device: an account has no preferences yet,
// and guests have no account.
import { useSyncExternalStore } from 'react';

export const TEXT_SCALES = [1, 1.25, 1.5] as const;
export type TextScale = (typeof TEXT_SCALES)[number];

const STORAGE_KEY = 'tsunagu.textScale';
const listeners = new Set<() => void>();

function isTextScale(value: number): value is TextScale {
  return TEXT_SCALES.some((scale) => scale === value);
}

function stored(): TextScale {
  try {
    const value = Number(localStorage.getItem(STORAGE_KEY));
    return isTextScale(value) ? value : 1;
  } catch {
    return 1;
  }
}

let current: TextScale = typeof localStorage === 'undefined' ? 1 : stored();

function apply(scale: TextScale) {
  if (typeof document !== 'undefined') {
    document.documentElement.style.setProperty('--text-scale', String(scale));
  }
}

/** Sets the size the page starts with, before the first render, so nothing jumps. */
export function applyStoredTextScale(): void {
  apply(current);
}

export function setTextScale(scale: TextScale): void {
  current = scale;
  apply(scale);
  try {
    localStorage.setItem(STORAGE_KEY, String(scale));
  } catch {
    // Private browsing can refuse storage; the size then lasts for this page only.
  }
  for (const listener of listeners) listener();
}

export function useTextScale(): TextScale {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
