import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { z } from 'zod';
import { useSession } from '../session/SessionContext';

// Who is on the board, where their pointer is and what they have selected: awareness state,
// never document state. Other clients' states are validated before use.

export type Point = { x: number; y: number };
export type Peer = {
  clientId: number;
  name: string;
  colour: string;
  cursor: Point | null;
  selection: string[];
  self: boolean;
};

const peerState = z.object({
  user: z.object({ name: z.string().max(120), colour: z.string().regex(/^#[0-9a-f]{6}$/i) }),
  cursor: z.object({ x: z.number(), y: z.number() }).nullable().optional(),
  selection: z.array(z.string().max(64)).max(1000).optional(),
});

// Dark enough for white text (≥ 4.5:1).
const COLOURS = [
  '#1f4e8c',
  '#8a3b12',
  '#1e6b34',
  '#6b2c7a',
  '#a4262c',
  '#0b6a6a',
  '#5c4a00',
  '#3d3d99',
];

export type Presence = {
  peers: Peer[];
  setCursor: (point: Point | null) => void;
  setSelection: (ids: string[]) => void;
};

export function usePresence(awareness: Awareness): Presence {
  const { session } = useSession();
  const name = session.state === 'signedIn' ? session.me.user.displayName : '';
  useEffect(() => {
    const colour = COLOURS[awareness.clientID % COLOURS.length] as string;
    awareness.setLocalStateField('user', { name, colour });
  }, [awareness, name]);

  const subscribe = useCallback(
    (listener: () => void) => {
      awareness.on('change', listener);
      return () => awareness.off('change', listener);
    },
    [awareness],
  );
  // Awareness replaces the states map entries on change; a joined key of clocks is stable. Our
  // own cursor is left out: nothing here shows it, and it changes on every pointer move (while
  // panning, re-rendering the board then cost more than drawing it).
  const version = useSyncExternalStore(subscribe, () =>
    JSON.stringify(
      [...awareness.getStates().entries()].map(([id, state]) =>
        id === awareness.clientID ? [id, { ...state, cursor: null }] : [id, state],
      ),
    ),
  );
  const peers = useMemo(() => {
    const list: Peer[] = [];
    for (const [clientId, raw] of JSON.parse(version) as [number, unknown][]) {
      const parsed = peerState.safeParse(raw);
      if (!parsed.success) continue;
      list.push({
        clientId,
        name: parsed.data.user.name,
        colour: parsed.data.user.colour,
        cursor: parsed.data.cursor ?? null,
        selection: parsed.data.selection ?? [],
        self: clientId === awareness.clientID,
      });
    }
    return list;
  }, [version, awareness]);

  const setCursor = useCallback(
    (point: Point | null) => awareness.setLocalStateField('cursor', point),
    [awareness],
  );
  const setSelection = useCallback(
    (ids: string[]) => awareness.setLocalStateField('selection', ids),
    [awareness],
  );
  return { peers, setCursor, setSelection };
}
