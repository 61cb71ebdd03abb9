import { type OnMove, useReactFlow, useStore } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { panDuration } from '../../layout/motion';
import { useTextScale } from '../../layout/textScale';
import type { Arrangement } from '../canvas/arrangements';
import { viewOf, viewportFor } from './followView';
import type { Peer, Presence } from './usePresence';

export type Following = {
  /** The person whose view mine tracks, while they are on the board. */
  followed: Peer | null;
  toggle: (peer: Peer) => void;
  stop: () => void;
};

/** Whom I follow: chosen in the presence bar, ended by me or by their leaving. */
export function useFollowing(
  peers: readonly Peer[],
  announce: (message: string) => void,
): Following {
  const { t } = useTranslation('board');
  const [clientId, setClientId] = useState<number | null>(null);
  const followed = peers.find((p) => p.clientId === clientId && !p.self) ?? null;
  const [name, setName] = useState('');

  useEffect(() => {
    if (clientId !== null && !followed) {
      setClientId(null);
      announce(t('follow.left', { name }));
    }
  }, [clientId, followed, name, announce, t]);

  const stop = useCallback(() => {
    if (clientId === null) return;
    setClientId(null);
    announce(t('follow.stopped'));
  }, [clientId, announce, t]);

  const toggle = useCallback(
    (peer: Peer) => {
      if (peer.clientId === clientId) {
        stop();
        return;
      }
      setClientId(peer.clientId);
      setName(peer.name);
      announce(t('follow.started', { name: peer.name }));
    },
    [clientId, stop, announce, t],
  );
  return { followed, toggle, stop };
}

/**
 * The canvas side: publishes my view to the others and, while I follow someone, shows theirs.
 * Panning or zooming myself or Escape stops following.
 */
export function useFollowView(
  presence: Presence,
  following: Following,
  arrangement: Arrangement,
  setArrangement: (arrangement: Arrangement) => void,
) {
  const flow = useReactFlow();
  // Zooms are shared as at normal text size: each canvas shows them times its own text size.
  const scale = useTextScale();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const { followed, stop } = following;
  // A canvas opened to follow someone starts at their view, not at the whole board. Fixed at
  // mount: React Flow fits again whenever this setting changes.
  const [fitOnOpen] = useState(() => !followed?.view);
  // Peers are re-read on every awareness change; follow only real changes of the view (and of
  // my canvas's size, which moves the centre).
  const { x, y, zoom } = followed?.view ?? { x: Number.NaN, y: Number.NaN, zoom: Number.NaN };

  // Their view is in their arrangement: following shows that arrangement too.
  const theirs = followed?.arrangement;
  useEffect(() => {
    if (theirs && theirs !== arrangement) setArrangement(theirs);
  }, [theirs, arrangement, setArrangement]);
  const sameArrangement = theirs === arrangement;
  useEffect(() => {
    if (Number.isNaN(zoom) || width === 0 || !sameArrangement) return;
    // A pan shows where their view went; not for those who asked for less motion.
    flow.setViewport(viewportFor({ x, y, zoom: zoom * scale }, { width, height }), {
      duration: panDuration(),
    });
  }, [x, y, zoom, scale, width, height, flow, sameArrangement]);

  useEffect(() => {
    if (!followed) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') stop();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [followed, stop]);

  const publish = useCallback(() => {
    const view = viewOf(flow.getViewport(), { width, height });
    presence.setView({ ...view, zoom: view.zoom / scale });
  }, [flow, width, height, scale, presence.setView]);
  useEffect(() => presence.setArrangement(arrangement), [presence.setArrangement, arrangement]);
  // Once the canvas has a size, and whenever it changes, my centre is somewhere else.
  useEffect(() => {
    if (width > 0) publish();
  }, [width, publish]);
  // A move with a user event behind it is mine (a programmatic one has none). Not the start of
  // a gesture: a plain click on the canvas starts one too.
  const onMove = useCallback<OnMove>(
    (event) => {
      if (event && followed) stop();
      publish();
    },
    [followed, stop, publish],
  );
  return {
    fitOnOpen,
    onMove,
    onUserZoom: followed ? stop : undefined,
  };
}
