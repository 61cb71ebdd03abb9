import { useTranslation } from 'react-i18next';
import type { MinutesView } from '../../../../shared/meeting/minutesApi';
import { attendeeLines, heldAt, sectionHeading } from '../../../../shared/meeting/minutesText';
import { documentDate } from '../../../../shared/reports/documentDate';

/** The minutes as a page to print, laid out as their DOCX is (server/meetings/minutesDocx.ts). */
export function MinutesDocument({ view }: { view: MinutesView }) {
  const { t, i18n } = useTranslation('minutes');
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const m = (key: string, values?: Record<string, unknown>) => t(key, values) as string;
  const { meeting } = view;
  const people = attendeeLines(view, m, lang);
  return (
    <article className="report-document" aria-labelledby="minutes-title">
      <h1 id="minutes-title" className="report-title">
        {m('documentTitle', { title: meeting.title })}
      </h1>
      <p className="report-subtitle">{view.council}</p>
      <p>
        {m('heldAt')}：{heldAt(lang, meeting.startsAt, meeting.durationMinutes)}
      </p>
      <p>
        {m('place')}：{meeting.place || m('none')}
      </p>
      <p>
        {meeting.closedAt
          ? m('closedBy', {
              date: documentDate(lang, meeting.closedAt),
              name: meeting.closedBy ?? '',
            })
          : m('draftNotice')}
      </p>
      <section aria-labelledby="minutes-doc-attendees">
        <h2 id="minutes-doc-attendees">{m('attendees')}</h2>
        <p>
          {m('members')}：{people.members}
        </p>
        <p>
          {m('guests')}：{people.guests}
        </p>
      </section>
      <section aria-labelledby="minutes-doc-proceedings">
        <h2 id="minutes-doc-proceedings">{m('proceedings')}</h2>
        {view.sections.map((section, index) => (
          <section key={section.itemId}>
            <h3>{sectionHeading(section, index, m)}</h3>
            {(section.notes.trim() || m('noNotes')).split(/\r?\n/).map((line, i) => (
              // Lines of one text, in order; they never move.
              <p key={i} className="minutes-line">
                {line}
              </p>
            ))}
            {section.decisions.length > 0 && (
              <>
                <p className="report-label">{m('decisions')}：</p>
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
        <h2 id="minutes-doc-actions">{m('actions')}</h2>
        {view.actions.length === 0 ? (
          <p>{m('noActions')}</p>
        ) : (
          <table className="report-columns">
            <thead>
              <tr>
                <th scope="col">{m('actionText')}</th>
                <th scope="col">{m('owner')}</th>
                <th scope="col">{m('due')}</th>
                <th scope="col">{m('card')}</th>
              </tr>
            </thead>
            <tbody>
              {view.actions.map((a) => (
                <tr key={a.id}>
                  <td>{a.text}</td>
                  <td>{a.owner || m('noOwner')}</td>
                  <td>{a.due ? documentDate(lang, a.due) : m('noDue')}</td>
                  <td>{a.card ? a.card.label : m('noCard')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
