import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CaseSummary } from '../../../shared/caseApi';
import { ApiError } from '../api/http';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { PageHeading } from '../layout/PageHeading';
import { useSession } from '../session/SessionContext';
import { AuditTab } from './AuditTab';
import { CaseDocumentTabs } from './CaseDocumentTabs';
import { caseApi } from './caseEndpoints';
import { caseErrorText } from './caseError';
import { MembersTab } from './MembersTab';
import { PledgeScreen } from './PledgeScreen';
import './cases.css';

/** One case space: the pledge first, then its document, members, audit log and exports. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation(['cases', 'twoStep']);
  const [summary, reload] = useApiData(queryKeys.case(caseId), () => caseApi.get(caseId));
  const code =
    summary.state === 'failed' && summary.error instanceof ApiError ? summary.error.code : null;

  if (code === 'idle_timeout') return <IdleSignedOut caseId={caseId} />;
  return (
    <div className="page case-page">
      <p className="breadcrumb">
        <Link to="/">{t('case.back')}</Link>
      </p>
      {summary.state === 'loading' && <p className="loading">{t('case.loading')}</p>}
      {code === 'pledge_required' && (
        <>
          <PageHeading title={t('pledge.title')} />
          <PledgeScreen caseId={caseId} onPledged={reload} />
        </>
      )}
      {code === 'consent_withdrawn' && <LockedCase caseId={caseId} />}
      {summary.state === 'failed' &&
        !['pledge_required', 'consent_withdrawn'].includes(code ?? '') && (
          <>
            <PageHeading title={t('section.title')} />
            <Notice tone="error">
              {code === 'not_found' ? t('case.notFound') : caseErrorText(summary.error, t)}
            </Notice>
            {code === 'second_factor_required' && (
              <p>
                <Link to="/profile">{t('twoStep:reminder.setUp')}</Link>
              </p>
            )}
          </>
        )}
      {summary.state === 'ready' && <OpenCase summary={summary.data} onChange={reload} />}
    </div>
  );
}

function OpenCase({ summary, onChange }: { summary: CaseSummary; onChange: () => void }) {
  const { t } = useTranslation('cases');
  const [failure, setFailure] = useState('');
  const close = async () => {
    if (!window.confirm(t('case.closeConfirm'))) return;
    try {
      await caseApi.close(summary.id);
      onChange();
    } catch (error) {
      setFailure(caseErrorText(error, t));
    }
  };
  return (
    <>
      <PageHeading title={summary.pseudonym} />
      <p className="lead">
        {t('case.info', {
          ageBand: summary.ageBand ? t(`ageBands.${summary.ageBand}`) : '—',
          lifeStage: summary.lifeStage ? t(`lifeStages.${summary.lifeStage}`) : '—',
          basis: t(`legalBases.${summary.legalBasis}`),
        })}
      </p>
      {summary.closed && <p className="notice notice-info">🗄 {t('case.closedNotice')}</p>}
      <Notice tone="error">{failure}</Notice>
      <CaseDocumentTabs summary={summary} onMembershipChange={onChange} />
      {!summary.closed && (
        <p className="case-close no-print">
          <button type="button" className="button-secondary" onClick={close}>
            {t('case.close')}
          </button>
        </p>
      )}
    </>
  );
}

/** After consent is withdrawn: no content, but consent can be recorded again here. */
function LockedCase({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  return (
    <>
      <PageHeading title={t('section.locked')} />
      <p className="notice notice-error" role="alert">
        🔒 {t('case.lockedNotice')}
      </p>
      <MembersTab caseId={caseId} legalBasis="consentMeeting" closed={false} />
      <AuditTab caseId={caseId} />
    </>
  );
}

function IdleSignedOut({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const { setMe } = useSession();
  const navigate = useNavigate();
  // The server has already ended the session; the app learns it here and goes to sign-in.
  const signIn = () => {
    setMe(null);
    navigate(`/sign-in?next=${encodeURIComponent(`/cases/${caseId}`)}`);
  };
  return (
    <div className="page page-narrow">
      <PageHeading title={t('errors.idle_timeout')} />
      <p className="notice notice-error" role="alert">
        {t('case.idleSignedOut')}
      </p>
      <button type="button" onClick={signIn}>
        {t('case.signIn')}
      </button>
    </div>
  );
}
