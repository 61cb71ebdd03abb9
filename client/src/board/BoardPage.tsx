import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { PageHeading } from '../layout/PageHeading';
import { DocumentClosedNotice } from '../realtime/DocumentClosedNotice';
import { BoardEditor } from './BoardEditor';
import { useBoardConnection } from './document/useBoardConnection';
import './board.css';

/** A network board: its name from the API, everything else from its Yjs document. */
export function BoardPage() {
  const { t, i18n } = useTranslation('board');
  const { boardId = '' } = useParams();
  const [board] = useApiData(queryKeys.board(boardId), () => api.board(boardId));
  const [connection, state] = useBoardConnection(boardId);
  const name = board.state === 'ready' ? board.data.name : t('title');
  // The server decides: the provider is told read-only, and the board says whether it may be
  // edited (read-only until it has said so).
  const readOnly =
    state.readOnly || state.closed !== null || board.state !== 'ready' || !board.data.can.edit;

  return (
    <div className="page board-page">
      <div className="board-heading">
        <PageHeading title={name} />
        <p className="breadcrumb">
          <Link to="/">{t('back')}</Link>
        </p>
      </div>
      {board.state === 'failed' && <Notice tone="error">{errorMessage(board.error, i18n)}</Notice>}
      {board.state === 'ready' && board.data.archived && (
        <p className="notice notice-info">{t('archived')}</p>
      )}
      <DocumentClosedNotice closed={state.closed} />
      {readOnly && !state.closed && !(board.state === 'ready' && board.data.archived) && (
        <p className="notice notice-info">{t('readOnly')}</p>
      )}
      {board.state !== 'failed' && connection && state.ready ? (
        <BoardEditor connection={connection} boardName={name} readOnly={readOnly} />
      ) : (
        board.state !== 'failed' && <p className="loading">{t('loading')}</p>
      )}
    </div>
  );
}
