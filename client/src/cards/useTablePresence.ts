import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { z } from 'zod';
import { useSession } from '../session/SessionContext';

// Who else has the term's table open and which entry each is editing: awareness, never the
// document. Other clients' states are validated before use.

export type TablePeer = { clientId: number; name: string; colour: string; editing: string | null };

const peerState = z.object({
  user: z.object({ name: z.string().max(80), colour: z.string().regex(/^#[0-9a-f]{6}$/i) }),
  editing: z.string().max(64).nullable().optional(),
});

// Dark enough for white text (≥ 4.5:1), as on boards.
const COLOURS = ['#1f4e8c', '#8a3b12', '#1e6b34', '#6b2c7a', '#a4262c', '#0b6a6a', '#5c4a00'];

export function useTablePresence(awareness: Awareness | null): {
  peers: TablePeer[];
  setEditing: (entryId: string | null) => void;
} {
  const { session } = useSession();
  const name = session.state === 'signedIn' ? session.me.user.displayName : '';
  useEffect(() => {
    if (!awareness) return;
    const colour = COLOURS[awareness.clientID % COLOURS.length] as string;
    awareness.setLocalStateField('user', { name, colour });
  }, [awareness, name]);

  const subscribe = useCallback(
    (listener: () => void) => {
      awareness?.on('change', listener);
      return () => awareness?.off('change', listener);
    },
    [awareness],
  );
  const version = useSyncExternalStore(subscribe, () =>
    awareness ? JSON.stringify([...awareness.getStates().entries()]) : '[]',
  );
  // The same list while presence is unchanged, so the table's rows need not render again.
  const peers = useMemo(() => {
    const list: TablePeer[] = [];
    for (const [clientId, state] of JSON.parse(version) as [number, unknown][]) {
      if (clientId === awareness?.clientID) continue;
      const parsed = peerState.safeParse(state);
      if (parsed.success) {
        list.push({ clientId, ...parsed.data.user, editing: parsed.data.editing ?? null });
      }
    }
    return list;
  }, [version, awareness]);
  const setEditing = useCallback(
    (entryId: string | null) => awareness?.setLocalStateField('editing', entryId),
    [awareness],
  );
  return { peers, setEditing };
}
