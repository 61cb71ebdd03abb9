// A page can add skip links of its own (the board: to the map, to the list) right after the
// app's 「本文へ移動」, so they are among the first Tab stops although the page renders them.
import { createContext, type ReactNode, useContext, useState } from 'react';
import { createPortal } from 'react-dom';

const Slot = createContext<HTMLElement | null>(null);

/** Where pages' skip links go: after the app's own skip link, before the header. */
export function useSkipLinkSlot() {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  return {
    Provider: Slot.Provider,
    slot,
    place: <div className="page-skip-links" ref={setSlot} />,
  };
}

/** Renders a page's skip links into the app's slot (nothing until the slot is there). */
export function PageSkipLinks({ children }: { children: ReactNode }) {
  const slot = useContext(Slot);
  return slot ? createPortal(children, slot) : null;
}
