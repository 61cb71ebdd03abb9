import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TermContentsView } from '../../../shared/cardApi';
import { NewSubcommitteeForm } from './TermForms';

/** The 部会 of a term, each a way into its four-column table. */
export function SubcommitteeList({
  contents,
  onChanged,
}: {
  contents: TermContentsView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { term, subcommittees, cards } = contents;
  return (
    <section className="card" aria-labelledby="subcommittees-title">
      <h2 id="subcommittees-title">
        {t('cards.subcommittees')} — {term.name}
      </h2>
      {term.closedAt && <p className="notice notice-info">{t('cards.readOnlyTerm')}</p>}
      {subcommittees.length === 0 ? (
        <p>{t('cards.noSubcommittees')}</p>
      ) : (
        <ul className="board-list">
          {subcommittees.map((sub) => (
            <li key={sub.id} className="board-item">
              <div className="board-item-main">
                <Link to={`/terms/${term.id}/subcommittees/${sub.id}`} className="board-link">
                  {sub.name}
                </Link>
                <span className="board-meta">
                  {t('cards.cardCount', {
                    count: cards.filter((c) => c.subcommitteeId === sub.id).length,
                  })}
                </span>
              </div>
              {sub.purpose && (
                <p className="aside">
                  {t('cards.purpose')}：{sub.purpose}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {term.can.manage && <NewSubcommitteeForm termId={term.id} onCreated={onChanged} />}
    </section>
  );
}
