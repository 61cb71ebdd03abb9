import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TermView } from '../../../shared/cardApi';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { BoardDiffView } from '../board/diff/BoardDiffView';
import { useBoardConnection } from '../board/document/useBoardConnection';
import { type FrozenBoard, useFrozenBoard } from '../board/snapshot/useFrozenBoard';
import { Notice } from '../forms/Notice';
import { cardApi } from './cardEndpoints';

/**
 * A term's network: the boards frozen when it closed, and the difference between its network and
 * another term's. The earlier of the two is always a closed term's frozen board; the later one is
 * its frozen board too, or the live board when that term is still open.
 */
export function TermNetwork({ terms, chosen }: { terms: readonly TermView[]; chosen: TermView }) {
  const { t } = useTranslation('board');
  const index = terms.findIndex((term) => term.id === chosen.id);
  const fallback = chosen.closedAt
    ? terms[index + 1]
    : terms
        .slice(0, index)
        .reverse()
        .find((term) => term.closedAt);
  const [otherId, setOtherId] = useState(fallback?.id ?? '');
  const otherIndex = terms.findIndex((term) => term.id === otherId);
  const other = terms[otherIndex];
  const [older, newer] =
    other && otherIndex < index
      ? [other, chosen]
      : other
        ? [chosen, other]
        : [undefined, undefined];
  return (
    <section aria-labelledby="term-network-title" className="term-network">
      <h2 id="term-network-title">{t('diff.title', { term: chosen.name })}</h2>
      <TermSnapshots term={chosen} />
      <div className="field">
        <label htmlFor="compare-term">{t('diff.compareWith')}</label>
        <select id="compare-term" value={otherId} onChange={(e) => setOtherId(e.target.value)}>
          <option value="">{t('diff.chooseTerm')}</option>
          {terms
            .filter((term) => term.id !== chosen.id)
            .map((term) => (
              <option key={term.id} value={term.id}>
                {term.name}
              </option>
            ))}
        </select>
      </div>
      {older && newer && !older.closedAt && <p>{t('diff.olderOpen', { term: older.name })}</p>}
      {older?.closedAt && newer && <TermComparison key={older.id} older={older} newer={newer} />}
    </section>
  );
}

/** Links to the boards as they were when the term closed. */
function TermSnapshots({ term }: { term: TermView }) {
  const { t, i18n } = useTranslation('board');
  const [snapshots] = useApiData(queryKeys.snapshots(term.id), () => cardApi.snapshots(term.id));
  if (!term.closedAt) return <p>{t('diff.noSnapshots', { term: term.name })}</p>;
  if (snapshots.state === 'failed') {
    return <Notice tone="error">{errorMessage(snapshots.error, i18n)}</Notice>;
  }
  if (snapshots.state === 'loading') return null;
  return (
    <section aria-labelledby="term-snapshots-title">
      <h3 id="term-snapshots-title">{t('diff.snapshotsTitle', { term: term.name })}</h3>
      <ul>
        {snapshots.data.map((snapshot) => (
          <li key={snapshot.boardId}>
            <Link to={`/terms/${term.id}/snapshots/${snapshot.boardId}`}>{snapshot.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The board picker and the comparison of the chosen board between the two terms. */
function TermComparison({ older, newer }: { older: TermView; newer: TermView }) {
  const { t, i18n } = useTranslation('board');
  const [snapshots] = useApiData(queryKeys.snapshots(older.id), () => cardApi.snapshots(older.id));
  const [chosenBoard, setBoard] = useState('');
  if (snapshots.state === 'failed') {
    return <Notice tone="error">{errorMessage(snapshots.error, i18n)}</Notice>;
  }
  if (snapshots.state === 'loading') return <p>{t('snapshot.loading')}</p>;
  const boardId = chosenBoard || snapshots.data[0]?.boardId;
  if (!boardId) return <p>{t('diff.noSnapshots', { term: older.name })}</p>;
  return (
    <>
      <div className="field">
        <label htmlFor="compare-board">{t('diff.board')}</label>
        <select id="compare-board" value={boardId} onChange={(e) => setBoard(e.target.value)}>
          {snapshots.data.map((snapshot) => (
            <option key={snapshot.boardId} value={snapshot.boardId}>
              {snapshot.name}
            </option>
          ))}
        </select>
      </div>
      <p className="diff-between">
        {newer.closedAt
          ? t('diff.betweenFrozen', { from: older.name, to: newer.name })
          : t('diff.betweenLive', { from: older.name, to: newer.name })}
      </p>
      <FrozenOlder key={boardId} older={older} newer={newer} boardId={boardId} />
    </>
  );
}

function FrozenOlder({
  older,
  newer,
  boardId,
}: {
  older: TermView;
  newer: TermView;
  boardId: string;
}) {
  const { t, i18n } = useTranslation('board');
  const frozen = useFrozenBoard(older.id, boardId);
  if (frozen.state === 'failed') {
    return <Notice tone="error">{errorMessage(frozen.error, i18n)}</Notice>;
  }
  if (frozen.state === 'loading') return <p>{t('snapshot.loading')}</p>;
  return newer.closedAt ? (
    <FrozenNewer older={frozen.data} newer={newer} />
  ) : (
    <LiveNewer older={frozen.data} />
  );
}

function FrozenNewer({ older, newer }: { older: FrozenBoard; newer: TermView }) {
  const { t, i18n } = useTranslation('board');
  const frozen = useFrozenBoard(newer.id, older.boardId);
  if (frozen.state === 'failed') {
    return <Notice tone="error">{errorMessage(frozen.error, i18n)}</Notice>;
  }
  if (frozen.state === 'loading') return <p>{t('snapshot.loading')}</p>;
  return (
    <BoardDiffView
      older={older.board.doc}
      newer={frozen.data.board.doc}
      boardName={frozen.data.boardName}
      name={`diff:${older.board.name}:${newer.id}`}
    />
  );
}

/** The current term compares against the live board, and follows its changes. */
function LiveNewer({ older }: { older: FrozenBoard }) {
  const { t } = useTranslation('board');
  const [connection, state] = useBoardConnection(older.boardId);
  if (state.closed) return <p>{t('diff.liveGone')}</p>;
  if (!connection || !state.ready) return <p>{t('snapshot.loading')}</p>;
  return (
    <BoardDiffView
      older={older.board.doc}
      newer={connection.doc}
      boardName={older.boardName}
      name={`diff:${older.board.name}:live`}
    />
  );
}
