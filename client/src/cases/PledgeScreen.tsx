import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../forms/Notice';
import { caseApi } from './caseEndpoints';
import { caseErrorText } from './caseError';

/** The confidentiality pledge (守秘義務), confirmed once before a member first opens a case. */
export function PledgeScreen({ caseId, onPledged }: { caseId: string; onPledged: () => void }) {
  const { t } = useTranslation('cases');
  const [failure, setFailure] = useState('');
  const confirm = async () => {
    try {
      await caseApi.pledge(caseId);
      onPledged();
    } catch (error) {
      setFailure(caseErrorText(error, t));
    }
  };
  return (
    <section className="card pledge" aria-labelledby="pledge-title">
      <h2 id="pledge-title">{t('pledge.title')}</h2>
      <p>{t('pledge.intro')}</p>
      <ul className="pledge-items">
        {t('pledge.items')
          .split('\n')
          .map((line) => (
            <li key={line}>{line}</li>
          ))}
      </ul>
      <p className="aside">{t('pledge.recorded')}</p>
      <Notice tone="error">{failure}</Notice>
      <button type="button" onClick={confirm}>
        {t('pledge.confirm')}
      </button>
    </section>
  );
}
