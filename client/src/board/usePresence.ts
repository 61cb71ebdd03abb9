import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { z } from 'zod';
import { useSession } from '../session/SessionContext';
import { throttle } from './throttle';

// Who is on the board, where their pointer is, what they have selected and what part of the
// canvas they are looking at: awareness state, never document state. Other clients' states are
// validated before use.

export type Point = { x: number; y: number };
/** What someone sees of the canvas: the flow point at the centre of their canvas, and the zoom. */
export type View = { x: number; y: number; zoom: number };
export type Peer = {
  clientId: number;
  name: string;
  colour: string;
  cursor: Point | null;
  selection: string[];
  view: View | null;
  self: boolean;
};

const peerState = z.object({
  user: z.object({ name: z.string().max(120), colour: z.string().regex(/^#[0-9a-f]{6}$/i) }),
  cursor: z.object({ x: z.number(), y: z.number() }).nullable().optional(),
  selection: z.array(z.string().max(64)).max(1000).optional(),
  view: z
    .object({ x: z.number(), y: z.number(), zoom: z.number().min(0.01).max(10) })
    .nullable()
    .optional(),
});

/** Viewport changes come at frame rate while panning; peers need far fewer. */
const VIEW_INTERVAL_MS = 100;

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
  setView: (view: View) => void;
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
  // Awareness replaces the states map entries on change; a joined key of clocks is stable.
  const version = useSyncExternalStore(subscribe, () =>
    JSON.stringify([...awareness.getStates().entries()]),
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
        view: parsed.data.view ?? null,
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
  const viewSender = useMemo(
    () => throttle((view: View) => awareness.setLocalStateField('view', view), VIEW_INTERVAL_MS),
    [awareness],
  );
  useEffect(() => viewSender.cancel, [viewSender]);
  return { peers, setCursor, setSelection, setView: viewSender.call };
}
