// A larger text size (layout/textScale.ts) zooms the canvas in instead of growing the nodes, so
// arrangements and everyone else's canvas stay as they are. This is the change while the board is
// open: the same centre, zoomed by the change. The opening view applies the size itself
// (useOpeningView.ts); following, the followed view is shown again at the new size (useFollow.ts).
import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useTextScale } from '../../layout/textScale';

export function useTextScaleZoom(following: boolean) {
  const flow = useReactFlow();
  const scale = useTextScale();
  const shown = useRef(scale);
  useEffect(() => {
    if (shown.current === scale) return;
    const ratio = scale / shown.current;
    shown.current = scale;
    if (!following) void flow.zoomTo(flow.getZoom() * ratio);
  }, [scale, flow, following]);
}
