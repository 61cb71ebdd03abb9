import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Outcome, OutcomeNotices } from '../forms/Notice';

/**
 * New recovery codes, shown this once (the server keeps only their hashes): copy, download as a
 * text file, or print; the person closes them by saying they are kept.
 */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation('twoStep');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const asText = `${t('codes.fileHeading')}\n\n${codes.join('\n')}\n`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(asText);
      setOutcome({ tone: 'success', text: t('codes.copied') });
    } catch {
      setOutcome({ tone: 'error', text: t('codes.copyFailed') });
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([asText], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t('codes.fileName');
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="two-step-codes">
      <h3 id="recovery-codes-title">{t('codes.title')}</h3>
      <p>{t('codes.explain')}</p>
      <ol aria-label={t('codes.listLabel')} className="recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p className="form-buttons">
        <button type="button" className="button-secondary" onClick={copy}>
          {t('codes.copy')}
        </button>
        <button type="button" className="button-secondary" onClick={download}>
          {t('codes.download')}
        </button>
      </p>
      <OutcomeNotices outcome={outcome} />
      <button type="button" onClick={onDone}>
        {t('codes.confirmSaved')}
      </button>
    </div>
  );
}
