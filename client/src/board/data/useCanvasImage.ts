// Saving the whole canvas as an image. The image needs every node and tie in the page: the drawing
// waits until the canvas has rendered them (React Flow mounts nodes after it is given them).
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { drawCanvas, type ImageFormat, imageFrame } from './canvasImage';
import { downloadBlob } from './download';
import type { ImageHeader } from './imageHeader';

const RENDER_WAIT_MS = 5000;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits (at most RENDER_WAIT_MS) until the element holds this many nodes and ties. */
async function allRendered(element: HTMLElement, nodes: number, edges: number): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < RENDER_WAIT_MS) {
    await nextFrame();
    if (
      element.querySelectorAll('.react-flow__node').length >= nodes &&
      element.querySelectorAll('.react-flow__edge').length >= edges
    )
      return;
  }
}

export type CanvasImage = {
  /** The format being drawn, while the canvas renders everything for it. */
  drawing: ImageFormat | null;
  /** Draws and downloads the image; false when the browser could not draw it. */
  save: (format: ImageFormat, fileName: string, date: Date) => Promise<boolean>;
};

/** `headerOf`: the title, date and legend drawn above the map. */
export function useCanvasImage(headerOf: (date: Date) => ImageHeader): CanvasImage {
  const flow = useReactFlow();
  const store = useStoreApi();
  const [drawing, setDrawing] = useState<ImageFormat | null>(null);
  const save = useCallback(
    async (format: ImageFormat, fileName: string, date: Date) => {
      const viewport = store
        .getState()
        .domNode?.querySelector<HTMLElement>('.react-flow__viewport');
      if (!viewport) return false;
      setDrawing(format);
      try {
        const nodes = flow.getNodes();
        await allRendered(viewport, nodes.length, flow.getEdges().length);
        const frame = imageFrame(nodes);
        downloadBlob(fileName, await drawCanvas(viewport, frame, format, headerOf(date)));
        return true;
      } catch {
        return false;
      } finally {
        setDrawing(null);
      }
    },
    [flow, store, headerOf],
  );
  return { drawing, save };
}
