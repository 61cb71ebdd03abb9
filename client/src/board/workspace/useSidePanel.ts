// The side panel beside the canvas holds one form or details view at a time. Whatever opened it
// (a toolbar button, an agency on the canvas, a row of the list) gets the focus back when it
// closes — saved, cancelled or Esc — so a keyboard user continues where they were.
import { useCallback, useEffect, useRef, useState } from 'react';

type Closed = { kind: 'none' };

export type SidePanel<P> = {
  panel: P | Closed;
  open: (panel: P) => void;
  close: () => void;
};

export function useSidePanel<P extends { kind: string }>(): SidePanel<P> {
  const [panel, setPanel] = useState<P | Closed>({ kind: 'none' });
  const isOpen = useRef(false);
  const opener = useRef<HTMLElement | null>(null);
  const returning = useRef(false);

  const open = useCallback((next: P) => {
    // Switching from one panel to another keeps the first opener: that is where the user was.
    if (!isOpen.current) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    isOpen.current = true;
    setPanel(next);
  }, []);

  const close = useCallback(() => {
    if (!isOpen.current) return;
    isOpen.current = false;
    returning.current = true;
    setPanel({ kind: 'none' });
  }, []);

  useEffect(() => {
    if (panel.kind !== 'none' || !returning.current) return;
    returning.current = false;
    focusOpener(opener.current);
    opener.current = null;
  }, [panel]);

  return { panel, open, close };
}

/** The opener, or where it now lives: a closed menu's button, else the page's main region. */
function focusOpener(element: HTMLElement | null) {
  if (element?.isConnected && element.checkVisibility()) {
    element.focus({ preventScroll: true });
    return;
  }
  const menu = element?.isConnected ? element.closest('details')?.querySelector('summary') : null;
  (menu ?? document.getElementById('main'))?.focus({ preventScroll: true });
}
