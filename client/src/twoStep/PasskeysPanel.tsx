import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { displayName } from '../../../shared/api';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { TextField } from '../forms/Field';
import { FormFrame } from '../forms/FormFrame';
import { type Outcome, OutcomeNotices } from '../forms/Notice';
import { useForm } from '../forms/useForm';
import { formatDate } from '../i18n/formatDate';
import { addPasskey, PasskeyCancelled, passkeysSupported } from './passkeyCeremony';
import { twoStepApi } from './twoStepEndpoints';

const schema = z.object({ name: displayName });

type Props = {
  /** A new passkey was the first second factor: its recovery codes, to show once. */
  onRecoveryCodes: (codes: string[]) => void;
  onChanged: () => void;
};

/** The person's passkeys and security keys: the list, adding one on this device, removing one. */
export function PasskeysPanel({ onRecoveryCodes, onChanged }: Props) {
  const { t, i18n } = useTranslation('twoStep');
  const [list, reload] = useApiData(queryKeys.passkeys, twoStepApi.passkeys);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const form = useForm({
    initial: { name: t('passkeys.defaultName') },
    schema,
    errorKeys: { passkey_refused: 'twoStep:passkeys.refused' },
    send: async ({ name }) => {
      try {
        const codes = await addPasskey(name.trim());
        if (codes) onRecoveryCodes(codes);
      } catch (error) {
        if (error instanceof PasskeyCancelled) return t('passkeys.cancelled');
        throw error;
      }
      reload();
      onChanged();
      return t('passkeys.addedDone', { name: name.trim() });
    },
  });
  const remove = async (id: string, name: string) => {
    if (!window.confirm(t('passkeys.removeConfirm', { name }))) return;
    try {
      await twoStepApi.removePasskey(id);
      setOutcome({ tone: 'success', text: t('passkeys.removed', { name }) });
      reload();
      onChanged();
    } catch (error) {
      setOutcome({ tone: 'error', text: errorMessage(error, i18n) });
    }
  };

  return (
    <section aria-labelledby="passkeys-title">
      <h3 id="passkeys-title">{t('passkeys.title')}</h3>
      <p className="aside">{t('passkeys.explain')}</p>
      {list.state === 'ready' && list.data.length === 0 && <p>{t('passkeys.none')}</p>}
      {list.state === 'ready' && list.data.length > 0 && (
        <ul aria-label={t('passkeys.listLabel')} className="passkey-list">
          {list.data.map((key) => (
            <li key={key.id}>
              <strong>{key.name}</strong>{' '}
              <span className="aside">
                {t('passkeys.added', { date: formatDate(key.createdAt, i18n.language) })}
                {key.lastUsedAt &&
                  t('passkeys.lastUsed', { date: formatDate(key.lastUsedAt, i18n.language) })}
              </span>{' '}
              <button
                type="button"
                className="button-secondary"
                aria-label={t('passkeys.removeLabel', { name: key.name })}
                onClick={() => remove(key.id, key.name)}
              >
                {t('passkeys.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <OutcomeNotices outcome={outcome} />
      {passkeysSupported() ? (
        <FormFrame form={form} submitLabel={t('passkeys.add')} busyLabel={t('passkeys.adding')}>
          <TextField
            {...form.field('name')}
            label={t('passkeys.name')}
            hint={t('passkeys.nameHint')}
          />
        </FormFrame>
      ) : (
        <p>{t('passkeys.unsupported')}</p>
      )}
    </section>
  );
}
