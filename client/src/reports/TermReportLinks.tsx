import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TermView } from '../../../shared/cardApi';

/** Ways from a term's cards page to what the council reports for the term. */
export function TermReportLinks({ term }: { term: TermView }) {
  const { t } = useTranslation(['translation', 'reports']);
  return (
    <nav className="card" aria-labelledby="term-reports-title">
      <h2 id="term-reports-title">{t('reports:title', { term: term.name })}</h2>
      <ul>
        <li>
          <Link to={`/terms/${term.id}/hub-review`}>{t('reports:hub.title')}</Link>
        </li>
        {term.can.report && (
          <li>
            <Link to={`/terms/${term.id}/report`}>{t('reports:yearly.open')}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
