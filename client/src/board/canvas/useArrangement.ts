// Which arrangement this viewer chose for a board: a view choice, so it stays on this device
// (localStorage, per board) and never enters the shared document.
import { useCallback, useState } from 'react';
import { type Arrangement, isArrangement } from './arrangements';

const storageKey = (board: string) => `tsunagu.board.arrangement.${board}`;

export function storedArrangement(board: string): Arrangement {
  try {
    const value = localStorage.getItem(storageKey(board));
    return isArrangement(value) ? value : 'lanes';
  } catch {
    return 'lanes';
  }
}

export function useArrangement(board: string): [Arrangement, (next: Arrangement) => void] {
  const [arrangement, setArrangement] = useState(() => storedArrangement(board));
  const choose = useCallback(
    (next: Arrangement) => {
      setArrangement(next);
      try {
        localStorage.setItem(storageKey(board), next);
      } catch {
        // Private browsing can refuse storage; the choice then lasts for this page only.
      }
    },
    [board],
  );
  return [arrangement, choose];
}
