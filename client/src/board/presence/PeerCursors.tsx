import { ViewportPortal } from '@xyflow/react';
import type { Arrangement } from '../canvas/arrangements';
import type { Peer } from './usePresence';

/**
 * The other people's pointers, drawn in flow coordinates. A pointer is a point in its owner's
 * arrangement, so only those of people looking at the same arrangement are drawn.
 */
export function PeerCursors({
  peers,
  arrangement,
}: {
  peers: readonly Peer[];
  arrangement: Arrangement;
}) {
  return (
    <ViewportPortal>
      {peers.map(
        (peer) =>
          !peer.self &&
          peer.cursor &&
          peer.arrangement === arrangement && (
            <div
              key={peer.clientId}
              className="peer-cursor"
              style={{ transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px)` }}
            >
              <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
                <path d="M1 1 L17 8 L9 10 L7 17 Z" fill={peer.colour} stroke="#fff" />
              </svg>
              <span className="peer-cursor-name" style={{ background: peer.colour }}>
                {peer.name}
              </span>
            </div>
          ),
      )}
    </ViewportPortal>
  );
}
