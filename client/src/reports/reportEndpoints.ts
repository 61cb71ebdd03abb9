// Typed calls for what the council reports; shapes come from shared/reports/reportApi.ts.
import { hubCoverageView, proposalView, yearlyReportView } from '../../../shared/reports/reportApi';
import { request } from '../api/http';

const seg = encodeURIComponent;
const docxLanguage = (language: string) => (language === 'en' ? 'en' : 'ja');
const proposalPath = (termId: string, subcommitteeId: string) =>
  `/terms/${seg(termId)}/subcommittees/${seg(subcommitteeId)}/proposal`;

export const reportApi = {
  hubCoverage: (termId: string) =>
    request('GET', `/terms/${seg(termId)}/hub-coverage`, undefined, hubCoverageView),
  proposal: (termId: string, subcommitteeId: string) =>
    request('GET', proposalPath(termId, subcommitteeId), undefined, proposalView),
  /** Where the browser downloads the DOCX from (a plain link: the session cookie goes along). */
  proposalDocxUrl: (termId: string, subcommitteeId: string, language: string) =>
    `/api${proposalPath(termId, subcommitteeId)}.docx?lang=${docxLanguage(language)}`,
  yearlyReport: (termId: string) =>
    request('GET', `/terms/${seg(termId)}/report`, undefined, yearlyReportView),
  yearlyReportDocxUrl: (termId: string, language: string) =>
    `/api/terms/${seg(termId)}/report.docx?lang=${docxLanguage(language)}`,
};
