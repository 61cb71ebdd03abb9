import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../shared/caseApi';
import { intlLocale } from '../i18n/formatDate';
import { type Column, SortableTable } from '../tables/SortableTable';

/**
 * Audit entries as a table, newest first; `showCase` adds which case each entry is about (by id,
 * never by name).
 */
export function AuditTable({
  entries,
  labelledBy,
  showCase = false,
}: {
  entries: AuditEntryView[];
  /** The id of the heading that names the log. */
  labelledBy: string;
  showCase?: boolean;
}) {
  const { t, i18n } = useTranslation('cases');
  const when = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  const action = (e: AuditEntryView) =>
    i18n.exists(`audit.actions.${e.action}`, { ns: 'cases' })
      ? t(`audit.actions.${e.action}` as 'audit.title')
      : e.action;
  const caseColumn: Column<AuditEntryView> = {
    key: 'case',
    label: t('admin.case'),
    sortValue: (e) => e.caseId ?? '',
    cell: (e) => (e.caseId ? e.caseId.slice(0, 8) : '—'),
  };
  const columns: Column<AuditEntryView>[] = [
    {
      key: 'at',
      label: t('audit.at'),
      sortValue: (e) => e.at,
      cell: (e) => when.format(new Date(e.at)),
    },
    ...(showCase ? [caseColumn] : []),
    {
      key: 'who',
      label: t('audit.who'),
      sortValue: (e) => e.actorName ?? '',
      cell: (e) => e.actorName ?? '—',
    },
    {
      key: 'action',
      label: t('audit.action'),
      sortValue: action,
      // Letting a secretariat account into a case is flagged: it is the secretariat's one way in.
      cell: (e) =>
        e.detail.secretariatAccount === true ? (
          <>
            {action(e)} <strong className="audit-flag">{t('audit.secretariatFlag')}</strong>
          </>
        ) : (
          action(e)
        ),
    },
    { key: 'from', label: t('audit.from'), cell: (e) => e.ip ?? '—' },
  ];
  return (
    <SortableTable
      labelledBy={labelledBy}
      className="audit-table"
      columns={columns}
      rows={entries}
      rowKey={(e) => String(e.id)}
      initialSort={{ key: 'at', ascending: false }}
    />
  );
}
