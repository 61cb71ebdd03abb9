import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { type SetupBody, setupBody } from '../../../shared/api';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import { useApiData } from '../api/useApiData';
import { TextField } from '../forms/Field';
import { Notice } from '../forms/Notice';
import { useFocusFirstError } from '../forms/useFocusFirstError';
import { type FieldErrors, fieldErrors, hasErrors } from '../forms/validation';
import { PageHeading } from '../layout/PageHeading';
import { useSession } from '../session/SessionContext';

type Fields = keyof SetupBody;

/** First run only: creates the council and its first secretariat account. */
export function SetupPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { setMe } = useSession();
  const [status] = useApiData(api.status, 'status');
  const [formRef, focusFirstError] = useFocusFirstError();
  const [values, setValues] = useState<SetupBody>({
    councilName: '',
    displayName: '',
    email: '',
    password: '',
  });
  const [errors, setErrors] = useState<FieldErrors<Fields>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  if (status.state === 'ready' && !status.data.setupRequired) {
    return <Navigate to="/sign-in" replace />;
  }

  const set = (field: Fields) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = fieldErrors<Fields>(setupBody, values);
    setErrors(found);
    setFailure('');
    if (hasErrors(found)) return focusFirstError();
    setBusy(true);
    try {
      const me = await api.setup(values);
      setMe(me);
      navigate(me.councils[0] ? `/councils/${me.councils[0].id}` : '/');
    } catch (error) {
      setFailure(errorMessage(error, i18n, { conflict: 'errors.setup_done' }));
      setBusy(false);
    }
  };

  return (
    <div className="page page-narrow">
      <PageHeading title={t('setup.title')} />
      <p className="lead">{t('setup.intro')}</p>
      {status.state === 'failed' && (
        <Notice tone="error">{errorMessage(status.error, i18n)}</Notice>
      )}
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        <TextField
          id="councilName"
          label={t('setup.councilName')}
          hint={t('setup.councilNameHint')}
          error={errors.councilName}
          value={values.councilName}
          onChange={set('councilName')}
          autoComplete="organization"
          required
        />
        <TextField
          id="displayName"
          label={t('setup.displayName')}
          error={errors.displayName}
          value={values.displayName}
          onChange={set('displayName')}
          autoComplete="name"
          required
        />
        <TextField
          id="email"
          type="email"
          label={t('setup.email')}
          error={errors.email}
          value={values.email}
          onChange={set('email')}
          autoComplete="email"
          required
        />
        <TextField
          id="password"
          type="password"
          label={t('setup.password')}
          hint={t('setup.passwordHint')}
          error={errors.password}
          value={values.password}
          onChange={set('password')}
          autoComplete="new-password"
          required
        />
        <Notice tone="error">{failure}</Notice>
        <button type="submit" aria-disabled={busy}>
          {busy ? t('setup.submitting') : t('setup.submit')}
        </button>
      </form>
    </div>
  );
}
