import { useTranslation } from 'react-i18next';
import type { InvitationView } from '../../../shared/api';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import type { ApiData } from '../api/useApiData';
import { Notice, type Outcome } from '../forms/Notice';
import { formatDate } from '../i18n/formatDate';
import { type Column, SortableTable, textColumn } from '../tables/SortableTable';

type Props = {
  councilId: string;
  invitations: ApiData<InvitationView[]>;
  onChanged: () => void;
  report: (outcome: Outcome) => void;
};

export function isPending(invitation: InvitationView, now: number): boolean {
  return invitation.usedAt === null && new Date(invitation.expiresAt).getTime() > now;
}

export function PendingInvitations({ councilId, invitations, onChanged, report }: Props) {
  const { t, i18n } = useTranslation();
  const now = Date.now();
  const pending =
    invitations.state === 'ready' ? invitations.data.filter((i) => isPending(i, now)) : [];

  const revoke = async (invitation: InvitationView) => {
    try {
      await api.revokeInvitation(councilId, invitation.id);
      report({ tone: 'success', text: t('members.pending.revoked') });
      onChanged();
    } catch (error) {
      report({ tone: 'error', text: errorMessage(error, i18n) });
    }
  };

  const roleOf = (invitation: InvitationView) => t(`roles.${invitation.role}`);
  const emailOf = (invitation: InvitationView) => invitation.email ?? t('members.pending.anyone');
  const columns: Column<InvitationView>[] = [
    textColumn('role', t('members.role'), roleOf),
    textColumn('email', t('members.email'), emailOf),
    {
      key: 'expiresAt',
      label: t('members.pending.expiresAt'),
      sortValue: (invitation) => invitation.expiresAt,
      cell: (invitation) => formatDate(invitation.expiresAt, i18n.language),
    },
  ];

  return (
    <section aria-labelledby="pending-title" className="card">
      <h2 id="pending-title">{t('members.pending.title')}</h2>
      {invitations.state === 'loading' && <p>{t('app.loading')}</p>}
      {invitations.state === 'failed' && (
        <Notice tone="error">{errorMessage(invitations.error, i18n)}</Notice>
      )}
      {invitations.state === 'ready' && (
        <SortableTable
          labelledBy="pending-title"
          columns={columns}
          rows={pending}
          rowKey={(invitation) => invitation.id}
          empty={t('members.pending.empty')}
          initialSort={{ key: 'expiresAt', ascending: true }}
          actions={(invitation) => (
            <button
              type="button"
              className="button-danger"
              aria-label={t('members.pending.revokeLabel', {
                role: roleOf(invitation),
                email: emailOf(invitation),
              })}
              onClick={() => revoke(invitation)}
            >
              {t('members.pending.revoke')}
            </button>
          )}
        />
      )}
    </section>
  );
}
