import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SubcommitteeView, TermContentsView } from '../../../shared/cardApi';
import { useFormatList } from '../i18n/useFormatList';
import { usePunctuation } from '../i18n/usePunctuation';
import { SubcommitteePeopleForm } from './SubcommitteePeopleForm';
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
  const { labelled } = usePunctuation();
  const { term, subcommittees, cards } = contents;
  const [editing, setEditing] = useState<string | null>(null);
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
              {sub.purpose && <p className="aside">{labelled(t('cards.purpose'), sub.purpose)}</p>}
              <SubcommitteePeople subcommittee={sub} />
              {term.can.manage &&
                (editing === sub.id ? (
                  <SubcommitteePeopleForm
                    councilId={term.councilId}
                    subcommittee={sub}
                    onDone={() => setEditing(null)}
                    onSaved={() => {
                      setEditing(null);
                      onChanged();
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => setEditing(sub.id)}
                  >
                    {t('cards.editPeopleOf', { name: sub.name })}
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
      {term.can.manage && <NewSubcommitteeForm termId={term.id} onCreated={onChanged} />}
    </section>
  );
}

/** Who sits on the 部会: its chair and members, by name. */
function SubcommitteePeople({ subcommittee }: { subcommittee: SubcommitteeView }) {
  const { t } = useTranslation();
  const formatList = useFormatList();
  const { labelled, separator } = usePunctuation();
  return (
    <p className="aside">
      {labelled(t('cards.chair'), subcommittee.chair?.displayName ?? t('cards.noChair'))}
      {separator}
      {labelled(
        t('cards.members'),
        subcommittee.members.length > 0
          ? formatList(subcommittee.members.map((m) => m.displayName))
          : t('cards.noMembers'),
      )}
    </p>
  );
}
