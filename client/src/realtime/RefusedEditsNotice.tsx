import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../forms/Notice';

/**
 * Edits the server did not take before the document turned read-only: why (`reason`), the words
 * they held, that they are still on this device, and a button to copy them elsewhere.
 */
export function RefusedEditsNotice({ reason, texts }: { reason: string; texts: string[] }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(texts.join('\n')).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <Notice tone="error">
      <div className="refused-edits">
        <strong>{reason}</strong> {t('connection.refused.kept')}
        {texts.length > 0 ? (
          <>
            <p className="refused-edits-lead">{t('connection.refused.texts')}</p>
            <ul aria-label={t('connection.refused.texts')}>
              {texts.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
            <button type="button" className="button-secondary" onClick={copy}>
              {t('connection.refused.copy')}
            </button>{' '}
            {copied !== null && (
              <span role="status">
                {t(copied ? 'connection.refused.copied' : 'connection.refused.copyFailed')}
              </span>
            )}
          </>
        ) : (
          <p className="refused-edits-lead">{t('connection.refused.other')}</p>
        )}
      </div>
    </Notice>
  );
}
