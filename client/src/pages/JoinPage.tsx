import { type FormEvent, useState } from 'react';
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
import { useApiData } from '../api/useApiData';
import { TextField } from '../forms/Field';
import { Notice } from '../forms/Notice';
import { useFocusFirstError } from '../forms/useFocusFirstError';
import { type FieldErrors, fieldErrors, hasErrors } from '../forms/validation';
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
  const [invitation] = useApiData(() => api.invitation(token), token);

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

type Fields = keyof AcceptInvitationBody;

function NewAccountForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { setMe } = useSession();
  const [formRef, focusFirstError] = useFocusFirstError();
  const [values, setValues] = useState<AcceptInvitationBody>({
    displayName: '',
    email: invitation.email ?? '',
    password: '',
  });
  const [errors, setErrors] = useState<FieldErrors<Fields>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  const set = (field: Fields) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = fieldErrors<Fields>(acceptInvitationBody, values);
    setErrors(found);
    setFailure('');
    if (hasErrors(found)) return focusFirstError();
    setBusy(true);
    try {
      const me = await api.acceptInvitation(token, values);
      setMe(me);
      navigate(joinedCouncilPath([], me));
    } catch (error) {
      setFailure(errorMessage(error, i18n, { conflict: 'join.exists' }));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="join-new" className="card">
      <h2 id="join-new">{t('join.newAccount')}</h2>
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        <TextField
          id="displayName"
          label={t('join.displayName')}
          error={errors.displayName}
          value={values.displayName}
          onChange={set('displayName')}
          autoComplete="name"
          required
        />
        <TextField
          id="email"
          type="email"
          label={t('join.email')}
          hint={invitation.email ? t('join.emailFixed', { email: invitation.email }) : undefined}
          error={errors.email}
          value={values.email}
          onChange={set('email')}
          readOnly={invitation.email !== null}
          autoComplete="email"
          required
        />
        <TextField
          id="password"
          type="password"
          label={t('join.password')}
          hint={t('join.passwordHint')}
          error={errors.password}
          value={values.password}
          onChange={set('password')}
          autoComplete="new-password"
          required
        />
        <Notice tone="error">{failure}</Notice>
        <button type="submit" aria-disabled={busy}>
          {busy ? t('join.submitting') : t('join.submit')}
        </button>
      </form>
      <h3>{t('join.haveAccount')}</h3>
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(`/join/${token}`)}`}>
          {t('join.signInFirst')}
        </Link>
      </p>
    </section>
  );
}
