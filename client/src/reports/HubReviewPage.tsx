import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type * as Y from 'yjs';
import type { CardView, TermContentsView } from '../../../shared/cardApi';
import { HUB_FUNCTIONS, type HubFunction } from '../../../shared/domain';
import {
  fiscalYearOf,
  fiscalYearsOf,
  HUB_RATINGS,
  HUB_TEXT_FIELDS,
  type HubFunctionReview,
  type HubRating,
  type HubTextField,
  setHubField,
  setHubHolder,
} from '../../../shared/reports/hubReview';
import type { HubFunctionCoverage } from '../../../shared/reports/reportApi';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { cardApi } from '../cards/cardEndpoints';
import { useTermDocument } from '../cards/useTermDocument';
import { DocText } from '../cases/DocInputs';
import { Notice } from '../forms/Notice';
import { useFormatList } from '../i18n/useFormatList';
import { usePunctuation } from '../i18n/usePunctuation';
import { PageHeading } from '../layout/PageHeading';
import { DocumentClosedNotice } from '../realtime/DocumentClosedNotice';
import { useTermChanges } from '../realtime/presence';
import { reportApi } from './reportEndpoints';
import '../cards/cards.css';
import './reports.css';
import { useHubReview } from './useHubReview';

/** `/terms/:termId/hub-review`: the term's yearly review of the 地域生活支援拠点, co-edited live. */
export function HubReviewPage() {
  const { t, i18n } = useTranslation();
  const { termId = '' } = useParams();
  const [contents, reload] = useApiData(queryKeys.term(termId), () => cardApi.term(termId));
  useTermChanges(termId, useCallback(reload, [reload]));
  if (contents.state === 'loading') return <p className="page">{t('app.loading')}</p>;
  if (contents.state === 'failed') {
    return (
      <div className="page">
        <Notice tone="error">{errorMessage(contents.error, i18n)}</Notice>
      </div>
    );
  }
  return <HubReview contents={contents.data} />;
}

function HubReview({ contents }: { contents: TermContentsView }) {
  const { t, i18n } = useTranslation(['translation', 'reports']);
  const { labelled } = usePunctuation();
  const { term } = contents;
  const [search, setSearch] = useSearchParams();
  const years = fiscalYearsOf(term);
  const thisYear = fiscalYearOf(new Date().toISOString().slice(0, 10));
  const year =
    years.find((y) => String(y) === search.get('year')) ??
    years.find((y) => y === thisYear) ??
    (years.at(-1) as number);
  const { doc, state } = useTermDocument(term.id);
  const review = useHubReview(doc, years);
  const [coverage] = useApiData(queryKeys.hubCoverage(term.id), () =>
    reportApi.hubCoverage(term.id),
  );
  const editable = term.can.edit && !state.readOnly && doc !== null;
  const title = t('reports:hub.pageTitle', { term: term.name });
  const holder = contents.subcommittees.find((s) => s.id === review?.holder);

  return (
    <div className="page page-wide hub-review">
      <p>
        <Link to={`/councils/${term.councilId}/cards?term=${term.id}`}>
          {t('cards.backToCards')}
        </Link>
      </p>
      <PageHeading title={title} />
      <p className="lead">{t('reports:hub.lead')}</p>
      <p className="aside">{t('reports:ratingScale')}</p>
      {term.closedAt && <p className="notice notice-info">{t('cards.readOnlyTerm')}</p>}
      {!term.closedAt && !term.can.edit && <p className="aside">{t('cards.readOnlyRole')}</p>}
      <DocumentClosedNotice closed={state.closed} />
      <nav aria-label={t('reports:hub.fiscalYears')} className="view-tabs">
        <ul>
          {years.map((y) => (
            <li key={y}>
              <Link
                to={`?year=${y}`}
                aria-current={y === year ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  setSearch({ year: String(y) });
                }}
              >
                {t('reports:hub.fiscalYear', { year: y })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {coverage.state === 'failed' && (
        <Notice tone="error">
          {t('reports:hub.coverageFailed', { message: errorMessage(coverage.error, i18n) })}
        </Notice>
      )}
      {!review || !doc || !state.ready ? (
        <p>{t('reports:hub.loading')}</p>
      ) : (
        <>
          {editable ? (
            <p className="form-row">
              <label htmlFor="hub-holder">{t('reports:hub.holder')}</label>{' '}
              <select
                id="hub-holder"
                value={review.holder ?? ''}
                onChange={(e) => setHubHolder(doc, e.target.value || null, null)}
              >
                <option value="">{t('reports:hub.noHolder')}</option>
                {contents.subcommittees.map((sub) => (
                  <option key={sub.id} value={sub.id}>
                    {sub.name}
                  </option>
                ))}
              </select>
            </p>
          ) : (
            <p>{labelled(t('reports:hub.holder'), holder?.name ?? t('reports:hub.noHolder'))}</p>
          )}
          {coverage.state === 'ready' && coverage.data.boards.length === 0 && (
            <p className="aside">{t('reports:hub.noBoards')}</p>
          )}
          {HUB_FUNCTIONS.map((fn) => (
            <HubFunctionSection
              key={`${year}-${fn}`}
              doc={doc}
              year={year}
              hubFunction={fn}
              review={review.years.get(year)?.[fn]}
              coverage={
                coverage.state === 'ready'
                  ? coverage.data.functions.find((f) => f.hubFunction === fn)
                  : undefined
              }
              boards={coverage.state === 'ready' ? coverage.data.boards.map((b) => b.name) : []}
              cards={contents.cards.filter((card) => card.hubFunctions.includes(fn))}
              editable={editable}
            />
          ))}
        </>
      )}
    </div>
  );
}

type SectionProps = {
  doc: Y.Doc;
  year: number;
  hubFunction: HubFunction;
  review: HubFunctionReview | undefined;
  coverage: HubFunctionCoverage | undefined;
  boards: string[];
  cards: CardView[];
  editable: boolean;
};

function HubFunctionSection({
  doc,
  year,
  hubFunction,
  review,
  coverage,
  boards,
  cards,
  editable,
}: SectionProps) {
  const { t } = useTranslation(['translation', 'board', 'reports']);
  const { parenthesized } = usePunctuation();
  const name = t(`board:hubFunctions.${hubFunction}`);
  const headingId = `hub-${hubFunction}`;
  const rating = review?.rating ?? 'notRated';
  const write = (field: HubTextField | 'rating', value: string) =>
    setHubField(doc, { fiscalYear: year, hubFunction, field }, value, null);
  return (
    <section className="card hub-function" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {name}{' '}
        <span className={`hub-rating hub-rating-${rating}`}>{t(`reports:ratings.${rating}`)}</span>
      </h2>
      <div className="hub-function-grid">
        <div>
          <Providers coverage={coverage} boards={boards} />
          <h3>{t('reports:hub.cards')}</h3>
          {cards.length === 0 ? (
            <p className="aside">{t('reports:hub.noCards')}</p>
          ) : (
            <ul>
              {cards.map((card) => (
                <li key={card.id}>
                  <Link to={`/cards/${card.id}`}>
                    {card.code ? `${card.code}. ` : ''}
                    {card.title}
                  </Link>{' '}
                  <span className="aside">{parenthesized(t(`cards.statuses.${card.status}`))}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        {editable ? (
          <div className="hub-fields">
            {HUB_TEXT_FIELDS.map((field) => {
              const id = `hub-${hubFunction}-${field}`;
              const label = t(`reports:fields.${field}`);
              return (
                <div key={field} className="field">
                  <label htmlFor={id}>{label}</label>
                  <DocText
                    id={id}
                    multiline
                    label={t('reports:hub.fieldOf', { function: name, field: label })}
                    value={review?.[field]}
                    onCommit={(value) => write(field, value)}
                  />
                </div>
              );
            })}
            <div className="field">
              <label htmlFor={`hub-${hubFunction}-rating`}>{t('reports:fields.rating')}</label>
              <select
                id={`hub-${hubFunction}-rating`}
                value={rating}
                onChange={(e) => write('rating', e.target.value as HubRating)}
              >
                {HUB_RATINGS.map((r) => (
                  <option key={r} value={r}>
                    {t(`reports:ratings.${r}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : (
          <dl className="hub-fields">
            {HUB_TEXT_FIELDS.map((field) => (
              <div key={field}>
                <dt>{t(`reports:fields.${field}`)}</dt>
                <dd className="hub-text">{review?.[field] || t('reports:hub.empty')}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </section>
  );
}

function Providers({
  coverage,
  boards,
}: {
  coverage: HubFunctionCoverage | undefined;
  boards: string[];
}) {
  const { t } = useTranslation(['translation', 'board', 'reports']);
  const list = useFormatList();
  if (!coverage) return null;
  return (
    <>
      <h3>{t('reports:hub.providers', { count: coverage.providers.length })}</h3>
      {boards.length > 0 && (
        <p className="aside">{t('reports:hub.fromBoards', { boards: list(boards) })}</p>
      )}
      {coverage.providers.length === 0 ? (
        <p className="aside">{t('reports:hub.noProviders')}</p>
      ) : (
        <ul className="hub-providers">
          {coverage.providers.map((p) => (
            <li key={`${p.boardId}/${p.agencyId}`}>
              <Link to={`/boards/${p.boardId}`}>{p.name}</Link>{' '}
              <span className="aside">{t(`board:layers.${p.layer}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('reports:hub.gaps')}</h3>
      {coverage.gaps.length === 0 ? (
        <p className="aside">{t('reports:hub.noGaps')}</p>
      ) : (
        <p>
          {list(
            coverage.gaps.map((gap) =>
              t(gap.level === 'empty' ? 'reports:hub.gapEmpty' : 'reports:hub.gapThin', {
                need: t(`board:supportNeeds.${gap.need}`),
              }),
            ),
          )}
        </p>
      )}
    </>
  );
}
