import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type * as Y from 'yjs';
import type { CardView } from '../../../shared/cardApi';
import type { CardEntry } from '../../../shared/cards/cardEntry';
import type { CardColumns } from '../../../shared/cards/termDocument';
import type { TermEntries } from '../../../shared/cards/termEntriesReader';
import { CARD_COLUMNS } from '../../../shared/domain';
import { Phrases } from '../layout/Phrases';
import { CitedBoardsProvider } from './citations/useCitedBoards';
import { EntryCell } from './EntryCell';
import { JumpToCard } from './JumpToCard';
import { rowEstimate } from './tableWindow';
import type { TablePeer } from './useTablePresence';
import { RENDER_ALL_UP_TO, useTableWindow } from './useTableWindow';

export type TableActions = {
  doc: Y.Doc;
  /** The council whose boards' agencies 今あるもの entries may cite. */
  councilId: string;
  editable: boolean;
  peers: readonly TablePeer[];
  onEditing: (entryId: string | null) => void;
  /** The entry that should have the keyboard focus after a move (it changed cell). */
  focusId: string | null;
  setFocusId: (id: string | null) => void;
  announce: (text: string) => void;
  dragging: CardEntry | null;
  setDragging: (entry: CardEntry | null) => void;
  /** Keeps a card's row rendered while an editor or add form is open in it (see useTableWindow). */
  keep: (cardId: string, on: boolean) => void;
};

/**
 * The seed's table: one row per issue, its entries in the four columns. Entries are edited in
 * place, reordered and moved between columns by keyboard (Alt + arrows) or by dragging. In a big
 * table only the rows near the window are rendered (useTableWindow.ts); the table still says how
 * many rows it has (`aria-rowcount`) and where each rendered row is (`aria-rowindex`), and offers
 * to move the focus to any issue's row.
 */
export function CardTable({
  councilId,
  doc,
  cards,
  entries,
  editable,
  peers,
  onEditing,
  linkRows = true,
}: {
  councilId: string;
  doc: Y.Doc;
  /** Row headers link to each card's page (not on the card's own page). */
  linkRows?: boolean;
  cards: readonly CardView[];
  entries: TermEntries;
  editable: boolean;
  peers: readonly TablePeer[];
  onEditing: (entryId: string | null) => void;
}) {
  const { t } = useTranslation();
  const [focusId, setFocusId] = useState<string | null>(null);
  const [message, announce] = useState('');
  const [dragging, setDragging] = useState<CardEntry | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const ids = useMemo(() => cards.map((card) => card.id), [cards]);
  const rows = useTableWindow({
    body,
    ids,
    estimate: useCallback(
      (index: number) => rowEstimate(entries.tallestColumn(ids[index] ?? ''), editable),
      [entries, ids, editable],
    ),
  });
  const { keep, reveal } = rows;
  // Stable while nothing in it changes, so a row renders again only when its card or entries do.
  const actions: TableActions = useMemo(
    () => ({
      doc,
      councilId,
      editable,
      peers,
      onEditing,
      focusId,
      setFocusId,
      announce,
      dragging,
      setDragging,
      keep,
    }),
    [doc, councilId, editable, peers, onEditing, focusId, dragging, keep],
  );
  const headerFocused = useCallback(() => reveal(null), [reveal]);
  // The citations need every row's 今あるもの, rendered or not (so this validates the table's cards).
  const tableEntries = useMemo(
    () => new Map(cards.map((card) => [card.id, entries.columnsOf(card.id)])),
    [cards, entries],
  );
  if (cards.length === 0) return <p>{t('cards.noCards')}</p>;
  return (
    <CitedBoardsProvider councilId={councilId} entries={tableEntries}>
      <p id="entry-hint" className="visually-hidden">
        {t('cards.entryHint')}
      </p>
      <div role="status" className="visually-hidden">
        {message}
      </div>
      {cards.length > RENDER_ALL_UP_TO && <JumpToCard cards={cards} onJump={reveal} />}
      <div className="card-table-scroll">
        <table className="card-table" aria-rowcount={cards.length + 1}>
          <caption>{t('cards.tableCaption')}</caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">{t('cards.issue')}</th>
              {CARD_COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(`cards.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body} onFocus={rows.onFocus}>
            {rows.parts.map((part) => {
              if (part.kind === 'gap') {
                return (
                  // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, nothing in it takes the focus; aria-rowcount tells the table's size
                  <tr key={part.key} className="card-table-gap" aria-hidden="true">
                    <td colSpan={CARD_COLUMNS.length + 1} style={{ height: part.height }} />
                  </tr>
                );
              }
              const card = cards[part.index] as CardView;
              return (
                <CardRow
                  key={card.id}
                  index={part.index}
                  measure={rows.measure}
                  card={card}
                  columns={entries.columnsOf(card.id)}
                  linkRows={linkRows}
                  actions={actions}
                  focusHeader={rows.revealed === card.id}
                  onHeaderFocused={headerFocused}
                />
              );
            })}
          </tbody>
        </table>
      </div>
    </CitedBoardsProvider>
  );
}

/** One issue and its four columns; kept as it is while its props are (a table has hundreds). */
const CardRow = memo(function CardRow({
  index,
  measure,
  card,
  columns,
  linkRows,
  actions,
  focusHeader,
  onHeaderFocused,
}: {
  index: number;
  measure: (row: HTMLTableRowElement | null) => void;
  card: CardView;
  columns: CardColumns;
  linkRows: boolean;
  actions: TableActions;
  /** Asked for by "jump to an issue": the row header takes the focus once rendered. */
  focusHeader: boolean;
  onHeaderFocused: () => void;
}) {
  const header = useRef<HTMLTableCellElement>(null);
  useEffect(() => {
    if (!focusHeader) return;
    header.current?.focus();
    onHeaderFocused();
  }, [focusHeader, onHeaderFocused]);
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <th ref={header} scope="row" className="card-table-issue" tabIndex={-1}>
        {card.code && <span className="card-code">{card.code}</span>}
        {linkRows ? (
          <Link to={`/cards/${card.id}`}>
            <Phrases text={card.title} />
          </Link>
        ) : (
          <Phrases text={card.title} />
        )}
      </th>
      {CARD_COLUMNS.map((column) => (
        <EntryCell
          key={column}
          card={card}
          column={column}
          entries={columns[column]}
          actions={actions}
        />
      ))}
    </tr>
  );
});
