import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDocument } from '../../../shared/case/document';
import type { CaseSummary } from '../../../shared/caseApi';
import { Notice } from '../forms/Notice';
import { formatDay } from '../i18n/formatDate';
import { usePunctuation } from '../i18n/usePunctuation';
import { caseApi } from './caseEndpoints';
import { caseErrorText } from './caseError';

/**
 * Printing: the export is logged first and the server's confidentiality notice is put in a
 * header and footer that print CSS repeats; nothing prints without it.
 */
export function PrintTab({ summary, data }: { summary: CaseSummary; data: CaseDocument | null }) {
  const { t, i18n } = useTranslation('cases');
  const mark = usePunctuation();
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState('');
  const print = async () => {
    try {
      const logged = await caseApi.logExport(summary.id, 'print');
      setNotice(logged.notice);
      setFailure('');
      // After React has put the notice in the page.
      requestAnimationFrame(() => window.print());
    } catch (error) {
      setFailure(caseErrorText(error, t));
    }
  };
  return (
    <section aria-labelledby="print-title">
      <h2 id="print-title">{t('print.title')}</h2>
      <p>{t('print.intro')}</p>
      <Notice tone="error">{failure}</Notice>
      <Notice tone="success">{notice ? t('print.logged') : ''}</Notice>
      <button type="button" onClick={print}>
        {t('print.button')}
      </button>
      {notice && (
        <div className="print-only">
          <div className="print-notice print-notice-top">{notice}</div>
          <h2>{summary.pseudonym}</h2>
          {data && (
            <>
              <h3>{t('emergency.title')}</h3>
              <dl>
                {Object.entries(data.emergency).map(([window, entry]) => (
                  <div key={window}>
                    <dt>{t(`emergency.windows.${window}` as 'emergency.title')}</dt>
                    <dd>
                      {[
                        mark.labelled(t('emergency.call'), entry?.call ?? '—'),
                        mark.labelled(t('emergency.goes'), entry?.goes ?? '—'),
                        mark.labelled(t('emergency.stay'), entry?.stay ?? '—'),
                      ].join(mark.separator)}
                    </dd>
                  </div>
                ))}
              </dl>
              <h3>{t('actions.title')}</h3>
              <ul>
                {data.actions.map((a) => (
                  <li key={a.id}>
                    {mark.aside(
                      a.title,
                      [
                        a.owner ?? '—',
                        a.due ? formatDay(a.due, i18n.language) : '—',
                        t(`actions.statuses.${a.status}`),
                      ].join(mark.separator),
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="print-notice print-notice-bottom">{notice}</div>
        </div>
      )}
    </section>
  );
}
