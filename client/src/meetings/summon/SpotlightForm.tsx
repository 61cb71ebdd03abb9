import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveCommand } from '../../../../shared/meeting/liveState';
import { SPOTLIGHT_LABEL_MAX } from '../../../../shared/meeting/summon';
import { AgencyPicker } from '../../cards/citations/AgencyPicker';
import { useRubyT } from '../../furigana/useRubyT';
import { CardTargetSelect } from '../notes/CardTargetSelect';
import type { CardTarget } from '../notes/useCardTargets';

type Props = {
  councilId: string;
  /** The cards of the council's current term, the agenda's first. */
  cards: readonly CardTarget[];
  run: (command: LiveCommand) => void;
};

const label = (name: string) => name.slice(0, SPOTLIGHT_LABEL_MAX);

/** The facilitator's: puts a card, or an agency found on the council's boards, in the spotlight. */
export function SpotlightForm({ councilId, cards, run }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const ids = useId();
  const [cardId, setCardId] = useState('');
  const [picking, setPicking] = useState(false);
  const findAgency = useRef<HTMLButtonElement>(null);
  // Back to the button that opened the picker, once it is there again.
  const stopPicking = () => {
    setPicking(false);
    setTimeout(() => findAgency.current?.focus());
  };
  const chosen = cards.find((c) => c.id === cardId) ?? cards[0];
  const showCard = (event: FormEvent) => {
    event.preventDefault();
    if (chosen)
      run({
        type: 'spotlight.set',
        target: { kind: 'card', ref: chosen.id, label: label(chosen.label) },
      });
  };
  return (
    <section aria-labelledby="spotlight-title" className="card meeting-spotlight">
      <h2 id="spotlight-title">{r('meetings.spotlight.title')}</h2>
      {cards.length === 0 ? (
        <p className="aside">{r('meetings.spotlight.noCards')}</p>
      ) : (
        <form onSubmit={showCard} className="button-row">
          <label htmlFor={`${ids}-card`}>{r('meetings.spotlight.card')}</label>
          <CardTargetSelect
            id={`${ids}-card`}
            value={chosen?.id ?? ''}
            onChange={setCardId}
            targets={cards}
          />
          <button type="submit">{r('meetings.spotlight.showCard')}</button>
        </form>
      )}
      {picking ? (
        <AgencyPicker
          councilId={councilId}
          label={t('meetings.spotlight.agency')}
          cited={[]}
          onDone={stopPicking}
          onPick={({ boardId, agencyId }, name) => {
            run({
              type: 'spotlight.set',
              target: { kind: 'agency', ref: agencyId, boardId, label: label(name) },
            });
            stopPicking();
          }}
        />
      ) : (
        <button
          ref={findAgency}
          type="button"
          className="button-secondary"
          onClick={() => setPicking(true)}
        >
          {r('meetings.spotlight.findAgency')}
        </button>
      )}
    </section>
  );
}
