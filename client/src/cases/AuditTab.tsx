import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { caseApi } from './caseEndpoints';
import { caseErrorText } from './caseError';
import { useCasesTranslation } from './i18n';

/** The case's append-only audit log: every open, change, export and membership change. */
export function AuditTab({ caseId }: { caseId: string }) {
  const { t, i18n } = useCasesTranslation();
  const [entries] = useApiData(() => caseApi.audit(caseId), caseId);
  const when = new Intl.DateTimeFormat(i18n.language === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <p>{t('audit.intro')}</p>
      {entries.state === 'failed' && (
        <Notice tone="error">{caseErrorText(entries.error, t)}</Notice>
      )}
      {entries.state === 'ready' && entries.data.length === 0 && <p>{t('audit.empty')}</p>}
      {entries.state === 'ready' && entries.data.length > 0 && (
        <div className="table-scroll">
          <table className="table audit-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.from')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.data.map((e) => (
                <tr key={e.id}>
                  <td>{when.format(new Date(e.at))}</td>
                  <td>{e.actorName ?? '—'}</td>
                  <td>
                    {i18n.exists(`audit.actions.${e.action}`, { ns: 'cases' })
                      ? t(`audit.actions.${e.action}` as 'audit.title')
                      : e.action}
                  </td>
                  <td>{e.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
