// The whole canvas as an image file, the React Flow way: frame every node (getNodesBounds), find
// the viewport transform that shows exactly that frame (getViewportForBounds), and let
// html-to-image draw the `.react-flow__viewport` element with that transform. The picture so
// holds the whole board, not only the part on screen.
import { getNodesBounds, getViewportForBounds, type Node, type Viewport } from '@xyflow/react';
import { toSvg } from 'html-to-image';
import { headerBand, type ImageHeader, withHeader } from './imageHeader';

export const IMAGE_FORMATS = ['png', 'svg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export type ImageFrame = { width: number; height: number; viewport: Viewport };

const MARGIN = 40;
// Browsers refuse canvases much past 16,000 pixels a side; with the PNG's pixel ratio of 2 this
// keeps even a board of a thousand agencies drawable (scaled down, whole).
const MAX_SIDE = 6000;
const PNG_PIXEL_RATIO = 2;

/** The image size and the viewport that fits every node into it, at most life size. */
export function imageFrame(nodes: readonly Node[]): ImageFrame {
  const bounds = getNodesBounds([...nodes]);
  const zoom = Math.min(
    1,
    MAX_SIDE / (bounds.width + 2 * MARGIN),
    MAX_SIDE / (bounds.height + 2 * MARGIN),
  );
  const width = Math.ceil((bounds.width + 2 * MARGIN) * zoom);
  const height = Math.ceil((bounds.height + 2 * MARGIN) * zoom);
  return { width, height, viewport: getViewportForBounds(bounds, width, height, zoom, zoom, 0) };
}

/** `<board>_<what>_<YYYY-MM-DD>.<format>`, in the viewer's local date. */
export function imageFileName(base: string, what: string, format: ImageFormat, date: Date): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  return `${base}_${what}_${day}.${format}`;
}

const SVG_DATA_URL = 'data:image/svg+xml;charset=utf-8,';
const SVG_PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
] as const;
const sides = (pattern: string) =>
  ['top', 'right', 'bottom', 'left'].map((side) => pattern.replace('*', side));
// What html-to-image copies from each element's computed style. By default it copies all of them
// (~6 KB an element): a board of a thousand agencies then makes a drawing of tens of megabytes
// that crashes the tab. These are the properties the canvas's nodes and backgrounds use.
const STYLE_PROPERTIES = [
  'display',
  'position',
  ...sides('*'),
  'z-index',
  'box-sizing',
  'width',
  'height',
  ...sides('margin-*'),
  ...sides('padding-*'),
  ...sides('border-*-width'),
  ...sides('border-*-style'),
  ...sides('border-*-color'),
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-left-radius',
  'border-bottom-right-radius',
  'background-color',
  'background-image',
  'background-size',
  'background-position',
  'background-repeat',
  'color',
  'opacity',
  'visibility',
  'overflow',
  'box-shadow',
  'outline-color',
  'outline-style',
  'outline-width',
  'outline-offset',
  'transform',
  'transform-origin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-decoration-line',
  'white-space',
  'word-break',
  'overflow-wrap',
  'vertical-align',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'align-items',
  'justify-content',
  'row-gap',
  'column-gap',
  '-webkit-line-clamp',
  '-webkit-box-orient',
  ...SVG_PAINT,
];
/** Editing affordances and other people's cursors are not part of the picture. */
const LEFT_OUT = ['peer-cursor', 'agency-node-peer', 'react-flow__handle'];

/**
 * html-to-image copies what is inside an <svg> as it is, without the stylesheet rules that paint
 * it, and React Flow colours its ties through CSS classes. While drawing, the computed paint is put
 * on those elements inline; afterwards exactly what was added is taken off again.
 */
async function withInlineSvgPaint<T>(root: HTMLElement, draw: () => Promise<T>): Promise<T> {
  const added: [SVGElement, string][] = [];
  for (const element of root.querySelectorAll<SVGElement>('svg *')) {
    const computed = getComputedStyle(element);
    for (const name of SVG_PAINT) {
      if (element.style.getPropertyValue(name)) continue;
      element.style.setProperty(name, computed.getPropertyValue(name));
      added.push([element, name]);
    }
  }
  try {
    return await draw();
  } finally {
    for (const [element, name] of added) element.style.removeProperty(name);
  }
}

/** Paints an SVG onto a canvas at the pixel ratio, as html-to-image paints its own. */
async function rasterize(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = SVG_DATA_URL + encodeURIComponent(svg);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_PIXEL_RATIO;
  canvas.height = height * PNG_PIXEL_RATIO;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!png) throw new Error('the canvas could not be drawn');
  return png;
}

/**
 * Draws the viewport element under the header band (title, date, legend) as an image file. The
 * map is drawn as SVG either way; a PNG is that SVG painted onto a canvas.
 */
export async function drawCanvas(
  viewportElement: HTMLElement,
  frame: ImageFrame,
  format: ImageFormat,
  header: ImageHeader,
): Promise<Blob> {
  const { x, y, zoom } = frame.viewport;
  const options = {
    backgroundColor: '#ffffff',
    includeStyleProperties: STYLE_PROPERTIES,
    width: frame.width,
    height: frame.height,
    style: {
      width: `${frame.width}px`,
      height: `${frame.height}px`,
      transform: `translate(${x}px, ${y}px) scale(${zoom})`,
    },
    filter: (node: HTMLElement) =>
      !(node instanceof Element && LEFT_OUT.some((name) => node.classList.contains(name))),
  };
  const url = await withInlineSvgPaint(viewportElement, () => toSvg(viewportElement, options));
  if (!url.startsWith(SVG_DATA_URL)) throw new Error('unexpected SVG data URL');
  const map = { svg: decodeURIComponent(url.slice(SVG_DATA_URL.length)), ...frame };
  const whole = withHeader(map, headerBand(header));
  // A blob, not a data URL: browsers cap the length of URLs they download from.
  if (format === 'svg') return new Blob([whole.svg], { type: 'image/svg+xml' });
  return rasterize(whole.svg, whole.width, whole.height);
}
