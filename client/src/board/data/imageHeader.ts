// The band above the map in a saved image: the board's name, the day it was drawn and the legend
// of what the image shows (its layers, fields and tie kinds), as SVG text, so that a printed or
// forwarded picture explains itself and a screen reader or a search finds its words.
import type { Board } from '../../../../shared/board/document';
import {
  FIELDS,
  type Field,
  LAYERS,
  type Layer,
  TIE_KINDS,
  type TieKind,
} from '../../../../shared/domain';

export type LegendItem =
  | { kind: 'text'; label: string }
  | { kind: 'symbol'; label: string; symbol: string; colour: string }
  | { kind: 'line'; label: string; dash: string | undefined };
export type LegendGroup = { heading: string; items: LegendItem[] };
export type ImageHeader = { title: string; date: string; groups: LegendGroup[]; note?: string };

/** The layers, fields and tie kinds the board uses, in the order the app lists them. */
export function shownCodes(board: Pick<Board, 'agencies' | 'ties'>): {
  layers: Layer[];
  fields: Field[];
  tieKinds: TieKind[];
} {
  const layers = new Set(board.agencies.map((a) => a.layer));
  const fields = new Set(board.agencies.flatMap((a) => a.fields));
  const kinds = new Set(board.ties.map((t) => t.kind));
  return {
    layers: LAYERS.filter((l) => layers.has(l)),
    fields: FIELDS.filter((f) => fields.has(f)),
    tieKinds: TIE_KINDS.filter((k) => kinds.has(k)),
  };
}

const PAD = 24;
const TITLE_SIZE = 24;
const TEXT_SIZE = 14;
const LINE = 22;
const COLUMN = 280;
const SWATCH = 40;
const LEGEND_TOP = 100;
const NOTE_SIZE = 12;
const MIN_WIDTH = 480;

const xmlText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const textAt = (x: number, y: number, size: number, body: string, extra = '') =>
  `<text x="${x}" y="${y}" font-size="${size}"${extra} fill="#1c1f24">${xmlText(body)}</text>`;

function itemSvg(item: LegendItem, x: number, y: number): string {
  switch (item.kind) {
    case 'text':
      return textAt(x, y, TEXT_SIZE, item.label);
    case 'symbol':
      return `<text x="${x}" y="${y}" font-size="${TEXT_SIZE}" fill="${item.colour}">${xmlText(item.symbol)}</text>${textAt(x + 22, y, TEXT_SIZE, item.label)}`;
    case 'line':
      return `<line x1="${x}" y1="${y - 5}" x2="${x + SWATCH}" y2="${y - 5}" stroke="#1c1f24" stroke-width="2"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>${textAt(x + SWATCH + 8, y, TEXT_SIZE, item.label)}`;
  }
}

export type HeaderBand = { svg: string; width: number; height: number };

/** The band as SVG elements (one column per legend group), and the size it takes. */
export function headerBand(header: ImageHeader): HeaderBand {
  const font = ' font-family="sans-serif"';
  const parts = [
    textAt(PAD, PAD + TITLE_SIZE, TITLE_SIZE, header.title, ' font-weight="700"'),
    textAt(PAD, PAD + TITLE_SIZE + LINE + 4, TEXT_SIZE, header.date),
  ];
  const groups = header.groups.filter((g) => g.items.length > 0);
  groups.forEach((group, column) => {
    const x = PAD + column * COLUMN;
    parts.push(textAt(x, LEGEND_TOP, TEXT_SIZE, group.heading, ' font-weight="700"'));
    group.items.forEach((item, row) => {
      parts.push(itemSvg(item, x, LEGEND_TOP + (row + 1) * LINE));
    });
  });
  const rows = Math.max(0, ...groups.map((g) => g.items.length + 1));
  let bottom = groups.length > 0 ? LEGEND_TOP + (rows - 1) * LINE : PAD + TITLE_SIZE + LINE + 4;
  if (header.note) {
    bottom += LINE;
    parts.push(textAt(PAD, bottom, NOTE_SIZE, header.note));
  }
  const height = bottom + PAD;
  // Text is not measured here; a Japanese character is at most one em wide.
  const noteWidth = header.note ? PAD * 2 + [...header.note].length * NOTE_SIZE : 0;
  const width = Math.max(PAD * 2 + groups.length * COLUMN, noteWidth, MIN_WIDTH);
  return { svg: `<g${font}>${parts.join('')}</g>`, width, height };
}

/** The map's own SVG under the band, in one SVG as wide as the wider of the two. */
export function withHeader(map: { svg: string; width: number; height: number }, band: HeaderBand) {
  const width = Math.max(map.width, band.width);
  const height = band.height + map.height;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${band.svg}` +
    `<g transform="translate(0 ${band.height})">${map.svg}</g></svg>`;
  return { svg, width, height };
}
