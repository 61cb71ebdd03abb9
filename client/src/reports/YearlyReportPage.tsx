import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { PrintPage } from './PrintPage';
import { reportApi } from './reportEndpoints';
import { YearlyReportDocument } from './YearlyReportDocument';

/** `/terms/:termId/report`: the term's 年次報告 to print or save as PDF, and its DOCX. */
export function YearlyReportPage() {
  const { t, i18n } = useTranslation(['translation', 'reports']);
  const { termId = '' } = useParams();
  const [view] = useApiData(queryKeys.yearlyReport(termId), () => reportApi.yearlyReport(termId));
  const term = view.state === 'ready' ? view.data.term : null;
  return (
    <PrintPage
      view={view}
      title={t('reports:yearly.documentTitle', { term: term?.name ?? '' })}
      print={t('reports:proposal.print')}
      download={t('reports:proposal.download')}
      docxUrl={reportApi.yearlyReportDocxUrl(termId, i18n.language)}
      back={{
        to: term ? `/councils/${term.councilId}/cards?term=${term.id}` : '/',
        label: t('cards.backToCards'),
      }}
    >
      {(data) => <YearlyReportDocument view={data} />}
    </PrintPage>
  );
}
