import type { AuditEntryView } from '../../../shared/caseApi';
import { useCasesTranslation } from './i18n';

/** Audit entries as a table; `showCase` adds which case each entry is about (by id, never by name). */
export function AuditTable({
  entries,
  showCase = false,
}: {
  entries: AuditEntryView[];
  showCase?: boolean;
}) {
  const { t, i18n } = useCasesTranslation();
  const when = new Intl.DateTimeFormat(i18n.language === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  return (
    <div className="table-scroll">
      <table className="table audit-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            {showCase && <th scope="col">{t('admin.case')}</th>}
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.from')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{when.format(new Date(e.at))}</td>
              {showCase && <td>{e.caseId ? e.caseId.slice(0, 8) : '—'}</td>}
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
  );
}
