// Typed calls for what the council reports; shapes come from shared/reports/reportApi.ts.
import type { HubCoverageView, ProposalView } from '../../../shared/reports/reportApi';
import { request } from '../api/http';

const seg = encodeURIComponent;
const proposalPath = (termId: string, subcommitteeId: string) =>
  `/terms/${seg(termId)}/subcommittees/${seg(subcommitteeId)}/proposal`;

export const reportApi = {
  hubCoverage: (termId: string) =>
    request<HubCoverageView>('GET', `/terms/${seg(termId)}/hub-coverage`),
  proposal: (termId: string, subcommitteeId: string) =>
    request<ProposalView>('GET', `${proposalPath(termId, subcommitteeId)}`),
  /** Where the browser downloads the DOCX from (a plain link: the session cookie goes along). */
  proposalDocxUrl: (termId: string, subcommitteeId: string, language: string) =>
    `/api${proposalPath(termId, subcommitteeId)}.docx?lang=${language === 'en' ? 'en' : 'ja'}`,
};
