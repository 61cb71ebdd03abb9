// Which rows of a long table are rendered, and the spacers standing in for the others. The table
// keeps its own layout (real rows in a real tbody), so rows left out are replaced by empty,
// hidden rows of the same total height rather than positioned with transforms.

/** What the virtualizer says about a row it placed (offsets in px from the page's top). */
export type PlacedRow = { index: number; start: number; end: number };

export type BodyPart =
  | { kind: 'row'; index: number }
  | { kind: 'gap'; height: number; key: string };

/**
 * The rows to render: the virtualizer's range, plus rows that must stay (the one holding the
 * focus, one with an open editor), sorted, each once. A kept row outside the range stays in
 * the DOM so its focus and unsaved text survive scrolling away.
 */
export function withKeptRows(
  range: readonly number[],
  kept: Iterable<number>,
  count: number,
): number[] {
  const rows = new Set(range);
  for (const index of kept) if (index >= 0 && index < count) rows.add(index);
  return [...rows].sort((a, b) => a - b);
}

/**
 * The body in order: each placed row, with a gap before it for the rows left out (before the
 * first, between a kept row and the range) and one after the last, so the table is as tall as
 * if every row were there. `margin` is where the body starts on the page, `total` the height of
 * every row together, as the virtualizer measured or estimated them.
 */
export function bodyParts(rows: readonly PlacedRow[], total: number, margin: number): BodyPart[] {
  const parts: BodyPart[] = [];
  let reached = 0;
  for (const row of rows) {
    const start = row.start - margin;
    if (start > reached)
      parts.push({ kind: 'gap', height: start - reached, key: `gap-${row.index}` });
    parts.push({ kind: 'row', index: row.index });
    reached = Math.max(reached, row.end - margin);
  }
  if (total > reached) parts.push({ kind: 'gap', height: total - reached, key: 'gap-end' });
  return parts;
}

/** Roughly one entry's height (two lines of text, its margin) and the add button's. */
const ENTRY_PX = 64;
const ADD_PX = 44;
const CELL_PADDING_PX = 18;

/**
 * A row's height before it is drawn, from the number of entries in its tallest column. Only the
 * scrollbar and the spacers depend on it until the row is measured, so closer is smoother, not
 * more correct.
 */
export function rowEstimate(tallestColumn: number, editable: boolean): number {
  return CELL_PADDING_PX + tallestColumn * ENTRY_PX + (editable ? ADD_PX : 0);
}
