import { useTranslation } from 'react-i18next';
import type { InvitationView } from '../../../shared/api';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import type { ApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { formatDate } from '../i18n/formatDate';
import type { Outcome } from './MembersPage';

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

  return (
    <section aria-labelledby="pending-title" className="card">
      <h2 id="pending-title">{t('members.pending.title')}</h2>
      {invitations.state === 'loading' && <p>{t('app.loading')}</p>}
      {invitations.state === 'failed' && (
        <Notice tone="error">{errorMessage(invitations.error, i18n)}</Notice>
      )}
      {invitations.state === 'ready' && pending.length === 0 && (
        <p className="empty-state">{t('members.pending.empty')}</p>
      )}
      {pending.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.pending.expiresAt')}</th>
                <th scope="col">{t('members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {pending.map((invitation) => {
                const role = t(`roles.${invitation.role}`);
                const email = invitation.email ?? t('members.pending.anyone');
                return (
                  <tr key={invitation.id}>
                    <td>{role}</td>
                    <td>{email}</td>
                    <td>{formatDate(invitation.expiresAt, i18n.language)}</td>
                    <td>
                      <button
                        type="button"
                        className="button-danger"
                        aria-label={t('members.pending.revokeLabel', { role, email })}
                        onClick={() => revoke(invitation)}
                      >
                        {t('members.pending.revoke')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
