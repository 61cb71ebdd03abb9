import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type * as Y from 'yjs';
import type { CardView } from '../../../shared/cardApi';
import type { CardEntry } from '../../../shared/cards/cardEntry';
import { type CardColumns, columnsOf } from '../../../shared/cards/termDocument';
import { CARD_COLUMNS } from '../../../shared/domain';
import { CitedBoardsProvider } from './citations/useCitedBoards';
import { EntryCell } from './EntryCell';
import type { TablePeer } from './useTablePresence';

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
};

/**
 * The seed's table: one row per issue, its entries in the four columns. Entries are edited in
 * place, reordered and moved between columns by keyboard (Alt + arrows) or by dragging.
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
  entries: Map<string, CardColumns>;
  editable: boolean;
  peers: readonly TablePeer[];
  onEditing: (entryId: string | null) => void;
}) {
  const { t } = useTranslation();
  const [focusId, setFocusId] = useState<string | null>(null);
  const [message, announce] = useState('');
  const [dragging, setDragging] = useState<CardEntry | null>(null);
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
    }),
    [doc, councilId, editable, peers, onEditing, focusId, dragging],
  );
  if (cards.length === 0) return <p>{t('cards.noCards')}</p>;
  return (
    <CitedBoardsProvider councilId={councilId} entries={entries}>
      <p id="entry-hint" className="visually-hidden">
        {t('cards.entryHint')}
      </p>
      <div role="status" className="visually-hidden">
        {message}
      </div>
      <div className="card-table-scroll">
        <table className="card-table">
          <caption>{t('cards.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cards.issue')}</th>
              {CARD_COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(`cards.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cards.map((card) => (
              <CardRow
                key={card.id}
                card={card}
                columns={columnsOf(entries, card.id)}
                linkRows={linkRows}
                actions={actions}
              />
            ))}
          </tbody>
        </table>
      </div>
    </CitedBoardsProvider>
  );
}

/** One issue and its four columns; kept as it is while its props are (a table has hundreds). */
const CardRow = memo(function CardRow({
  card,
  columns,
  linkRows,
  actions,
}: {
  card: CardView;
  columns: CardColumns;
  linkRows: boolean;
  actions: TableActions;
}) {
  return (
    <tr>
      <th scope="row" className="card-table-issue">
        {card.code && <span className="card-code">{card.code}</span>}
        {linkRows ? <Link to={`/cards/${card.id}`}>{card.title}</Link> : card.title}
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
