import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../api/errorMessage';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { PageHeading } from '../layout/PageHeading';
import { useTermChanges } from '../realtime/presence';
import { councilOf, useMe } from '../session/SessionContext';
import { cardApi } from './cardEndpoints';
import { NewSubcommitteeForm, NewTermForm } from './TermForms';
import { TermPicker } from './TermPicker';

/** `/councils/:id/cards`: the terms of the council and the 部会 of the chosen one. */
export function CardsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { councilId } = useParams();
  const council = councilOf(me, councilId);
  const [search, setSearch] = useSearchParams();
  const [terms, reloadTerms] = useApiData(
    () => cardApi.terms(council?.id ?? ''),
    council?.id ?? '',
  );
  if (!council) return <Navigate to="/" replace />;

  const list = terms.state === 'ready' ? terms.data : [];
  const chosen =
    list.find((term) => term.id === search.get('term')) ??
    list.find((term) => term.current) ??
    list.at(-1);

  return (
    <div className="page">
      <PageHeading title={`${t('cards.title')} — ${council.name}`}>{t('cards.title')}</PageHeading>
      {terms.state === 'loading' && <p>{t('app.loading')}</p>}
      {terms.state === 'failed' && <Notice tone="error">{errorMessage(terms.error, i18n)}</Notice>}
      {terms.state === 'ready' && list.length === 0 && <p>{t('cards.noTerm')}</p>}
      {chosen && (
        <TermPicker
          terms={list}
          chosen={chosen.id}
          onChoose={(termId) => setSearch({ term: termId })}
        />
      )}
      {chosen && <TermSubcommittees termId={chosen.id} />}
      {council.role === 'secretariat' && (
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

function TermSubcommittees({ termId }: { termId: string }) {
  const { t, i18n } = useTranslation();
  const [contents, reload] = useApiData(() => cardApi.term(termId), termId);
  useTermChanges(termId, useCallback(reload, [reload]));
  if (contents.state === 'loading') return <p>{t('app.loading')}</p>;
  if (contents.state === 'failed') {
    return <Notice tone="error">{errorMessage(contents.error, i18n)}</Notice>;
  }
  const { term, subcommittees, cards } = contents.data;
  return (
    <section className="card" aria-labelledby="subcommittees-title">
      <h2 id="subcommittees-title">
        {t('cards.subcommittees')} — {term.name}
      </h2>
      {term.closedAt && <p className="notice notice-info">{t('cards.readOnlyTerm')}</p>}
      {subcommittees.length === 0 ? (
        <p>{t('cards.noSubcommittees')}</p>
      ) : (
        <ul className="board-list">
          {subcommittees.map((sub) => (
            <li key={sub.id} className="board-item">
              <div className="board-item-main">
                <Link to={`/terms/${term.id}/subcommittees/${sub.id}`} className="board-link">
                  {sub.name}
                </Link>
                <span className="board-meta">
                  {t('cards.cardCount', {
                    count: cards.filter((c) => c.subcommitteeId === sub.id).length,
                  })}
                </span>
              </div>
              {sub.purpose && (
                <p className="aside">
                  {t('cards.purpose')}：{sub.purpose}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {term.can.manage && <NewSubcommitteeForm termId={term.id} onCreated={reload} />}
    </section>
  );
}
