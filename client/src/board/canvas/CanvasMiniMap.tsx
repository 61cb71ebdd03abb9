import { ControlButton, MiniMap, type Node } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WIDE } from '../workspace/useMediaQuery';

/** Whether the overview shows: at first on a wide window; M or its button switches it. */
export function useMiniMapToggle() {
  const [shown, setShown] = useState(() => window.matchMedia(WIDE).matches);
  return { shown, toggle: useCallback(() => setShown((s) => !s), []) };
}

const colourOf = (node: Node) => (node.type === 'lane' ? '#e6e9ee' : '#5b6b80');

/** The whole board in small, with the part on screen framed; dragging or wheeling it moves the view. */
export function CanvasMiniMap({ shown }: { shown: boolean }) {
  if (!shown) return null;
  return (
    <MiniMap
      position="bottom-right"
      pannable
      zoomable
      nodeColor={colourOf}
      nodeStrokeWidth={0}
      className="canvas-minimap"
      // Low and wide, as a board is; beside the zoom buttons.
      style={{ width: 192, height: 80 }}
    />
  );
}

/** The overview's switch, among the zoom buttons. */
export function MiniMapButton({ shown, onToggle }: { shown: boolean; onToggle: () => void }) {
  const { t } = useTranslation('board');
  const label = t('flow.minimap');
  return (
    <ControlButton
      onClick={onToggle}
      aria-pressed={shown}
      aria-keyshortcuts="M"
      title={label}
      aria-label={label}
    >
      <span aria-hidden="true">▣</span>
    </ControlButton>
  );
}
