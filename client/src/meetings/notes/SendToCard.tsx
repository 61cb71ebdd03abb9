import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CARD_COLUMNS, type CardColumn } from '../../../../shared/domain';
import type { SentTo } from '../../../../shared/meeting/noteWall';
import { errorMessage } from '../../api/errorMessage';
import { type Outcome, OutcomeNotices } from '../../forms/Notice';
import { useRubyT } from '../../furigana/useRubyT';
import { meetingApi } from '../meetingEndpoints';
import { CardTargetSelect } from './CardTargetSelect';
import type { CardTarget } from './useCardTargets';

type Props = {
  meetingId: string;
  from: { kind: 'note' | 'group'; id: string };
  /** Where it went already, if it did. */
  sentTo: SentTo | undefined;
  targets: readonly CardTarget[];
};

/**
 * The facilitator's: makes a note, or a group's heading, an entry of an issue card's column
 * (あったらいいな by default). Once sent, it says where it went and links there.
 */
export function SendToCard({ meetingId, from, sentTo, targets }: Props) {
  const { t, i18n } = useTranslation();
  const r = useRubyT(t);
  const ids = useId();
  const [cardId, setCardId] = useState('');
  const [column, setColumn] = useState<CardColumn>('ideas');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [sending, setSending] = useState(false);

  const chosen = cardId || targets[0]?.id || '';
  const send = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    try {
      const sent = await meetingApi.sendToCard(meetingId, { from, cardId: chosen, column });
      setOutcome({
        tone: 'success',
        text: t('meetings.notes.sendToCard.done', {
          card: sent.label,
          column: t(`cards.columns.${column}`),
        }),
      });
    } catch (error) {
      setOutcome({ tone: 'error', text: errorMessage(error, i18n) });
    } finally {
      setSending(false);
    }
  };
  // The outcome stays mounted when the form gives way to where the note went, so it is heard.
  return (
    <div className="note-send">
      {sentTo ? (
        <p>
          {r('meetings.notes.sendToCard.sent')}{' '}
          <Link to={`/cards/${sentTo.cardId}`}>
            {sentTo.label ?? r('meetings.notes.sendToCard.card')}
          </Link>
        </p>
      ) : targets.length === 0 ? (
        <p className="aside">{r('meetings.notes.sendToCard.noCards')}</p>
      ) : (
        <form onSubmit={send} aria-labelledby={`${ids}-title`}>
          <h4 id={`${ids}-title`}>{r('meetings.notes.sendToCard.title')}</h4>
          <label htmlFor={`${ids}-card`}>{r('meetings.notes.sendToCard.card')}</label>
          <CardTargetSelect
            id={`${ids}-card`}
            value={chosen}
            onChange={setCardId}
            targets={targets}
          />
          <label htmlFor={`${ids}-column`}>{r('meetings.notes.sendToCard.column')}</label>
          <select
            id={`${ids}-column`}
            value={column}
            onChange={(e) => setColumn(e.target.value as CardColumn)}
          >
            {CARD_COLUMNS.map((c) => (
              <option key={c} value={c}>
                {t(`cards.columns.${c}`)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={sending}>
            {r('meetings.notes.sendToCard.send')}
          </button>
        </form>
      )}
      <OutcomeNotices outcome={outcome} />
    </div>
  );
}
