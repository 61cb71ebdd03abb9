import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/errorMessage';
import { useApiData } from '../../api/useApiData';
import { Notice } from '../../forms/Notice';
import { MinutesDocument } from './MinutesDocument';
import { minutesApi } from './minutesEndpoints';
import '../../reports/reports-print.css';

/**
 * `/meetings/:id/minutes/print`: the minutes as a page to print or save as PDF (A4, page numbers,
 * Mincho face, the 提言書's print styles), and their DOCX to download.
 */
export function MinutesPrintPage() {
  const { t, i18n } = useTranslation('minutes');
  const { meetingId = '' } = useParams();
  const [view] = useApiData(() => minutesApi.get(meetingId), meetingId);
  const title = view.state === 'ready' ? view.data.meeting.title : '';
  useEffect(() => {
    document.title = `${t('documentTitle', { title })} — ${t('translation:app.titleSuffix')}`;
  }, [title, t]);
  if (view.state === 'loading') return <p className="page">{t('translation:app.loading')}</p>;
  if (view.state === 'failed') {
    return (
      <div className="page">
        <Notice tone="error">{errorMessage(view.error, i18n)}</Notice>
      </div>
    );
  }
  return (
    <div className="page report-page">
      <p className="no-print report-toolbar">
        <button type="button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <a href={minutesApi.docxUrl(meetingId, i18n.language)} download>
          {t('download')}
        </a>
        <Link to={`/meetings/${meetingId}/minutes`}>{t('title')}</Link>
      </p>
      <MinutesDocument view={view.data} />
    </div>
  );
}
