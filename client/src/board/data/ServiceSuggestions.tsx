import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../../../../shared/board/providers/providerImport';
import type { Suggestion } from '../../../../shared/board/providers/suggestions';
import { FIELDS, HUB_FUNCTIONS, LAYERS, type Layer } from '../../../../shared/domain';
import { CheckboxGroup } from '../forms/formControls';

type Props = {
  services: readonly ServiceSummary[];
  onChange: (service: string, suggestion: Suggestion) => void;
};

/** One place per service type to change what its agencies are suggested as. */
export function ServiceSuggestions({ services, onChange }: Props) {
  const { t } = useTranslation('board');
  return (
    <section className="provider-suggestions" aria-labelledby="provider-suggestions-title">
      <h4 id="provider-suggestions-title">{t('providers.suggestionsTitle')}</h4>
      <p className="field-hint">{t('providers.suggestionsHint')}</p>
      {services.map(({ service, rows, suggestion, known }, index) => {
        const id = `provider-service-${index}`;
        const change = (part: Partial<Suggestion>) => onChange(service, { ...suggestion, ...part });
        return (
          <fieldset key={service} className="board-choices">
            <legend>
              {t('providers.service', { service, count: rows })}
              {!known && ` ${t('providers.unknownService')}`}
            </legend>
            <div className="field">
              <label htmlFor={`${id}-layer`}>{t('agency.layer')}</label>
              <select
                id={`${id}-layer`}
                value={suggestion.layer}
                onChange={(e) => change({ layer: e.target.value as Layer })}
              >
                {LAYERS.map((layer) => (
                  <option key={layer} value={layer}>
                    {t(`layers.${layer}`)}
                  </option>
                ))}
              </select>
            </div>
            <CheckboxGroup
              id={`${id}-fields`}
              legend={t('agency.fields')}
              options={FIELDS}
              labelOf={(f) => t(`fields.${f}`)}
              chosen={suggestion.fields}
              onChange={(fields) => change({ fields })}
            />
            <CheckboxGroup
              id={`${id}-hub`}
              legend={t('providers.hubCandidates')}
              options={HUB_FUNCTIONS}
              labelOf={(f) => t(`hubFunctions.${f}`)}
              chosen={suggestion.hubFunctions}
              onChange={(hubFunctions) => change({ hubFunctions })}
            />
          </fieldset>
        );
      })}
    </section>
  );
}
