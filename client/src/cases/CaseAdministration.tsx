import { useTranslation } from 'react-i18next';
import type { CaseAdminView } from '../../../shared/caseApi';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { intlLocale } from '../i18n/formatDate';
import { type Column, SortableTable, textColumn } from '../tables/SortableTable';
import { AuditTable } from './AuditTable';
import { caseApi } from './caseEndpoints';
import { caseErrorText } from './caseError';

/**
 * The secretariat's view of every case space: state and membership counts, and the whole audit
 * log with its tamper check. The server sends no case content here, not even pseudonyms.
 */
export function CaseAdministration({ councilId }: { councilId: string }) {
  const { t, i18n } = useTranslation('cases');
  const [cases] = useApiData(queryKeys.casesAdmin(councilId), () => caseApi.adminList(councilId));
  const [audit] = useApiData(queryKeys.councilAudit(councilId), () =>
    caseApi.councilAudit(councilId),
  );
  const date = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: 'medium',
  });
  const state = (c: CaseAdminView) =>
    t(c.locked ? 'admin.locked' : c.closed ? 'admin.closed' : 'admin.open');
  const columns: Column<CaseAdminView>[] = [
    { key: 'case', label: t('admin.case'), cell: (c) => c.id.slice(0, 8) },
    {
      key: 'created',
      label: t('admin.created'),
      sortValue: (c) => c.createdAt,
      cell: (c) => date.format(new Date(c.createdAt)),
    },
    {
      key: 'basis',
      label: t('admin.basis'),
      sortValue: (c) => c.legalBasis,
      cell: (c) => t(`legalBases.${c.legalBasis}`),
    },
    textColumn('state', t('admin.state'), state),
    textColumn('members', t('admin.members'), (c) => c.memberCount),
  ];
  return (
    <section aria-labelledby="case-admin-title" className="card">
      <h2 id="case-admin-title">{t('admin.title')}</h2>
      <p>{t('admin.intro')}</p>
      <h3 id="case-admin-cases">{t('admin.cases')}</h3>
      {cases.state === 'failed' && <Notice tone="error">{caseErrorText(cases.error, t)}</Notice>}
      {cases.state === 'ready' && (
        <SortableTable
          labelledBy="case-admin-cases"
          columns={columns}
          rows={cases.data}
          rowKey={(c) => c.id}
          empty={t('admin.none')}
          initialSort={{ key: 'created', ascending: false }}
        />
      )}
      <h3 id="case-admin-log">{t('admin.log')}</h3>
      {audit.state === 'failed' && <Notice tone="error">{caseErrorText(audit.error, t)}</Notice>}
      {audit.state === 'ready' && (
        <>
          <Notice tone={audit.data.chain.ok ? 'success' : 'error'}>
            {audit.data.chain.ok
              ? t('admin.chainOk', { count: audit.data.chain.entries })
              : t('admin.chainBroken', {
                  id: audit.data.chain.brokenAtId ?? '—',
                  rewritten: audit.data.chain.rewritten,
                  missing: audit.data.chain.missing,
                  truncated: audit.data.chain.truncated,
                })}
          </Notice>
          <AuditTable entries={audit.data.entries} labelledBy="case-admin-log" showCase />
        </>
      )}
    </section>
  );
}
