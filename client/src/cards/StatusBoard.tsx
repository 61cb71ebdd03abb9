import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CardView, TermContentsView } from '../../../shared/cardApi';
import { ISSUE_CARD_STATUSES, type IssueCardStatus } from '../../../shared/domain';
import { type Outcome, OutcomeNotices } from '../forms/Notice';
import { StatusChangeForm } from './StatusChangeForm';

/**
 * The term's cards by status (kanban). Moving a card, by dragging it to another column or with
 * its 「状態を変える」 button, asks for the reason before anything changes.
 */
export function StatusBoard({
  contents,
  onChanged,
}: {
  contents: TermContentsView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<CardView | null>(null);
  const [asking, setAsking] = useState<{ cardId: string; to?: IssueCardStatus } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const editable = contents.term.can.edit;

  const drop = (event: DragEvent, status: IssueCardStatus) => {
    if (!dragging) return;
    event.preventDefault();
    if (dragging.status !== status) setAsking({ cardId: dragging.id, to: status });
    setDragging(null);
  };

  return (
    <section aria-labelledby="status-board-title">
      <h2 id="status-board-title">
        {t('cards.views.board')} — {contents.term.name}
      </h2>
      {editable && <p className="aside">{t('cards.boardHint')}</p>}
      <OutcomeNotices outcome={outcome} />
      <div className="status-board">
        {ISSUE_CARD_STATUSES.map((status) => {
          const cards = contents.cards.filter((c) => c.status === status);
          return (
            <section
              key={status}
              className={dragging ? 'status-column status-column-drop' : 'status-column'}
              aria-labelledby={`status-${status}`}
              onDragOver={(e) => dragging && e.preventDefault()}
              onDrop={(e) => drop(e, status)}
            >
              <h3 id={`status-${status}`}>
                {t(`cards.statuses.${status}`)} <span className="aside">({cards.length})</span>
              </h3>
              <ul>
                {cards.map((card) => (
                  <li
                    key={card.id}
                    className="status-card"
                    draggable={editable}
                    onDragStart={(e) => {
                      e.dataTransfer.setData('text/plain', card.title);
                      setDragging(card);
                    }}
                    onDragEnd={() => setDragging(null)}
                  >
                    <Link to={`/cards/${card.id}`}>
                      {card.code} {card.title}
                    </Link>
                    {editable &&
                      (asking?.cardId === card.id ? (
                        <StatusChangeForm
                          card={card}
                          initial={asking.to}
                          onDone={() => setAsking(null)}
                          onChanged={(text) => {
                            setOutcome({ tone: 'success', text });
                            onChanged();
                          }}
                        />
                      ) : (
                        <button
                          type="button"
                          className="button-secondary"
                          aria-label={t('cards.changeStatusOf', { title: card.title })}
                          onClick={() => setAsking({ cardId: card.id })}
                        >
                          {t('cards.changeStatus')}
                        </button>
                      ))}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
