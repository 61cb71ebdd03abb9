import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queryKeys';
import { useApiData } from '../../api/useApiData';
import { PrintPage } from '../../reports/PrintPage';
import { MinutesDocument } from './MinutesDocument';
import { minutesApi } from './minutesEndpoints';

/**
 * `/meetings/:id/minutes/print`: the minutes as a page to print or save as PDF (A4, page numbers,
 * Mincho face, the 提言書's print styles), and their DOCX to download.
 */
export function MinutesPrintPage() {
  const { t, i18n } = useTranslation(['minutes', 'translation']);
  const { meetingId = '' } = useParams();
  const [view] = useApiData(queryKeys.minutes(meetingId), () => minutesApi.get(meetingId));
  const title = view.state === 'ready' ? view.data.meeting.title : '';
  return (
    <PrintPage
      view={view}
      title={t('documentTitle', { title })}
      print={t('print')}
      download={t('download')}
      docxUrl={minutesApi.docxUrl(meetingId, i18n.language)}
      back={{ to: `/meetings/${meetingId}/minutes`, label: t('title') }}
    >
      {(data) => <MinutesDocument view={data} />}
    </PrintPage>
  );
}
