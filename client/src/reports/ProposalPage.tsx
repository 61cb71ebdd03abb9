import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../api/errorMessage';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { ProposalDocument } from './ProposalDocument';
import { reportApi } from './reportEndpoints';
import './reports-print.css';

/**
 * `/terms/:termId/subcommittees/:id/proposal`: the 部会's 提言書 as a page to print or save as
 * PDF (A4, page numbers), and its DOCX to download.
 */
export function ProposalPage() {
  const { t, i18n } = useTranslation();
  const { termId = '', subcommitteeId = '' } = useParams();
  const [view] = useApiData(
    () => reportApi.proposal(termId, subcommitteeId),
    `${termId}/${subcommitteeId}`,
  );
  const name = view.state === 'ready' ? view.data.subcommittee.name : '';
  useEffect(() => {
    document.title = `${t('reports:proposal.documentTitle', { subcommittee: name })} — ${t('app.titleSuffix')}`;
  }, [name, t]);
  if (view.state === 'loading') return <p className="page">{t('app.loading')}</p>;
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
          {t('reports:proposal.print')}
        </button>
        <a href={reportApi.proposalDocxUrl(termId, subcommitteeId, i18n.language)} download>
          {t('reports:proposal.download')}
        </a>
        <Link to={`/terms/${termId}/subcommittees/${subcommitteeId}`}>
          {t('reports:proposal.back')}
        </Link>
      </p>
      <ProposalDocument view={view.data} />
    </div>
  );
}
