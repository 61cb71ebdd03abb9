import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { COUNCIL_TIME_ZONE } from '../../../shared/domain';
import { errorMessage } from '../api/errorMessage';
import { useApiData } from '../api/useApiData';
import { TextField } from '../forms/Field';
import { FormFrame } from '../forms/FormFrame';
import { type Outcome, OutcomeNotices } from '../forms/Notice';
import { useForm } from '../forms/useForm';
import { formatDate } from '../i18n/formatDate';
import { twoStepApi } from './twoStepEndpoints';

const schema = z.object({ date: z.iso.date() });

/** The secretariat's setting: from which day the council requires two-step sign-in. */
export function CouncilTwoStepForm({ councilId }: { councilId: string }) {
  const { t, i18n } = useTranslation('twoStep');
  const [setting, reload] = useApiData(
    () => twoStepApi.councilSetting(councilId),
    `council-security:${councilId}`,
  );
  const [cleared, setCleared] = useState<Outcome>(null);
  const form = useForm({
    initial: { date: '' },
    schema,
    send: async ({ date }) => {
      await twoStepApi.updateCouncilSetting(councilId, { secondFactorRequiredFrom: date });
      reload();
      return t('council.saved');
    },
  });
  const clear = async () => {
    try {
      await twoStepApi.updateCouncilSetting(councilId, { secondFactorRequiredFrom: null });
      setCleared({ tone: 'success', text: t('council.cleared') });
      reload();
    } catch (error) {
      setCleared({ tone: 'error', text: errorMessage(error, i18n) });
    }
  };
  const from = setting.state === 'ready' ? setting.data.secondFactorRequiredFrom : null;

  return (
    <section aria-labelledby="council-two-step-title" className="card">
      <h2 id="council-two-step-title">{t('council.title')}</h2>
      <p className="aside">{t('council.explain')}</p>
      {setting.state === 'failed' && (
        <OutcomeNotices outcome={{ tone: 'error', text: errorMessage(setting.error, i18n) }} />
      )}
      {setting.state === 'ready' && (
        <p data-testid="council-two-step-state">
          <strong>
            {from
              ? t('council.requiredFrom', {
                  date: formatDate(`${from}T00:00:00+09:00`, i18n.language, COUNCIL_TIME_ZONE),
                })
              : t('council.notRequired')}
          </strong>
        </p>
      )}
      <FormFrame form={form} submitLabel={t('council.save')} busyLabel={t('council.saving')}>
        <TextField
          {...form.field('date')}
          type="date"
          label={t('council.date')}
          hint={t('council.dateHint')}
          required
        />
      </FormFrame>
      {from && (
        <button type="button" className="button-secondary" onClick={clear}>
          {t('council.clear')}
        </button>
      )}
      <OutcomeNotices outcome={cleared} />
    </section>
  );
}
