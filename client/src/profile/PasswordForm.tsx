import { useTranslation } from 'react-i18next';
import { changePasswordBody } from '../../../shared/api';
import { api } from '../api/endpoints';
import { TextField } from '../forms/Field';
import { FormOutcome, useForm } from '../forms/useForm';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function PasswordForm() {
  const { t } = useTranslation();
  const form = useForm({
    initial: EMPTY,
    schema: changePasswordBody,
    check: (values) =>
      values.confirmPassword !== values.newPassword
        ? { confirmPassword: { key: 'validation.passwordsDiffer' } }
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
      <form ref={form.formRef} onSubmit={form.submit} noValidate className="form">
        <TextField
          {...form.field('currentPassword')}
          type="password"
          label={t('profile.password.current')}
          autoComplete="current-password"
          required
        />
        <TextField
          {...form.field('newPassword')}
          type="password"
          label={t('profile.password.new')}
          hint={t('profile.password.newHint')}
          autoComplete="new-password"
          required
        />
        <TextField
          {...form.field('confirmPassword')}
          type="password"
          label={t('profile.password.confirm')}
          autoComplete="new-password"
          required
        />
        <FormOutcome outcome={form.outcome} />
        <button type="submit" aria-disabled={form.busy}>
          {form.busy ? t('profile.password.submitting') : t('profile.password.submit')}
        </button>
      </form>
    </section>
  );
}
