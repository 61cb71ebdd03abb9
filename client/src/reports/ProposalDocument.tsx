import { useTranslation } from 'react-i18next';
import { GOAL_HORIZONS } from '../../../shared/cards/cardPlan';
import { CARD_COLUMNS } from '../../../shared/domain';
import { documentDate } from '../../../shared/reports/documentDate';
import { gapped, itemHeading, type ReportTranslate } from '../../../shared/reports/documentText';
import type { ProposalItem, ProposalView } from '../../../shared/reports/reportApi';
import { useFormatList } from '../i18n/useFormatList';
import { usePunctuation } from '../i18n/usePunctuation';

type Lang = 'ja' | 'en';

/** The 提言書 as a page to print, laid out as its DOCX is (server/reports/proposalDocx.ts). */
export function ProposalDocument({ view }: { view: ProposalView }) {
  const { t, i18n } = useTranslation(['translation', 'reports']);
  const { t: p } = useTranslation('reports', { keyPrefix: 'proposal' });
  const words: ReportTranslate = (key, values) => t(key, values);
  const { labelled } = usePunctuation();
  const list = useFormatList();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ja';
  const { subcommittee, term } = view;
  return (
    <article className="report-document" aria-labelledby="report-title">
      <p className="report-date">{documentDate(lang, view.madeAt)}</p>
      <h1 id="report-title" className="report-title">
        {p('documentTitle', { subcommittee: subcommittee.name })}
      </h1>
      <p className="report-subtitle">{p('subtitle', { term: term.name, council: view.council })}</p>
      <section aria-labelledby="report-intro">
        <h2 id="report-intro">{p('introHeading')}</h2>
        <p>{p('intro', { subcommittee: subcommittee.name, term: term.name })}</p>
        <p className="report-remit">{subcommittee.purpose || p('noPurpose')}</p>
        <p>{p('introClose')}</p>
      </section>
      <section aria-labelledby="report-work">
        <h2 id="report-work">{p('workHeading')}</h2>
        <h3>{p('meetingsHeading')}</h3>
        {view.meetings.length === 0 ? (
          <p>{p('noMeetings')}</p>
        ) : (
          <ul>
            {view.meetings.map((m) => (
              <li key={m.id}>
                {gapped(
                  [
                    p('meetingLine', {
                      date: documentDate(lang, m.startsAt),
                      title: m.title,
                      kind: t(`meetings.kinds.${m.kind}`),
                    }),
                    m.place ? p('meetingPlace', { place: m.place }) : '',
                  ],
                  words,
                )}
              </li>
            ))}
          </ul>
        )}
        <h3>{p('membersHeading')}</h3>
        <p>{labelled(p('chair'), subcommittee.chair ?? p('noMembers'))}</p>
        <p>
          {labelled(
            p('members'),
            subcommittee.members.length > 0 ? list(subcommittee.members) : p('noMembers'),
          )}
        </p>
      </section>
      <section aria-labelledby="report-items">
        <h2 id="report-items">{p('itemsHeading')}</h2>
        {view.items.length === 0 && <p>{p('noItems')}</p>}
        {view.items.map((item) => (
          <Item key={item.cardId} item={item} lang={lang} />
        ))}
      </section>
    </article>
  );
}

function Item({ item, lang }: { item: ProposalItem; lang: Lang }) {
  const { t } = useTranslation(['translation', 'reports']);
  const { t: p } = useTranslation('reports', { keyPrefix: 'proposal' });
  const { labelled, label } = usePunctuation();
  const words: ReportTranslate = (key, values) => t(key, values);
  const heading = itemHeading(item, (key, values) => p(key, values));
  const Heading = item.parentNumber === null ? 'h3' : 'h4';
  const goals = GOAL_HORIZONS.flatMap((horizon) =>
    item.goals[horizon].map((goal, index) => ({ horizon, goal, key: `${horizon}-${index}` })),
  );
  return (
    <section className="report-item" aria-label={heading}>
      <Heading>{heading}</Heading>
      <p>{labelled(p('issue'), item.summary || p('noSummary'))}</p>
      <p className="report-status">{p('status', { status: t(`cards.statuses.${item.status}`) })}</p>
      <table className="report-columns">
        <caption className="visually-hidden">{p('tableCaption', { title: item.title })}</caption>
        <thead>
          <tr>
            {CARD_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`cards.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {CARD_COLUMNS.map((column) => (
              <td key={column}>
                {item.columns[column].map((entry, index) => (
                  <p key={index}>{p('entry', { text: entry })}</p>
                ))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <p className="report-label">{label(p('recommendation'))}</p>
      {item.columns.proposalToPolicy.length > 0 ? (
        <ul>
          {item.columns.proposalToPolicy.map((entry, index) => (
            <li key={index}>{entry}</li>
          ))}
        </ul>
      ) : (
        <p>{p('noRecommendation')}</p>
      )}
      <p className="report-label">{label(p('goals'))}</p>
      {goals.length > 0 ? (
        <ul>
          {goals.map(({ horizon, goal, key }) => (
            <li key={key}>
              {gapped(
                [
                  p('goalLine', { horizon: t(`cards.plan.horizons.${horizon}`), text: goal.text }),
                  goal.targetDate
                    ? p('targetDate', { date: documentDate(lang, goal.targetDate) })
                    : '',
                  p('progress', { progress: goal.progress }),
                ],
                words,
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{p('noGoals')}</p>
      )}
    </section>
  );
}
