// Typed calls for what the council reports; shapes come from shared/reports/reportApi.ts.
import type { HubCoverageView } from '../../../shared/reports/reportApi';
import { request } from '../api/http';

const seg = encodeURIComponent;

export const reportApi = {
  hubCoverage: (termId: string) =>
    request<HubCoverageView>('GET', `/terms/${seg(termId)}/hub-coverage`),
};
