import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CardView, TermContentsView } from '../../../shared/cardApi';
import { planOf } from '../../../shared/cards/planDocument';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { Notice, type Outcome, OutcomeNotices } from '../forms/Notice';
import { PageHeading } from '../layout/PageHeading';
import { CardMeetingActions } from '../meetings/minutes/CardMeetingActions';
import { useTermChanges } from '../realtime/presence';
import { CardEvaluations } from './CardEvaluations';
import { CardGoals } from './CardGoals';
import { CardHistory } from './CardHistory';
import { CardMeetings } from './CardMeetings';
import { CardTable } from './CardTable';
import { cardApi } from './cardEndpoints';
import './cards.css';
import { OwnerForm } from './OwnerForm';
import { ParentForm } from './ParentForm';
import { StatusChangeForm } from './StatusChangeForm';
import { TablePresence } from './TablePresence';
import { TermRefusedNotice } from './TermRefusedNotice';
import { useTablePresence } from './useTablePresence';
import { useTermDocument, useTermEntries, useTermPlans } from './useTermDocument';

/** `/cards/:cardId`: one issue card, its four columns (live), status, owner and story. */
export function CardPage() {
  const { t, i18n } = useTranslation();
  const { cardId = '' } = useParams();
  const [card, reloadCard] = useApiData(queryKeys.card(cardId), () => cardApi.card(cardId));
  const termId = card.state === 'ready' ? card.data.termId : '';
  if (card.state === 'loading') return <p className="page">{t('app.loading')}</p>;
  if (card.state === 'failed') {
    return (
      <div className="page">
        <Notice tone="error">{errorMessage(card.error, i18n)}</Notice>
      </div>
    );
  }
  return <CardWithTerm key={termId} card={card.data} reloadCard={reloadCard} />;
}

function CardWithTerm({ card, reloadCard }: { card: CardView; reloadCard: () => void }) {
  const { t, i18n } = useTranslation();
  const [contents, reloadTerm] = useApiData(queryKeys.term(card.termId), () =>
    cardApi.term(card.termId),
  );
  const [history, reloadHistory] = useApiData(queryKeys.cardHistory(card.id), () =>
    cardApi.history(card.id),
  );
  const reload = useCallback(() => {
    reloadCard();
    reloadTerm();
    reloadHistory();
  }, [reloadCard, reloadTerm, reloadHistory]);
  useTermChanges(card.termId, reload);
  if (contents.state !== 'ready') {
    return contents.state === 'failed' ? (
      <Notice tone="error">{errorMessage(contents.error, i18n)}</Notice>
    ) : (
      <p className="page">{t('app.loading')}</p>
    );
  }
  return (
    <CardDetails
      card={card}
      contents={contents.data}
      history={history.state === 'ready' ? history.data : []}
      reload={reload}
    />
  );
}

function CardDetails({
  card,
  contents,
  history,
  reload,
}: {
  card: CardView;
  contents: TermContentsView;
  history: Parameters<typeof CardHistory>[0]['events'];
  reload: () => void;
}) {
  const { t } = useTranslation();
  const { term } = contents;
  const { doc, awareness, state } = useTermDocument(term.id);
  const entries = useTermEntries(doc);
  const plan = planOf(useTermPlans(doc), card.id);
  const editable = term.can.edit && !state.readOnly;
  const presence = useTablePresence(awareness);
  const [changing, setChanging] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const owner = contents.subcommittees.find((s) => s.id === card.subcommitteeId);
  const parent = contents.cards.find((c) => c.id === card.parentId);
  const children = contents.cards.filter((c) => c.parentId === card.id);
  const title = `${card.code ? `${card.code} ` : ''}${card.title}`;
  const changed = (text: string) => {
    setOutcome({ tone: 'success', text });
    reload();
  };

  return (
    <div className="page page-wide">
      <p>
        <Link to={`/councils/${term.councilId}/cards?term=${term.id}`}>
          {t('cards.backToCards')}
        </Link>
      </p>
      <PageHeading title={title} />
      <OutcomeNotices outcome={outcome} />
      {term.closedAt && <p className="notice notice-info">{t('cards.readOnlyTerm')}</p>}
      <TermRefusedNotice term={term} doc={doc} state={state} reload={reload} />
      <dl className="card-facts">
        <dt>{t('cards.term')}</dt>
        <dd>{term.name}</dd>
        <dt>{t('cards.status')}</dt>
        <dd>
          <span className={`status-badge status-${card.status}`}>
            {t(`cards.statuses.${card.status}`)}
          </span>
        </dd>
        <dt>{t('cards.owner')}</dt>
        <dd>
          {owner ? (
            <Link to={`/terms/${term.id}/subcommittees/${owner.id}`}>{owner.name}</Link>
          ) : (
            t('cards.noOwner')
          )}
        </dd>
        {parent && (
          <>
            <dt>{t('cards.parent')}</dt>
            <dd>
              <Link to={`/cards/${parent.id}`}>
                {parent.code} {parent.title}
              </Link>
            </dd>
          </>
        )}
        {card.carriedFromId && (
          <>
            <dt>{t('cards.carriedFrom')}</dt>
            <dd>
              <Link to={`/cards/${card.carriedFromId}`}>{t('cards.carriedFromLink')}</Link>
            </dd>
          </>
        )}
        {card.summary && (
          <>
            <dt>{t('cards.summary')}</dt>
            <dd>{card.summary}</dd>
          </>
        )}
      </dl>
      {term.can.edit &&
        (changing ? (
          <StatusChangeForm card={card} onDone={() => setChanging(false)} onChanged={changed} />
        ) : (
          <button type="button" onClick={() => setChanging(true)}>
            {t('cards.changeStatus')}
          </button>
        ))}
      {term.can.edit && (
        <OwnerForm card={card} subcommittees={contents.subcommittees} onChanged={changed} />
      )}
      {term.can.manage && <ParentForm card={card} cards={contents.cards} onChanged={changed} />}
      {children.length > 0 && (
        <section aria-labelledby="children-title">
          <h2 id="children-title">{t('cards.children')}</h2>
          <ul>
            {children.map((child) => (
              <li key={child.id}>
                <Link to={`/cards/${child.id}`}>
                  {child.code} {child.title}
                </Link>{' '}
                <span className="aside">{t(`cards.statuses.${child.status}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="entries-title">
        <h2 id="entries-title">{t('cards.entries')}</h2>
        <TablePresence peers={presence.peers} />
        {doc && state.ready && (
          <CardTable
            councilId={term.councilId}
            doc={doc}
            cards={[card]}
            linkRows={false}
            entries={entries}
            editable={editable}
            peers={presence.peers}
            onEditing={presence.setEditing}
          />
        )}
      </section>
      {doc && state.ready && (
        <>
          <CardGoals doc={doc} cardId={card.id} plan={plan} editable={editable} />
          <CardEvaluations doc={doc} cardId={card.id} plan={plan} editable={editable} />
        </>
      )}
      <CardMeetings cardId={card.id} />
      <CardMeetingActions cardId={card.id} />
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('cards.history')}</h2>
        <CardHistory events={history} />
      </section>
    </div>
  );
}
