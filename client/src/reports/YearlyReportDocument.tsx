import { useTranslation } from 'react-i18next';
import { documentDate } from '../../../shared/reports/documentDate';
import {
  cardLine,
  carriedHeading,
  closedLine,
  countHeaders,
  countRows,
  gapped,
  mergedLine,
  type ReportTranslate,
} from '../../../shared/reports/documentText';
import { HUB_TEXT_FIELDS } from '../../../shared/reports/hubReview';
import type {
  ReportCard,
  TermCloseView,
  YearlyReportView,
} from '../../../shared/reports/reportApi';
import { useFormatList } from '../i18n/useFormatList';
import { usePunctuation } from '../i18n/usePunctuation';

/** The 年次報告 as a page to print, laid out as its DOCX is (server/reports/yearlyReportDocx.ts). */
export function YearlyReportDocument({ view }: { view: YearlyReportView }) {
  const { t, i18n } = useTranslation(['translation', 'reports', 'board']);
  const { t: y } = useTranslation('reports', { keyPrefix: 'yearly' });
  const { t: p } = useTranslation('reports', { keyPrefix: 'proposal' });
  const { labelled, label } = usePunctuation();
  const list = useFormatList();
  const words: ReportTranslate = (key, values) => t(key, values);
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const { term } = view;
  const [headers, rows] = [countHeaders(words), countRows(view, words)];
  return (
    <article className="report-document" aria-labelledby="report-title">
      <p className="report-date">{documentDate(lang, view.madeAt)}</p>
      <h1 id="report-title" className="report-title">
        {y('documentTitle', { term: term.name })}
      </h1>
      <p className="report-subtitle">{view.council}</p>
      <p className="report-subtitle">
        {y('period', {
          from: documentDate(lang, term.startsOn),
          to: documentDate(lang, term.endsOn),
        })}
      </p>
      <section aria-labelledby="report-counts">
        <h2 id="report-counts">{y('countsHeading')}</h2>
        <table className="report-columns report-counts">
          <caption className="visually-hidden">{y('countsCaption')}</caption>
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, ...counts], index) => (
              <tr key={view.subcommittees[index - 1]?.id ?? 'whole'}>
                <th scope="row">{name}</th>
                {counts.map((count, column) => (
                  <td key={headers[column + 1]}>{count}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="report-subcommittees">
        <h2 id="report-subcommittees">{y('subcommitteesHeading')}</h2>
        {view.subcommittees.length === 0 && <p>{y('noSubcommittees')}</p>}
        {view.subcommittees.map((sub) => (
          <section key={sub.id} className="report-item" aria-label={sub.name}>
            <h3>{sub.name}</h3>
            <p>{labelled(t('cards.purpose'), sub.purpose || p('noPurpose'))}</p>
            <p>{labelled(p('chair'), sub.chair ?? p('noMembers'))}</p>
            <p>
              {labelled(p('members'), sub.members.length > 0 ? list(sub.members) : p('noMembers'))}
            </p>
            <p>{y('meetingsCount', { count: sub.meetings.length })}</p>
            {sub.meetings.length > 0 && (
              <ul>
                {sub.meetings.map((m) => (
                  <li key={m.id}>
                    {p('meetingLine', {
                      date: documentDate(lang, m.startsAt),
                      title: m.title,
                      kind: t(`meetings.kinds.${m.kind}`),
                    })}
                  </li>
                ))}
              </ul>
            )}
            <h4>{y('cardsHeading', { count: sub.cards.length })}</h4>
            <CardList cards={sub.cards} empty={y('noCards')} t={words} />
          </section>
        ))}
        {view.unassigned.length > 0 && (
          <section aria-labelledby="report-unassigned">
            <h3 id="report-unassigned">{y('unassignedHeading')}</h3>
            <CardList cards={view.unassigned} empty={y('noCards')} t={words} />
          </section>
        )}
      </section>
      <section aria-labelledby="report-carry">
        <h2 id="report-carry">{y('carryHeading')}</h2>
        {view.closes.length === 0 && <p>{y('noCloses')}</p>}
        {view.closes.map((close) => (
          <Close key={close.from} close={close} t={words} />
        ))}
      </section>
      <section aria-labelledby="report-hub">
        <h2 id="report-hub">{t('reports:hub.title')}</h2>
        {view.hub.holder && <p>{y('hubHolder', { name: view.hub.holder })}</p>}
        <p>{y('hubProvidersNote')}</p>
        {view.hub.functions.map((fn) => (
          <section
            key={fn.hubFunction}
            className="report-item"
            aria-label={t(`board:hubFunctions.${fn.hubFunction}`)}
          >
            <h3>{t(`board:hubFunctions.${fn.hubFunction}`)}</h3>
            <p>
              {labelled(
                t('reports:hub.providers', { count: fn.providers.length }),
                fn.providers.length > 0 ? list(fn.providers) : t('reports:hub.noProviders'),
              )}
            </p>
            {fn.years.map((year) => (
              <div key={year.fiscalYear}>
                <h4>
                  {gapped(
                    [
                      t('reports:hub.fiscalYear', { year: year.fiscalYear }),
                      labelled(t('reports:fields.rating'), t(`reports:ratings.${year.rating}`)),
                    ],
                    words,
                  )}
                </h4>
                {HUB_TEXT_FIELDS.map((field) => (
                  <p key={field} className="report-text">
                    {labelled(t(`reports:fields.${field}`), year[field] || t('reports:hub.empty'))}
                  </p>
                ))}
              </div>
            ))}
            <p className="report-label">{label(t('reports:hub.cards'))}</p>
            <CardList cards={fn.cards} empty={t('reports:hub.noCards')} t={words} />
          </section>
        ))}
      </section>
    </article>
  );
}

function CardList({
  cards,
  empty,
  t,
}: {
  cards: readonly ReportCard[];
  empty: string;
  t: ReportTranslate;
}) {
  if (cards.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {cards.map((card) => (
        <li key={card.id}>{cardLine(card, t)}</li>
      ))}
    </ul>
  );
}

function Close({ close, t }: { close: TermCloseView; t: ReportTranslate }) {
  const { t: y } = useTranslation('reports', { keyPrefix: 'yearly' });
  const list = (lines: { id: string; text: string }[]) =>
    lines.length > 0 ? (
      <ul>
        {lines.map((line) => (
          <li key={line.id}>{line.text}</li>
        ))}
      </ul>
    ) : (
      <p>{y('none')}</p>
    );
  return (
    <section className="report-item" aria-label={y('closeHeading', { from: close.from })}>
      <h3>{y('closeHeading', { from: close.from })}</h3>
      <h4>{carriedHeading(close, t)}</h4>
      {list(close.carried.map((card) => ({ id: card.id, text: cardLine(card, t) })))}
      <h4>{y('closed', { count: close.closed.length })}</h4>
      {list(close.closed.map((card) => ({ id: card.id, text: closedLine(card, t) })))}
      <h4>{y('merged', { count: close.merged.length })}</h4>
      {list(close.merged.map((card) => ({ id: card.id, text: mergedLine(card, t) })))}
    </section>
  );
}
