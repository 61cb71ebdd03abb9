import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFactorSetupView } from '../../../shared/api';
import { COUNCIL_TIME_ZONE } from '../../../shared/domain';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { type Outcome, OutcomeNotices } from '../forms/Notice';
import { formatDate } from '../i18n/formatDate';
import { AuthenticatorSetup } from './AuthenticatorSetup';
import { PasskeysPanel } from './PasskeysPanel';
import { RecoveryCodes } from './RecoveryCodes';
import { twoStepApi } from './twoStepEndpoints';
import './twoStep.css';

/** Below this many unused recovery codes the person is asked to make new ones. */
const FEW_CODES = 3;

/** The profile's two-step sign-in: whether it is on, the app, passkeys, and new recovery codes. */
export function TwoStepSection() {
  const { t, i18n } = useTranslation('twoStep');
  const [status, reload] = useApiData(queryKeys.secondFactor, twoStepApi.status);
  const [setup, setSetup] = useState<SecondFactorSetupView | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setOutcome(null);
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setOutcome({
        tone: 'error',
        text: errorMessage(error, i18n, {
          second_factor_required: 'twoStep:section.newCodesNeedsTwoStep',
        }),
      });
    }
    setBusy(false);
  };
  const start = () => run(async () => setSetup(await twoStepApi.startSetup()));
  const newCodes = () => {
    if (!window.confirm(t('section.newCodesConfirm'))) return;
    run(async () => setCodes((await twoStepApi.newRecoveryCodes()).recoveryCodes));
  };

  const body = () => {
    if (codes) {
      return (
        <RecoveryCodes
          codes={codes}
          onDone={() => {
            setCodes(null);
            reload();
          }}
        />
      );
    }
    if (setup) {
      return (
        <AuthenticatorSetup
          setup={setup}
          onCancel={() => setSetup(null)}
          onConfirmed={(recoveryCodes) => {
            setSetup(null);
            setCodes(recoveryCodes);
            setOutcome({ tone: 'success', text: t('setup.done') });
          }}
        />
      );
    }
    if (status.state !== 'ready') return null;
    const { enabled, authenticatorApp, requiredFrom, recoveryCodesLeft } = status.data;
    return (
      <>
        <p>
          <strong>{enabled ? t('section.on') : t('section.off')}</strong>
        </p>
        {requiredFrom && !enabled && (
          <p>
            {t('section.requiredFrom', {
              date: formatDate(requiredFrom, i18n.language, COUNCIL_TIME_ZONE),
            })}
          </p>
        )}
        <h3>{t('section.appTitle')}</h3>
        {authenticatorApp ? (
          <p>{t('section.appOn')}</p>
        ) : (
          <button type="button" onClick={start} disabled={busy}>
            {busy ? t('section.starting') : t('section.start')}
          </button>
        )}
        <PasskeysPanel onRecoveryCodes={setCodes} onChanged={reload} />
        {enabled && (
          <>
            <h3>{t('codes.title')}</h3>
            <p>{t('section.codesLeft', { n: recoveryCodesLeft })}</p>
            {recoveryCodesLeft < FEW_CODES && <p>{t('section.codesLow')}</p>}
            <button type="button" className="button-secondary" onClick={newCodes} disabled={busy}>
              {t('section.newCodes')}
            </button>
          </>
        )}
      </>
    );
  };

  return (
    <section aria-labelledby="two-step-title" className="card">
      <h2 id="two-step-title">{t('section.title')}</h2>
      <p className="aside">{t('section.explain')}</p>
      {body()}
      <OutcomeNotices outcome={outcome} />
    </section>
  );
}
