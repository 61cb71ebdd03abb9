import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { type SignInBody, signInBody } from '../../../shared/api';
import { api } from '../api/endpoints';
import { useApiData } from '../api/useApiData';
import { TextField } from '../forms/Field';
import { FormOutcome, useForm } from '../forms/useForm';
import { PageHeading } from '../layout/PageHeading';
import { useSession } from '../session/SessionContext';
import { safeNext } from './safeNext';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { session, setMe } = useSession();
  const [status] = useApiData(api.status, 'status');
  const form = useForm<SignInBody>({
    initial: { email: '', password: '' },
    schema: signInBody,
    send: async (values) => {
      setMe(await api.signIn(values));
      navigate(next);
      return undefined;
    },
    leavesOnSuccess: true,
  });

  if (status.state === 'ready' && status.data.setupRequired)
    return <Navigate to="/setup" replace />;
  if (session.state === 'signedIn' && !form.busy) return <Navigate to={next} replace />;

  return (
    <div className="page page-narrow">
      <PageHeading title={t('signIn.title')} />
      <p className="lead">{t('signIn.intro')}</p>
      <form ref={form.formRef} onSubmit={form.submit} noValidate className="form">
        <TextField
          {...form.field('email')}
          type="email"
          label={t('signIn.email')}
          autoComplete="username"
          required
        />
        <TextField
          {...form.field('password')}
          type="password"
          label={t('signIn.password')}
          autoComplete="current-password"
          required
        />
        <FormOutcome outcome={form.outcome} />
        <button type="submit" aria-disabled={form.busy}>
          {form.busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p className="aside">{t('signIn.noAccount')}</p>
    </div>
  );
}
