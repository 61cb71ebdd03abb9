import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CouncilView } from '../../../shared/api';
import { normalizeForSearch } from '../../../shared/board/text';
import type { CardView, TermContentsView } from '../../../shared/cardApi';
import type { RaisedIssueView } from '../../../shared/caseApi';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import { ApiError } from '../api/http';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { cardApi } from './cardEndpoints';

/** The card of the term that already holds a raised issue (by link or by the same words). */
function cardFor(issue: RaisedIssueView, cards: readonly CardView[]): CardView | undefined {
  const title = normalizeForSearch(issue.title);
  return cards.find(
    (card) => card.raisedIssueId === issue.id || normalizeForSearch(card.title) === title,
  );
}

/** Issues raised from case spaces, each made a card of a 部会 in one action (抽出). */
export function RaisedIssues({
  council,
  contents,
  onExtracted,
}: {
  council: CouncilView;
  contents: TermContentsView;
  onExtracted: () => void;
}) {
  const { t } = useTranslation();
  const [issues] = useApiData(queryKeys.raisedIssues(council.id), () =>
    api.raisedIssues(council.id),
  );
  const list = issues.state === 'ready' ? issues.data : [];
  return (
    <section className="card" aria-labelledby="raised-title">
      <h2 id="raised-title">{t('cards.raisedIssues')}</h2>
      <p>{t('cards.raisedIssuesIntro')}</p>
      {issues.state === 'ready' && list.length === 0 && <p>{t('cards.noRaisedIssues')}</p>}
      <ul className="board-list">
        {list.map((issue) => (
          <RaisedIssueItem
            key={issue.id}
            issue={issue}
            contents={contents}
            existing={cardFor(issue, contents.cards)}
            onExtracted={onExtracted}
          />
        ))}
      </ul>
    </section>
  );
}

function RaisedIssueItem({
  issue,
  contents,
  existing,
  onExtracted,
}: {
  issue: RaisedIssueView;
  contents: TermContentsView;
  existing: CardView | undefined;
  onExtracted: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [owner, setOwner] = useState(contents.subcommittees[0]?.id ?? '');
  const [error, setError] = useState('');
  const extract = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await cardApi.createCard(contents.term.id, {
        subcommitteeId: owner || null,
        raisedIssueId: issue.id,
      });
      onExtracted();
    } catch (failure) {
      const duplicate = failure instanceof ApiError && failure.code === 'duplicate_card';
      setError(duplicate ? t('cards.duplicate') : errorMessage(failure, i18n));
      if (duplicate) onExtracted();
    }
  };
  return (
    <li className="board-item">
      <div className="board-item-main">
        <strong>{issue.title}</strong>
        <p>{issue.description}</p>
      </div>
      <Notice tone="error">{error}</Notice>
      {existing ? (
        <p>
          {t('cards.alreadyCard')}{' '}
          <Link to={`/cards/${existing.id}`}>
            {t('cards.openExisting', { title: existing.title })}
          </Link>
        </p>
      ) : (
        contents.term.can.edit && (
          <form
            className="form form-inline"
            onSubmit={extract}
            aria-label={t('cards.extractOf', { title: issue.title })}
          >
            <div className="field">
              <label htmlFor={`extract-${issue.id}`}>{t('cards.extractTo')}</label>
              <select
                id={`extract-${issue.id}`}
                value={owner}
                onChange={(e) => setOwner(e.target.value)}
              >
                <option value="">{t('cards.noOwner')}</option>
                {contents.subcommittees.map((sub) => (
                  <option key={sub.id} value={sub.id}>
                    {sub.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-buttons">
              <button type="submit">{t('cards.extract')}</button>
            </div>
          </form>
        )
      )}
    </li>
  );
}
