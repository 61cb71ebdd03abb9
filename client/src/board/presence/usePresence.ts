import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useSession } from '../../session/SessionContext';
import type { Arrangement } from '../canvas/arrangements';
import { type EditTarget, type Peer, type Point, readPeers, type View } from './peers';
import { throttle } from './throttle';

// Who is on the board, where their pointer is, what they have selected and what part of the
// canvas they are looking at: awareness state, never document state. Other clients' states are
// validated before use.

export type { EditTarget, Peer, Point, View } from './peers';

/**
 * Others see at most this many of one's selected agencies: a presence message must stay under the
 * server's limit (16 KiB), or it is not passed on at all.
 */
const SHARED_SELECTION = 200;

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
  setArrangement: (arrangement: Arrangement) => void;
  setEditing: (target: EditTarget | null) => void;
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
  // own cursor and view are left out: nothing here shows them, and they change on every pointer
  // move and pan frame (while panning, re-rendering the board then cost more than drawing it).
  const version = useSyncExternalStore(subscribe, () =>
    JSON.stringify(
      [...awareness.getStates().entries()].map(([id, state]) =>
        id === awareness.clientID ? [id, { ...state, cursor: null, view: null }] : [id, state],
      ),
    ),
  );
  const peers = useMemo(
    () => readPeers(JSON.parse(version) as [number, unknown][], awareness.clientID),
    [version, awareness],
  );

  const setCursor = useCallback(
    (point: Point | null) => awareness.setLocalStateField('cursor', point),
    [awareness],
  );
  const setSelection = useCallback(
    (ids: string[]) => awareness.setLocalStateField('selection', ids.slice(0, SHARED_SELECTION)),
    [awareness],
  );
  const viewSender = useMemo(
    () => throttle((view: View) => awareness.setLocalStateField('view', view), VIEW_INTERVAL_MS),
    [awareness],
  );
  useEffect(() => viewSender.cancel, [viewSender]);
  const setArrangement = useCallback(
    (arrangement: Arrangement) => awareness.setLocalStateField('arrangement', arrangement),
    [awareness],
  );
  const setEditing = useCallback(
    (target: EditTarget | null) => awareness.setLocalStateField('editing', target),
    [awareness],
  );
  return { peers, setCursor, setSelection, setView: viewSender.call, setArrangement, setEditing };
}
