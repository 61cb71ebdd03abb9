import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { PrintPage } from './PrintPage';
import { ProposalDocument } from './ProposalDocument';
import { reportApi } from './reportEndpoints';

/**
 * `/terms/:termId/subcommittees/:id/proposal`: the 部会's 提言書 as a page to print or save as
 * PDF (A4, page numbers), and its DOCX to download.
 */
export function ProposalPage() {
  const { t, i18n } = useTranslation(['translation', 'reports']);
  const { termId = '', subcommitteeId = '' } = useParams();
  const [view] = useApiData(queryKeys.proposal(termId, subcommitteeId), () =>
    reportApi.proposal(termId, subcommitteeId),
  );
  const name = view.state === 'ready' ? view.data.subcommittee.name : '';
  return (
    <PrintPage
      view={view}
      title={t('reports:proposal.documentTitle', { subcommittee: name })}
      print={t('reports:proposal.print')}
      download={t('reports:proposal.download')}
      docxUrl={reportApi.proposalDocxUrl(termId, subcommitteeId, i18n.language)}
      back={{
        to: `/terms/${termId}/subcommittees/${subcommitteeId}`,
        label: t('reports:proposal.back'),
      }}
    >
      {(data) => <ProposalDocument view={data} />}
    </PrintPage>
  );
}
