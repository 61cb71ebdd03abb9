import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { displayName as displayNameSchema, type MeView } from '../../../shared/api';
import { api } from '../api/endpoints';
import { TextField } from '../forms/Field';
import { FormFrame } from '../forms/FormFrame';
import { useForm } from '../forms/useForm';
import { useSession } from '../session/SessionContext';

const detailsSchema = z.object({ displayName: displayNameSchema });

export function DetailsForm({ me }: { me: MeView }) {
  const { t } = useTranslation();
  const { updateMe } = useSession();
  const form = useForm({
    initial: { displayName: me.user.displayName },
    schema: detailsSchema,
    send: async ({ displayName }) => {
      updateMe(await api.updateMe({ displayName: displayName.trim() }));
      return t('profile.saved');
    },
  });

  return (
    <section aria-labelledby="details-title" className="card">
      <h2 id="details-title">{t('profile.details')}</h2>
      <FormFrame form={form} submitLabel={t('profile.save')} busyLabel={t('profile.saving')}>
        <TextField
          {...form.field('displayName')}
          label={t('profile.displayName')}
          autoComplete="name"
          required
        />
        <TextField id="email" label={t('profile.email')} value={me.user.email} readOnly />
      </FormFrame>
    </section>
  );
}
