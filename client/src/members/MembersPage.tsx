import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { api } from '../api/endpoints';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { Notice, type Outcome, OutcomeNotices } from '../forms/Notice';
import { PageHeading } from '../layout/PageHeading';
import { councilOf, useMe } from '../session/SessionContext';
import { CouncilTwoStepForm } from '../twoStep/CouncilTwoStepForm';
import { InviteForm } from './InviteForm';
import { MemberTable } from './MemberTable';
import { PendingInvitations } from './PendingInvitations';

/** The secretariat's page: who is in the council, and who is invited. */
export function MembersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { councilId } = useParams();
  const council = councilOf(me, councilId);
  const id = council?.id ?? '';
  const [members, reloadMembers] = useApiData(queryKeys.members(id), () => api.members(id));
  const [invitations, reloadInvitations] = useApiData(queryKeys.invitations(id), () =>
    api.invitations(id),
  );
  const [outcome, setOutcome] = useState<Outcome>(null);

  if (!council) return <Navigate to="/" replace />;

  return (
    <div className="page">
      <PageHeading title={t('members.title')} />
      {!council.can.manageMembers ? (
        <Notice tone="error">{t('members.notAllowed')}</Notice>
      ) : (
        <>
          <OutcomeNotices outcome={outcome} />
          <MemberTable
            councilId={council.id}
            myUserId={me.user.id}
            members={members}
            onChanged={reloadMembers}
            report={setOutcome}
          />
          <InviteForm councilId={council.id} onCreated={reloadInvitations} />
          <CouncilTwoStepForm councilId={council.id} />
          <PendingInvitations
            councilId={council.id}
            invitations={invitations}
            onChanged={reloadInvitations}
            report={setOutcome}
          />
        </>
      )}
    </div>
  );
}
