import { defaultRangeExtractor, type Range, useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  type FocusEvent,
  type RefObject,
  useCallback,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { type BodyPart, bodyParts, withKeptRows } from './tableWindow';

// A 部会's table can have hundreds of rows of twenty entries each; the browser's style and layout
// of all of them took seconds (bench/README.md, "Cards benchmark"). In a big table only the rows
// near the window are rendered, measured as they are drawn (their height depends on their entries), with
// spacers for the rest; the page itself scrolls, as before. Rows holding the focus or an open
// editor stay rendered, so scrolling away loses neither.

/** Rows rendered beyond each edge of the window: Tab from the last visible row finds the next. */
const OVERSCAN = 2;

/**
 * Tables up to this many rows are rendered whole (a few hundred entries draw quickly), so the
 * browser's find and a screen reader's reading reach every row; only bigger ones are windowed.
 */
export const RENDER_ALL_UP_TO = 30;

export type TableWindow = {
  parts: BodyPart[];
  /** Ref for each rendered row (`data-index` set): measures it while it is in the DOM. */
  measure: (row: HTMLTableRowElement | null) => void;
  /** Keeps a card's row rendered while `on` (an open editor or add form); counted. */
  keep: (cardId: string, on: boolean) => void;
  /** The card whose row was asked for by `reveal` and has not taken the focus yet. */
  revealed: string | null;
  /** Renders a card's row wherever the page is scrolled (to move the focus there); null when done. */
  reveal: (cardId: string | null) => void;
  /** For the body's `onFocus`: the row holding the focus stays rendered. */
  onFocus: (event: FocusEvent) => void;
};

export function useTableWindow({
  body,
  ids,
  estimate,
}: {
  body: RefObject<HTMLTableSectionElement | null>;
  /** The rows' card ids, in order. */
  ids: readonly string[];
  /** A row's height before it is measured, from its entries. */
  estimate: (index: number) => number;
}): TableWindow {
  const margin = useBodyOffset(body);
  const [editing, setEditing] = useState<ReadonlyMap<string, number>>(new Map());
  const [focused, setFocused] = useState<string | null>(null);
  const [revealed, reveal] = useState<string | null>(null);

  const kept = useMemo(() => {
    const index = new Map(ids.map((id, i) => [id, i]));
    const wanted = [...editing.keys(), focused, revealed];
    return wanted.flatMap((id) => (id !== null && index.has(id) ? [index.get(id) as number] : []));
  }, [ids, editing, focused, revealed]);
  const keptKey = kept.join(',');
  // A new function when the kept rows change: the virtualizer recomputes its range only then.
  const rangeExtractor = useCallback(
    (range: Range) =>
      range.count <= RENDER_ALL_UP_TO
        ? Array.from({ length: range.count }, (_, index) => index)
        : withKeptRows(defaultRangeExtractor(range), kept, range.count),
    [keptKey],
  );
  const virtualizer = useWindowVirtualizer({
    count: ids.length,
    estimateSize: estimate,
    getItemKey: useCallback((index: number) => ids[index] ?? index, [ids]),
    overscan: OVERSCAN,
    scrollMargin: margin,
    rangeExtractor,
  });

  const keep = useCallback((cardId: string, on: boolean) => {
    setEditing((previous) => {
      const next = new Map(previous);
      const count = (next.get(cardId) ?? 0) + (on ? 1 : -1);
      if (count > 0) next.set(cardId, count);
      else next.delete(cardId);
      return next;
    });
  }, []);
  const onFocus = useCallback(
    (event: FocusEvent) => {
      const row = (event.target as Element).closest('tr[data-index]');
      const index = Number(row?.getAttribute('data-index'));
      setFocused(ids[index] ?? null);
    },
    [ids],
  );

  return {
    parts: bodyParts(virtualizer.getVirtualItems(), virtualizer.getTotalSize(), margin),
    measure: virtualizer.measureElement,
    keep,
    revealed,
    reveal,
    onFocus,
  };
}

/**
 * Where the table's body starts on the page (the virtualizer's `scrollMargin`): measured when the
 * table mounts and whenever the page's size changes (a notice above the table appearing).
 */
function useBodyOffset(body: RefObject<HTMLTableSectionElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const element = body.current;
      if (element) setOffset(Math.round(element.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [body]);
  return offset;
}
