import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import type { CouncilView } from '../../../shared/api';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { PageHeading } from '../layout/PageHeading';
import { useTermChanges } from '../realtime/presence';
import { TermReportLinks } from '../reports/TermReportLinks';
import { councilOf, useMe } from '../session/SessionContext';
import { CardList } from './CardList';
import { CloseTermForm } from './CloseTermForm';
import { cardApi } from './cardEndpoints';
import './cards.css';
import { RaisedIssues } from './RaisedIssues';
import { StatusBoard } from './StatusBoard';
import { SubcommitteeList } from './SubcommitteeList';
import { NewTermForm } from './TermForms';
import { TermNetwork } from './TermNetwork';
import { TermPicker } from './TermPicker';

const VIEWS = ['subcommittees', 'list', 'board', 'network'] as const;
type View = (typeof VIEWS)[number];

/** `/councils/:id/cards`: a term's 部会 tables, its cards as a list or a status board. */
export function CardsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { councilId } = useParams();
  const council = councilOf(me, councilId);
  const [search, setSearch] = useSearchParams();
  const [terms, reloadTerms] = useApiData(queryKeys.terms(council?.id ?? ''), () =>
    cardApi.terms(council?.id ?? ''),
  );
  // Said here, not in the close form: the form goes with the term it closed.
  const [closed, setClosed] = useState('');
  if (!council) return <Navigate to="/" replace />;

  const list = terms.state === 'ready' ? terms.data : [];
  const chosen =
    list.find((term) => term.id === search.get('term')) ??
    list.find((term) => term.current) ??
    list.at(-1);
  const view: View = VIEWS.find((v) => v === search.get('view')) ?? 'subcommittees';

  return (
    <div className="page page-wide">
      <PageHeading title={`${t('cards.title')} — ${council.name}`}>{t('cards.title')}</PageHeading>
      {terms.state === 'loading' && <p>{t('app.loading')}</p>}
      {terms.state === 'failed' && <Notice tone="error">{errorMessage(terms.error, i18n)}</Notice>}
      {terms.state === 'ready' && list.length === 0 && <p>{t('cards.noTerm')}</p>}
      <Notice tone="success">{closed}</Notice>
      {chosen && (
        <TermPicker
          terms={list}
          chosen={chosen.id}
          onChoose={(termId) => setSearch({ term: termId, view })}
        />
      )}
      {chosen && (
        <nav aria-label={t('cards.views.label')} className="view-tabs">
          <ul>
            {VIEWS.map((v) => (
              <li key={v}>
                <Link
                  to={`?term=${chosen.id}&view=${v}`}
                  aria-current={v === view ? 'page' : undefined}
                >
                  {t(`cards.views.${v}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {chosen && view === 'network' && <TermNetwork key={chosen.id} terms={list} chosen={chosen} />}
      {chosen && view !== 'network' && (
        <TermContents
          termId={chosen.id}
          view={view}
          council={council}
          onClosed={(termId, confirmation) => {
            setClosed(confirmation);
            reloadTerms();
            setSearch({ term: termId });
          }}
        />
      )}
      {council.can.manageTerms && (
        <NewTermForm
          councilId={council.id}
          onCreated={(term) => {
            reloadTerms();
            setSearch({ term: term.id });
          }}
        />
      )}
    </div>
  );
}

function TermContents({
  termId,
  view,
  council,
  onClosed,
}: {
  termId: string;
  view: Exclude<View, 'network'>;
  council: CouncilView;
  onClosed: (termId: string, confirmation: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [contents, reload] = useApiData(queryKeys.term(termId), () => cardApi.term(termId));
  useTermChanges(termId, useCallback(reload, [reload]));
  if (contents.state === 'loading') return <p>{t('app.loading')}</p>;
  if (contents.state === 'failed') {
    return <Notice tone="error">{errorMessage(contents.error, i18n)}</Notice>;
  }
  if (view === 'list') return <CardList contents={contents.data} />;
  if (view === 'board') return <StatusBoard contents={contents.data} onChanged={reload} />;
  return (
    <>
      <SubcommitteeList contents={contents.data} onChanged={reload} />
      <TermReportLinks term={contents.data.term} />
      <RaisedIssues council={council} contents={contents.data} onExtracted={reload} />
      {contents.data.term.can.manage && (
        <CloseTermForm contents={contents.data} onClosed={onClosed} />
      )}
    </>
  );
}
