import { useTranslation } from 'react-i18next';
import {
  type CouncilSecurityBody,
  type CouncilSecurityView,
  councilSecurityBody,
} from '../../../shared/api';
import { latestSecondFactorDay } from '../../../shared/councilDay';
import { SECOND_FACTOR_DEFAULT_DAY, SECOND_FACTOR_SCOPES } from '../../../shared/domain';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { TextField } from '../forms/Field';
import { FormFrame } from '../forms/FormFrame';
import { OutcomeNotices } from '../forms/Notice';
import { useForm } from '../forms/useForm';
import { formatDay } from '../i18n/formatDate';
import { twoStepApi } from './twoStepEndpoints';

/**
 * The secretariat's setting: who the council asks to use two-step sign-in (case members always)
 * and from which day. The day may be brought forward or put off up to the latest the rule allows.
 */
export function CouncilTwoStepForm({ councilId }: { councilId: string }) {
  const { t, i18n } = useTranslation('twoStep');
  const [setting, reload] = useApiData(queryKeys.security(councilId), () =>
    twoStepApi.councilSetting(councilId),
  );

  return (
    <section aria-labelledby="council-two-step-title" className="card">
      <h2 id="council-two-step-title">{t('council.title')}</h2>
      <p className="aside">{t('council.explain')}</p>
      {setting.state === 'failed' && (
        <OutcomeNotices outcome={{ tone: 'error', text: errorMessage(setting.error, i18n) }} />
      )}
      {setting.state === 'ready' && (
        <>
          <p data-testid="council-two-step-state">
            <strong>
              {t('council.requiredFrom', {
                date: formatDay(setting.data.secondFactorRequiredFrom, i18n.language),
                who: t(`council.scopes.${setting.data.secondFactorFor}`),
              })}
            </strong>
          </p>
          <SettingForm councilId={councilId} setting={setting.data} onSaved={reload} />
        </>
      )}
    </section>
  );
}

function SettingForm({
  councilId,
  setting,
  onSaved,
}: {
  councilId: string;
  setting: CouncilSecurityView;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('twoStep');
  const form = useForm({
    initial: setting as Record<keyof CouncilSecurityView, string>,
    schema: councilSecurityBody,
    send: async (values) => {
      await twoStepApi.updateCouncilSetting(councilId, values as CouncilSecurityBody);
      onSaved();
      return t('council.saved');
    },
  });
  const scope = form.field('secondFactorFor');
  const latest = latestSecondFactorDay(new Date());
  return (
    <FormFrame form={form} submitLabel={t('council.save')} busyLabel={t('council.saving')}>
      <fieldset>
        <legend>{t('council.who')}</legend>
        {SECOND_FACTOR_SCOPES.map((value) => (
          <div key={value} className="radio-option">
            <input
              type="radio"
              id={`second-factor-for-${value}`}
              name={scope.id}
              value={value}
              checked={scope.value === value}
              onChange={scope.onChange}
              aria-describedby={`second-factor-for-${value}-help`}
            />
            <label htmlFor={`second-factor-for-${value}`}>{t(`council.scopes.${value}`)}</label>
            <p id={`second-factor-for-${value}-help`} className="field-hint">
              {t(`council.scopeHelp.${value}`)}
            </p>
          </div>
        ))}
      </fieldset>
      <TextField
        {...form.field('secondFactorRequiredFrom')}
        type="date"
        max={latest}
        label={t('council.date')}
        hint={t('council.dateHint', {
          latest: formatDay(latest, i18n.language),
        })}
        required
      />
      {form.values.secondFactorRequiredFrom > SECOND_FACTOR_DEFAULT_DAY && (
        <p className="notice notice-info">{t('council.afterGuideline')}</p>
      )}
    </FormFrame>
  );
}
