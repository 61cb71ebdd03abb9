// Skip links to the map and to the list view, among the page's first Tab stops: without them a
// keyboard user passes the header and every tool first. Each shows its view if another is shown.
import { type MouseEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSkipLinks } from '../../layout/PageSkipLinks';
import type { View } from './BoardToolbar';

export const CANVAS_ID = 'board-canvas';
export const LIST_ID = 'board-list';

// How long a view just switched to may take to draw what takes the focus (frames, ~2 s).
const MAX_FRAMES = 120;

/** The canvas's Tab stop (its agency), or the canvas itself on an empty board. */
function canvasTarget(empty: boolean): HTMLElement | null {
  const canvas = document.getElementById(CANVAS_ID);
  const agency = canvas?.querySelector<HTMLElement>('.react-flow__node-agency[tabindex="0"]');
  // React Flow draws agencies hidden until it has measured them.
  if (agency?.checkVisibility({ visibilityProperty: true })) return agency;
  return empty ? canvas : null;
}

export function BoardSkipLinks({
  onView,
  empty,
}: {
  onView: (view: View) => void;
  empty: boolean;
}) {
  const { t } = useTranslation('board');
  const [target, setTarget] = useState<'canvas' | 'list' | null>(null);

  useEffect(() => {
    if (!target) return;
    let frame = 0;
    let frames = 0;
    const attempt = () => {
      const element = target === 'canvas' ? canvasTarget(empty) : document.getElementById(LIST_ID);
      if (element) {
        element.focus();
        setTarget(null);
      } else if (++frames < MAX_FRAMES) frame = requestAnimationFrame(attempt);
      else setTarget(null);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [target, empty]);

  const skip = (view: 'canvas' | 'list') => (event: MouseEvent) => {
    event.preventDefault();
    onView(view);
    setTarget(view);
  };

  return (
    <PageSkipLinks>
      <a className="skip-link" href={`#${CANVAS_ID}`} onClick={skip('canvas')}>
        {t('skip.canvas')}
      </a>
      <a className="skip-link" href={`#${LIST_ID}`} onClick={skip('list')}>
        {t('skip.list')}
      </a>
    </PageSkipLinks>
  );
}
