import { useTranslation } from 'react-i18next';
import type { MinutesView } from '../../../../shared/meeting/minutesApi';
import { attendeeLines, heldAt, sectionHeading } from '../../../../shared/meeting/minutesText';
import { documentDate } from '../../../../shared/reports/documentDate';
import { usePunctuation } from '../../i18n/usePunctuation';

/** The minutes as a page to print, laid out as their DOCX is (server/meetings/minutesDocx.ts). */
export function MinutesDocument({ view }: { view: MinutesView }) {
  const { t, i18n } = useTranslation('minutes');
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const { labelled, label } = usePunctuation();
  const words = (
    key: 'heldAtTimes' | 'item' | 'other' | 'none',
    values?: Record<string, string | number>,
  ) => t(key, values);
  const { meeting } = view;
  const people = attendeeLines(view, words, lang);
  return (
    <article className="report-document" aria-labelledby="minutes-title">
      <h1 id="minutes-title" className="report-title">
        {t('documentTitle', { title: meeting.title })}
      </h1>
      <p className="report-subtitle">{view.council}</p>
      <p>{labelled(t('heldAt'), heldAt(lang, meeting.startsAt, meeting.durationMinutes, words))}</p>
      <p>{labelled(t('place'), meeting.place || t('none'))}</p>
      <p>
        {meeting.closedAt
          ? t('closedBy', {
              date: documentDate(lang, meeting.closedAt),
              name: meeting.closedBy ?? '',
            })
          : t('draftNotice')}
      </p>
      <section aria-labelledby="minutes-doc-attendees">
        <h2 id="minutes-doc-attendees">{t('attendees')}</h2>
        <p>{labelled(t('members'), people.members)}</p>
        <p>{labelled(t('guests'), people.guests)}</p>
      </section>
      <section aria-labelledby="minutes-doc-proceedings">
        <h2 id="minutes-doc-proceedings">{t('proceedings')}</h2>
        {view.sections.map((section, index) => (
          <section key={section.itemId}>
            <h3>{sectionHeading(section, index, words)}</h3>
            {(section.notes.trim() || t('noNotes')).split(/\r?\n/).map((line, i) => (
              // Lines of one text, in order; they never move.
              <p key={i} className="minutes-line">
                {line}
              </p>
            ))}
            {section.decisions.length > 0 && (
              <>
                <p className="report-label">{label(t('decisions'))}</p>
                <ul>
                  {section.decisions.map((d) => (
                    <li key={d.id}>{d.text}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
        ))}
      </section>
      <section aria-labelledby="minutes-doc-actions">
        <h2 id="minutes-doc-actions">{t('actions')}</h2>
        {view.actions.length === 0 ? (
          <p>{t('noActions')}</p>
        ) : (
          <table className="report-columns">
            <thead>
              <tr>
                <th scope="col">{t('actionText')}</th>
                <th scope="col">{t('owner')}</th>
                <th scope="col">{t('due')}</th>
                <th scope="col">{t('card')}</th>
              </tr>
            </thead>
            <tbody>
              {view.actions.map((a) => (
                <tr key={a.id}>
                  <td>{a.text}</td>
                  <td>{a.owner || t('noOwner')}</td>
                  <td>{a.due ? documentDate(lang, a.due) : t('noDue')}</td>
                  <td>{a.card ? a.card.label : t('noCard')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
