import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  type AcceptInvitationBody,
  acceptInvitationBody,
  type InvitationPreview,
  type MeView,
} from '../../../shared/api';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { PasswordField, TextField } from '../forms/Field';
import { FormFrame } from '../forms/FormFrame';
import { Notice } from '../forms/Notice';
import { useForm } from '../forms/useForm';
import { PageHeading } from '../layout/PageHeading';
import { useSession } from '../session/SessionContext';

/** The council just joined: the one the person did not belong to before. */
function joinedCouncilPath(before: string[], me: MeView): string {
  const joined = me.councils.find((c) => !before.includes(c.id)) ?? me.councils[0];
  return joined ? `/councils/${joined.id}` : '/';
}

export function JoinPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const { session } = useSession();
  const [invitation] = useApiData(queryKeys.invitation(token), () => api.invitation(token));

  return (
    <div className="page page-narrow">
      <PageHeading title={t('join.title')} />
      {invitation.state === 'loading' && <p>{t('join.loadingInvitation')}</p>}
      {invitation.state === 'failed' && (
        <section aria-labelledby="join-invalid">
          <h2 id="join-invalid">{t('join.invalid')}</h2>
          <Notice tone="error">
            {errorMessage(invitation.error, i18n, { not_found: 'errors.invitation_unusable' })}
          </Notice>
        </section>
      )}
      {invitation.state === 'ready' && (
        <>
          <div className="invitation-summary">
            <p className="lead">{t('join.invitedTo', { council: invitation.data.councilName })}</p>
            <dl className="facts">
              <dt>{t('join.role')}</dt>
              <dd>{t(`roles.${invitation.data.role}`)}</dd>
            </dl>
          </div>
          {session.state === 'signedIn' ? (
            <JoinWithAccount token={token} me={session.me} />
          ) : (
            <NewAccountForm token={token} invitation={invitation.data} />
          )}
        </>
      )}
    </div>
  );
}

function JoinWithAccount({ token, me }: { token: string; me: MeView }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { setMe } = useSession();
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  const join = async () => {
    if (busy) return;
    setBusy(true);
    setFailure('');
    try {
      const updated = await api.joinInvitation(token);
      setMe(updated);
      navigate(
        joinedCouncilPath(
          me.councils.map((c) => c.id),
          updated,
        ),
      );
    } catch (error) {
      setFailure(errorMessage(error, i18n, { conflict: 'join.alreadyMember' }));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="join-existing" className="card">
      <h2 id="join-existing">{t('join.joinWithAccount')}</h2>
      <p>{t('join.signedInAs', { name: me.user.displayName, email: me.user.email })}</p>
      <Notice tone="error">{failure}</Notice>
      <button type="button" onClick={join} aria-disabled={busy}>
        {busy ? t('join.joining') : t('join.joinWithAccount')}
      </button>
      <p className="aside">{t('join.otherAccount')}</p>
    </section>
  );
}

function NewAccountForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { setMe } = useSession();
  const form = useForm<AcceptInvitationBody>({
    initial: { displayName: '', email: invitation.email ?? '', password: '' },
    schema: acceptInvitationBody,
    errorKeys: { conflict: 'join.exists' },
    send: async (values) => {
      const me = await api.acceptInvitation(token, values);
      setMe(me);
      navigate(joinedCouncilPath([], me));
      return undefined;
    },
    leavesOnSuccess: true,
  });

  return (
    <section aria-labelledby="join-new" className="card">
      <h2 id="join-new">{t('join.newAccount')}</h2>
      <FormFrame form={form} submitLabel={t('join.submit')} busyLabel={t('join.submitting')}>
        <TextField
          {...form.field('displayName')}
          label={t('join.displayName')}
          autoComplete="name"
          required
        />
        <TextField
          {...form.field('email')}
          type="email"
          label={t('join.email')}
          hint={invitation.email ? t('join.emailFixed', { email: invitation.email }) : undefined}
          readOnly={invitation.email !== null}
          autoComplete="email"
          required
        />
        <PasswordField
          {...form.field('password')}
          label={t('join.password')}
          hint={t('join.passwordHint')}
          purpose="new"
        />
      </FormFrame>
      <h3>{t('join.haveAccount')}</h3>
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(`/join/${token}`)}`}>
          {t('join.signInFirst')}
        </Link>
      </p>
    </section>
  );
}
