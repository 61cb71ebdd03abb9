import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { type SignInBody, signInBody } from '../../../shared/api';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import { useApiData } from '../api/useApiData';
import { TextField } from '../forms/Field';
import { Notice } from '../forms/Notice';
import { useFocusFirstError } from '../forms/useFocusFirstError';
import { type FieldErrors, fieldErrors, hasErrors } from '../forms/validation';
import { PageHeading } from '../layout/PageHeading';
import { useSession } from '../session/SessionContext';
import { safeNext } from './safeNext';

type Fields = keyof SignInBody;

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { session, setMe } = useSession();
  const [status] = useApiData(api.status, 'status');
  const [formRef, focusFirstError] = useFocusFirstError();
  const [values, setValues] = useState<SignInBody>({ email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<Fields>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  if (status.state === 'ready' && status.data.setupRequired)
    return <Navigate to="/setup" replace />;
  if (session.state === 'signedIn' && !busy) return <Navigate to={next} replace />;

  const set = (field: Fields) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = fieldErrors<Fields>(signInBody, values);
    setErrors(found);
    setFailure('');
    if (hasErrors(found)) return focusFirstError();
    setBusy(true);
    try {
      const me = await api.signIn(values);
      setMe(me);
      navigate(next);
    } catch (error) {
      setFailure(errorMessage(error, i18n));
      setBusy(false);
    }
  };

  return (
    <div className="page page-narrow">
      <PageHeading title={t('signIn.title')} />
      <p className="lead">{t('signIn.intro')}</p>
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        <TextField
          id="email"
          type="email"
          label={t('signIn.email')}
          error={errors.email}
          value={values.email}
          onChange={set('email')}
          autoComplete="username"
          required
        />
        <TextField
          id="password"
          type="password"
          label={t('signIn.password')}
          error={errors.password}
          value={values.password}
          onChange={set('password')}
          autoComplete="current-password"
          required
        />
        <Notice tone="error">{failure}</Notice>
        <button type="submit" aria-disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p className="aside">{t('signIn.noAccount')}</p>
    </div>
  );
}
