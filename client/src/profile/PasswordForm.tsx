import { useTranslation } from 'react-i18next';
import { changePasswordBody } from '../../../shared/api';
import { api } from '../api/endpoints';
import { PasswordField } from '../forms/Field';
import { FormFrame } from '../forms/FormFrame';
import { useForm } from '../forms/useForm';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function PasswordForm() {
  const { t } = useTranslation();
  const form = useForm({
    initial: EMPTY,
    schema: changePasswordBody,
    check: (values) =>
      values.confirmPassword !== values.newPassword
        ? { confirmPassword: { code: 'passwordsDiffer' } }
        : {},
    errorKeys: { invalid_credentials: 'profile.password.wrongCurrent' },
    resetOnSuccess: true,
    send: async ({ currentPassword, newPassword }) => {
      await api.changePassword({ currentPassword, newPassword });
      return t('profile.password.changed');
    },
  });

  return (
    <section aria-labelledby="password-title" className="card">
      <h2 id="password-title">{t('profile.password.title')}</h2>
      <FormFrame
        form={form}
        submitLabel={t('profile.password.submit')}
        busyLabel={t('profile.password.submitting')}
      >
        <PasswordField
          {...form.field('currentPassword')}
          label={t('profile.password.current')}
          purpose="current"
        />
        <PasswordField
          {...form.field('newPassword')}
          label={t('profile.password.new')}
          hint={t('profile.password.newHint')}
          purpose="new"
        />
        <PasswordField
          {...form.field('confirmPassword')}
          label={t('profile.password.confirm')}
          purpose="new"
        />
      </FormFrame>
    </section>
  );
}
