import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { type SignInBody, signInBody } from '../../../shared/api';
import { api } from '../api/endpoints';
import { useApiData } from '../api/useApiData';
import { PasswordField, TextField } from '../forms/Field';
import { FormFrame } from '../forms/FormFrame';
import { useForm } from '../forms/useForm';
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
      const signedIn = await api.signIn(values);
      // Two-step sign-in has no browser pages yet (it is set up over the API only, issue 15).
      if ('secondFactorRequired' in signedIn) throw new Error('second factor required');
      setMe(signedIn);
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
      <FormFrame form={form} submitLabel={t('signIn.submit')} busyLabel={t('signIn.submitting')}>
        <TextField
          {...form.field('email')}
          type="email"
          label={t('signIn.email')}
          autoComplete="username"
          required
        />
        <PasswordField {...form.field('password')} label={t('signIn.password')} purpose="current" />
      </FormFrame>
      <p className="aside">{t('signIn.noAccount')}</p>
    </div>
  );
}
