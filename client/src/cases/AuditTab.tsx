import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { AuditTable } from './AuditTable';
import { caseApi } from './caseEndpoints';
import { caseErrorText } from './caseError';

/** The case's append-only audit log: every open, change, export and membership change. */
export function AuditTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const [entries] = useApiData(queryKeys.caseAudit(caseId), () => caseApi.audit(caseId));
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <p>{t('audit.intro')}</p>
      {entries.state === 'failed' && (
        <Notice tone="error">{caseErrorText(entries.error, t)}</Notice>
      )}
      {entries.state === 'ready' && entries.data.length === 0 && <p>{t('audit.empty')}</p>}
      {entries.state === 'ready' && entries.data.length > 0 && (
        <AuditTable entries={entries.data} labelledBy="audit-title" />
      )}
    </section>
  );
}
