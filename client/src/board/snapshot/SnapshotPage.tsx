import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/errorMessage';
import { queryKeys } from '../../api/queryKeys';
import { useApiData } from '../../api/useApiData';
import { cardApi } from '../../cards/cardEndpoints';
import { Notice } from '../../forms/Notice';
import { formatDate } from '../../i18n/formatDate';
import { PageHeading } from '../../layout/PageHeading';
import { BoardEditor } from '../BoardEditor';
import { useFrozenBoard } from './useFrozenBoard';
import '../board.css';

/** `/terms/:termId/snapshots/:boardId`: a board as it was when the term closed, read-only. */
export function SnapshotPage() {
  const { t, i18n } = useTranslation('board');
  const { termId = '', boardId = '' } = useParams();
  const [term] = useApiData(queryKeys.term(termId), () => cardApi.term(termId));
  const frozen = useFrozenBoard(termId, boardId);
  const termName = term.state === 'ready' ? term.data.term.name : '';
  const title =
    frozen.state === 'ready'
      ? t('snapshot.title', { name: frozen.data.boardName, term: termName })
      : t('title');
  const failed = frozen.state === 'failed' ? frozen : term.state === 'failed' ? term : null;
  return (
    <div className="page board-page">
      <p className="breadcrumb">
        {term.state === 'ready' && (
          <Link to={`/councils/${term.data.term.councilId}/cards?term=${termId}&view=network`}>
            {t('snapshot.back')}
          </Link>
        )}
      </p>
      <PageHeading title={title} />
      {failed && <Notice tone="error">{errorMessage(failed.error, i18n)}</Notice>}
      {frozen.state === 'ready' && (
        <>
          <p className="notice notice-info">
            {t('snapshot.takenAt', {
              term: termName,
              date: formatDate(frozen.data.takenAt, i18n.language),
            })}
          </p>
          <BoardEditor connection={frozen.data.board} boardName={frozen.data.boardName} readOnly />
        </>
      )}
      {frozen.state === 'loading' && <p className="loading">{t('snapshot.loading')}</p>}
    </div>
  );
}
