import { useTranslation } from 'react-i18next';
import { updateEmergencyWindow } from '../../../shared/case/document';
import { EMERGENCY_WINDOWS } from '../../../shared/case/emergencyPlan';
import { emergencyGaps } from '../../../shared/case/gaps';
import { DocText } from './DocInputs';
import type { CaseTabProps } from './useCaseDocument';

const TEXT_FIELDS = ['call', 'goes', 'stay', 'medical'] as const;

/** 緊急時対応: who acts in each time window; a window with nobody is flagged in words. */
export function EmergencyTab({ doc, data, editable }: CaseTabProps) {
  const { t } = useTranslation('cases');
  const gaps = emergencyGaps(data.emergency);
  const gapOf = (window: string) => gaps.find((g) => g.window === window);
  return (
    <section aria-labelledby="emergency-title">
      <h2 id="emergency-title">{t('emergency.title')}</h2>
      <p>{t('emergency.intro')}</p>
      {gaps.length === 0 ? (
        <p className="notice notice-success">✓ {t('emergency.noGaps')}</p>
      ) : (
        <ul className="gap-list" aria-label={t('emergency.title')}>
          {gaps.map((gap) => (
            <li key={gap.window} className="gap">
              {t('emergency.gap', {
                window: t(`emergency.windows.${gap.window}`),
                missing: gap.missing
                  .map((m) => t(m === 'call' ? 'emergency.missingCall' : 'emergency.missingGoes'))
                  .join(t('emergency.separator')),
              })}
            </li>
          ))}
        </ul>
      )}
      <div className="emergency-grid">
        {EMERGENCY_WINDOWS.map((window) => {
          const entry = data.emergency[window];
          return (
            <fieldset
              key={window}
              className={gapOf(window) ? 'emergency-window has-gap' : 'emergency-window'}
            >
              <legend>
                {t(`emergency.windows.${window}`)}
                {gapOf(window) && <span className="gap-badge"> ⚠</span>}
              </legend>
              {TEXT_FIELDS.map((field) => (
                <div key={field} className="field">
                  <label htmlFor={`em-${window}-${field}`}>{t(`emergency.${field}`)}</label>
                  <DocText
                    id={`em-${window}-${field}`}
                    label={t(`emergency.${field}`)}
                    value={entry?.[field]}
                    disabled={!editable}
                    multiline={field === 'medical'}
                    onCommit={(value) => updateEmergencyWindow(doc, window, { [field]: value })}
                  />
                </div>
              ))}
              <div className="checkbox-field">
                <input
                  type="checkbox"
                  id={`em-${window}-pre`}
                  checked={entry?.preRegistered ?? false}
                  disabled={!editable}
                  onChange={(e) =>
                    updateEmergencyWindow(doc, window, { preRegistered: e.target.checked })
                  }
                />
                <label htmlFor={`em-${window}-pre`}>{t('emergency.preRegistered')}</label>
              </div>
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}
