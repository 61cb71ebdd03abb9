import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { AuditTable } from './AuditTable';
import { caseApi } from './caseEndpoints';
import { caseErrorText } from './caseError';
import { useCasesTranslation } from './i18n';

/**
 * The secretariat's view of every case space: state and membership counts, and the whole audit
 * log with its tamper check. The server sends no case content here, not even pseudonyms.
 */
export function CaseAdministration({ councilId }: { councilId: string }) {
  const { t, i18n } = useCasesTranslation();
  const [cases] = useApiData(() => caseApi.adminList(councilId), councilId);
  const [audit] = useApiData(() => caseApi.councilAudit(councilId), councilId);
  const date = new Intl.DateTimeFormat(i18n.language === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
  });
  return (
    <section aria-labelledby="case-admin-title" className="card">
      <h2 id="case-admin-title">{t('admin.title')}</h2>
      <p>{t('admin.intro')}</p>
      <h3>{t('admin.cases')}</h3>
      {cases.state === 'failed' && <Notice tone="error">{caseErrorText(cases.error, t)}</Notice>}
      {cases.state === 'ready' && cases.data.length === 0 && <p>{t('admin.none')}</p>}
      {cases.state === 'ready' && cases.data.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('admin.case')}</th>
                <th scope="col">{t('admin.created')}</th>
                <th scope="col">{t('admin.basis')}</th>
                <th scope="col">{t('admin.state')}</th>
                <th scope="col">{t('admin.members')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.data.map((c) => (
                <tr key={c.id}>
                  <td>{c.id.slice(0, 8)}</td>
                  <td>{date.format(new Date(c.createdAt))}</td>
                  <td>{t(`legalBases.${c.legalBasis}`)}</td>
                  <td>{t(c.locked ? 'admin.locked' : c.closed ? 'admin.closed' : 'admin.open')}</td>
                  <td>{c.memberCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('admin.log')}</h3>
      {audit.state === 'failed' && <Notice tone="error">{caseErrorText(audit.error, t)}</Notice>}
      {audit.state === 'ready' && (
        <>
          <Notice tone={audit.data.chain.ok ? 'success' : 'error'}>
            {audit.data.chain.ok
              ? t('admin.chainOk', { count: audit.data.chain.entries })
              : t('admin.chainBroken', { id: audit.data.chain.brokenAtId })}
          </Notice>
          <AuditTable entries={audit.data.entries} showCase />
        </>
      )}
    </section>
  );
}
