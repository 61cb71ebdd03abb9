import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/caseApi';
import { DocumentClosedNotice } from '../realtime/DocumentClosedNotice';
import { ActionsTab } from './ActionsTab';
import { AuditTab } from './AuditTab';
import { EcomapTab } from './EcomapTab';
import { EmergencyTab } from './EmergencyTab';
import { LifeTab } from './LifeTab';
import { MembersTab } from './MembersTab';
import { PrintTab } from './PrintTab';
import { RaiseIssueTab } from './RaiseIssueTab';
import { RecordsTab } from './RecordsTab';
import { Tabs } from './Tabs';
import { useCaseData, useCaseDocument } from './useCaseDocument';

const TAB_KEYS = [
  'ecomap',
  'life',
  'emergency',
  'actions',
  'records',
  'members',
  'audit',
  'raise',
  'print',
] as const;
type TabKey = (typeof TAB_KEYS)[number];

export function CaseDocumentTabs({
  summary,
  onMembershipChange,
}: {
  summary: CaseSummary;
  onMembershipChange: () => void;
}) {
  const { t } = useTranslation('cases');
  const [tab, setTab] = useState<TabKey>('ecomap');
  const { doc, state } = useCaseDocument(summary.id);
  const data = useCaseData(doc);
  const editable = !summary.closed && !state.readOnly && !state.closed;
  const docTab = ['ecomap', 'life', 'emergency', 'actions', 'records'].includes(tab);
  const ready = doc && data && state.ready;

  return (
    <Tabs
      label={t('case.tabs')}
      tabs={TAB_KEYS.map((key) => ({ key, label: t(`tabs.${key}`) }))}
      selected={tab}
      onSelect={setTab}
    >
      {docTab && <DocumentClosedNotice closed={state.closed} />}
      {docTab && !ready && !state.closed && (
        <p className="loading" role="status">
          {t('case.connecting')}
        </p>
      )}
      {docTab && ready && data.problems.length > 0 && (
        <p className="aside">{t('case.problems', { count: data.problems.length })}</p>
      )}
      {tab === 'ecomap' && ready && <EcomapTab doc={doc} data={data} editable={editable} />}
      {tab === 'life' && ready && <LifeTab doc={doc} data={data} editable={editable} />}
      {tab === 'emergency' && ready && <EmergencyTab doc={doc} data={data} editable={editable} />}
      {tab === 'actions' && ready && <ActionsTab doc={doc} data={data} editable={editable} />}
      {tab === 'records' && ready && <RecordsTab doc={doc} data={data} editable={editable} />}
      {tab === 'members' && (
        <MembersTab
          caseId={summary.id}
          legalBasis={summary.legalBasis}
          closed={summary.closed}
          onChange={onMembershipChange}
        />
      )}
      {tab === 'audit' && <AuditTab caseId={summary.id} />}
      {tab === 'raise' && <RaiseIssueTab caseId={summary.id} />}
      {tab === 'print' && <PrintTab summary={summary} data={data} />}
    </Tabs>
  );
}
