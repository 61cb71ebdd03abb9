import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { BoardEditor } from '../BoardEditor';
import { DiffList } from './DiffList';
import { useBoardDiff } from './useBoardDiff';
import '../board.css';

/**
 * Two moments of one board compared: the changes as a list, then on the board's own canvas (and
 * list view), read-only, with what was added, removed or changed marked and named.
 */
export function BoardDiffView({
  older,
  newer,
  boardName,
  name,
}: {
  older: Y.Doc;
  newer: Y.Doc;
  boardName: string;
  /** Names this comparison (where the canvas remembers its arrangement). */
  name: string;
}) {
  const { t } = useTranslation('board');
  const { diff, marks, board, names } = useBoardDiff(older, newer, name);
  return (
    <>
      <section aria-labelledby="diff-list-title">
        <h3 id="diff-list-title">{t('diff.listTitle')}</h3>
        <DiffList diff={diff} names={names} />
      </section>
      <section aria-labelledby="diff-canvas-title" className="board-page">
        <h3 id="diff-canvas-title">{t('diff.canvasTitle')}</h3>
        <BoardEditor connection={board} boardName={boardName} readOnly marks={marks} />
      </section>
    </>
  );
}
