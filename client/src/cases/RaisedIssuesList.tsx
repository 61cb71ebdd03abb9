import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/endpoints';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { formatDate } from '../i18n/formatDate';
import { usePunctuation } from '../i18n/usePunctuation';
import { caseErrorText } from './caseError';

/** Regional issues raised from cases, until issue cards take them over. No pseudonyms here. */
export function RaisedIssuesList({ councilId }: { councilId: string }) {
  const { t, i18n } = useTranslation('cases');
  const mark = usePunctuation();
  const [issues] = useApiData(queryKeys.raisedIssues(councilId), () => api.raisedIssues(councilId));
  return (
    <section aria-labelledby="raised-title" className="card">
      <h2 id="raised-title">{t('section.raisedTitle')}</h2>
      {issues.state === 'failed' && <Notice tone="error">{caseErrorText(issues.error, t)}</Notice>}
      {issues.state === 'ready' && issues.data.length === 0 && <p>{t('section.raisedEmpty')}</p>}
      {issues.state === 'ready' && issues.data.length > 0 && (
        <ul className="raised-issues">
          {issues.data.map((issue) => (
            <li key={issue.id}>
              <h3>{issue.title}</h3>
              <p className="pre-line">{issue.description}</p>
              <p className="board-meta">
                {formatDate(issue.createdAt, i18n.language)}
                {issue.caseId && (
                  <>
                    {mark.separator}
                    <Link to={`/cases/${issue.caseId}`}>{t('section.raisedFromCase')}</Link>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
