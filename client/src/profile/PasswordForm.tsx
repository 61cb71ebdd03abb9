import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordBody } from '../../../shared/api';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import { TextField } from '../forms/Field';
import { Notice } from '../forms/Notice';
import { useFocusFirstError } from '../forms/useFocusFirstError';
import { type FieldErrors, fieldErrors, hasErrors } from '../forms/validation';

type Fields = 'currentPassword' | 'newPassword' | 'confirmPassword';
const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function PasswordForm() {
  const { t, i18n } = useTranslation();
  const [formRef, focusFirstError] = useFocusFirstError();
  const [values, setValues] = useState<Record<Fields, string>>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<Fields>>({});
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: Fields) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    const found: FieldErrors<Fields> = fieldErrors<Fields>(changePasswordBody, values);
    if (!found.confirmPassword && values.confirmPassword !== values.newPassword) {
      found.confirmPassword = { key: 'validation.passwordsDiffer' };
    }
    setErrors(found);
    if (hasErrors(found)) return focusFirstError();
    setBusy(true);
    try {
      await api.changePassword({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      setValues(EMPTY);
      setOutcome({ tone: 'success', text: t('profile.password.changed') });
    } catch (error) {
      setOutcome({
        tone: 'error',
        text: errorMessage(error, i18n, { invalid_credentials: 'profile.password.wrongCurrent' }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="password-title" className="card">
      <h2 id="password-title">{t('profile.password.title')}</h2>
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        <TextField
          id="currentPassword"
          type="password"
          label={t('profile.password.current')}
          error={errors.currentPassword}
          value={values.currentPassword}
          onChange={set('currentPassword')}
          autoComplete="current-password"
          required
        />
        <TextField
          id="newPassword"
          type="password"
          label={t('profile.password.new')}
          hint={t('profile.password.newHint')}
          error={errors.newPassword}
          value={values.newPassword}
          onChange={set('newPassword')}
          autoComplete="new-password"
          required
        />
        <TextField
          id="confirmPassword"
          type="password"
          label={t('profile.password.confirm')}
          error={errors.confirmPassword}
          value={values.confirmPassword}
          onChange={set('confirmPassword')}
          autoComplete="new-password"
          required
        />
        <Notice tone="success">{outcome?.tone === 'success' ? outcome.text : ''}</Notice>
        <Notice tone="error">{outcome?.tone === 'error' ? outcome.text : ''}</Notice>
        <button type="submit" aria-disabled={busy}>
          {busy ? t('profile.password.submitting') : t('profile.password.submit')}
        </button>
      </form>
    </section>
  );
}
