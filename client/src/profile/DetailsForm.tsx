import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { displayName as displayNameSchema, type MeView } from '../../../shared/api';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import { TextField } from '../forms/Field';
import { Notice } from '../forms/Notice';
import { useFocusFirstError } from '../forms/useFocusFirstError';
import { type FieldErrors, fieldErrors } from '../forms/validation';
import { useSession } from '../session/SessionContext';

const detailsSchema = z.object({ displayName: displayNameSchema });

export function DetailsForm({ me }: { me: MeView }) {
  const { t, i18n } = useTranslation();
  const { setMe } = useSession();
  const [formRef, focusFirstError] = useFocusFirstError();
  const [name, setName] = useState(me.user.displayName);
  const [errors, setErrors] = useState<FieldErrors<'displayName'>>({});
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    const found = fieldErrors<'displayName'>(detailsSchema, { displayName: name });
    setErrors(found);
    if (found.displayName) return focusFirstError();
    setBusy(true);
    try {
      setMe(await api.updateMe({ displayName: name.trim() }));
      setOutcome({ tone: 'success', text: t('profile.saved') });
    } catch (error) {
      setOutcome({ tone: 'error', text: errorMessage(error, i18n) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="details-title" className="card">
      <h2 id="details-title">{t('profile.details')}</h2>
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        <TextField
          id="displayName"
          label={t('profile.displayName')}
          error={errors.displayName}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
          required
        />
        <TextField id="email" label={t('profile.email')} value={me.user.email} readOnly />
        <Notice tone="success">{outcome?.tone === 'success' ? outcome.text : ''}</Notice>
        <Notice tone="error">{outcome?.tone === 'error' ? outcome.text : ''}</Notice>
        <button type="submit" aria-disabled={busy}>
          {busy ? t('profile.saving') : t('profile.save')}
        </button>
      </form>
    </section>
  );
}
