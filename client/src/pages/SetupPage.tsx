import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { type SetupBody, setupBody } from '../../../shared/api';
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

/** First run only: creates the council and its first secretariat account. */
export function SetupPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { setMe } = useSession();
  const [status] = useApiData(queryKeys.status, api.status);
  const form = useForm<SetupBody>({
    initial: { councilName: '', displayName: '', email: '', password: '' },
    schema: setupBody,
    errorKeys: { conflict: 'errors.setup_done' },
    send: async (values) => {
      const me = await api.setup(values);
      setMe(me);
      navigate(me.councils[0] ? `/councils/${me.councils[0].id}` : '/');
      return undefined;
    },
    leavesOnSuccess: true,
  });

  if (status.state === 'ready' && !status.data.setupRequired) {
    return <Navigate to="/sign-in" replace />;
  }

  return (
    <div className="page page-narrow">
      <PageHeading title={t('setup.title')} />
      <p className="lead">{t('setup.intro')}</p>
      {status.state === 'failed' && (
        <Notice tone="error">{errorMessage(status.error, i18n)}</Notice>
      )}
      <FormFrame form={form} submitLabel={t('setup.submit')} busyLabel={t('setup.submitting')}>
        <TextField
          {...form.field('councilName')}
          label={t('setup.councilName')}
          hint={t('setup.councilNameHint')}
          autoComplete="organization"
          required
        />
        <TextField
          {...form.field('displayName')}
          label={t('setup.displayName')}
          autoComplete="name"
          required
        />
        <TextField
          {...form.field('email')}
          type="email"
          label={t('setup.email')}
          autoComplete="email"
          required
        />
        <PasswordField
          {...form.field('password')}
          label={t('setup.password')}
          hint={t('setup.passwordHint')}
          purpose="new"
        />
      </FormFrame>
    </div>
  );
}
