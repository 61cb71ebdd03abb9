import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { type MeView, type SignInBody, signInBody } from '../../../shared/api';
import { api } from '../api/endpoints';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { PasswordField, TextField } from '../forms/Field';
import { FormFrame } from '../forms/FormFrame';
import { useForm } from '../forms/useForm';
import { PageHeading } from '../layout/PageHeading';
import { useSession } from '../session/SessionContext';
import { PasskeySignInButton } from '../twoStep/PasskeySignInButton';
import { SecondStepForm } from '../twoStep/SecondStepForm';
import { safeNext } from './safeNext';

// Signing in: the password, then, for someone with two-step sign-in, a code (SecondStepForm).
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { session, setMe } = useSession();
  const [status] = useApiData(queryKeys.status, api.status);
  const [step, setStep] = useState<'password' | 'secondFactor'>('password');
  // Set once signing in succeeded, so the page does not navigate a second time.
  const [leaving, setLeaving] = useState(false);
  const signedIn = (me: MeView) => {
    setLeaving(true);
    setMe(me);
    navigate(next);
  };

  if (status.state === 'ready' && status.data.setupRequired)
    return <Navigate to="/setup" replace />;
  if (session.state === 'signedIn' && !leaving) return <Navigate to={next} replace />;

  return (
    <div className="page page-narrow">
      <PageHeading title={t('signIn.title')} />
      {step === 'password' ? (
        <PasswordStep onSignedIn={signedIn} onSecondStep={() => setStep('secondFactor')} />
      ) : (
        <SecondStepForm onSignedIn={signedIn} onStartOver={() => setStep('password')} />
      )}
    </div>
  );
}

function PasswordStep({
  onSignedIn,
  onSecondStep,
}: {
  onSignedIn: (me: MeView) => void;
  onSecondStep: () => void;
}) {
  const { t } = useTranslation(['translation', 'twoStep']);
  const form = useForm<SignInBody>({
    initial: { email: '', password: '' },
    schema: signInBody,
    send: async (values) => {
      const answer = await api.signIn(values);
      if ('secondFactorRequired' in answer) onSecondStep();
      else onSignedIn(answer);
      return undefined;
    },
    leavesOnSuccess: true,
  });
  return (
    <>
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
      <PasskeySignInButton label={t('twoStep:passkeySignIn.withPasskey')} onSignedIn={onSignedIn} />
      <p className="aside">{t('signIn.noAccount')}</p>
    </>
  );
}
