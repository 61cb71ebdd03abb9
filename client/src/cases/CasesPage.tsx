import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { PageHeading } from '../layout/PageHeading';
import { councilOf, useMe } from '../session/SessionContext';
import { CaseAdministration } from './CaseAdministration';
import { CasesSection } from './CasesSection';
import { RaisedIssuesList } from './RaisedIssuesList';
import './cases.css';

/** A council's case spaces (those the person is a member of) and the issues raised from cases. */
export function CasesPage() {
  const { t } = useTranslation('cases');
  const me = useMe();
  const council = councilOf(me, useParams().councilId);
  if (!council) return <Navigate to="/" replace />;
  return (
    <div className="page">
      <PageHeading title={`${t('section.allCases')} — ${council.name}`}>
        {t('section.allCases')}
      </PageHeading>
      <CasesSection council={council} />
      <RaisedIssuesList councilId={council.id} />
      {council.can.administerCases && <CaseAdministration councilId={council.id} />}
    </div>
  );
}
