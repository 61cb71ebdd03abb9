import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BreakoutSplit, MAX_GROUPS } from '../../../../shared/meeting/breakouts';
import type { RosterAck } from '../../../../shared/meeting/liveProtocol';
import type { LiveCommand } from '../../../../shared/meeting/liveState';
import { Notice } from '../../forms/Notice';
import { useRubyT } from '../../furigana/useRubyT';

type Mode = 'random' | 'fieldSame' | 'fieldMixed' | 'hand';
const MODES: Mode[] = ['random', 'fieldSame', 'fieldMixed', 'hand'];
type Person = Extract<RosterAck, { ok: true }>['present'][number];

type Props = {
  roster: () => Promise<RosterAck>;
  run: (command: LiveCommand) => void;
  meetingError: (error: string) => string;
};

/** The facilitator's split: at random, by the fields people gave, or each person by hand. */
export function SplitForm({ roster, run, meetingError }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const id = useId();
  const [mode, setMode] = useState<Mode>('random');
  const [count, setCount] = useState(2);
  const [minutes, setMinutes] = useState(10);
  const [people, setPeople] = useState<Person[] | null>(null);
  // Participant id → group number (0: in no group).
  const [placed, setPlaced] = useState<Record<string, number>>({});
  const [problem, setProblem] = useState('');

  const loadPeople = async () => {
    const ack = await roster();
    if (!ack.ok) return setProblem(meetingError(ack.error));
    setProblem('');
    setPeople(ack.present);
    // Everyone but the facilitators dealt round the groups to start from.
    let i = 0;
    setPlaced(
      Object.fromEntries(
        ack.present.map((p) => [p.participantId, p.steers ? 0 : (i++ % count) + 1]),
      ),
    );
  };

  const split = (): BreakoutSplit => {
    if (mode === 'random') return { mode: 'random', count };
    if (mode === 'fieldSame' || mode === 'fieldMixed') {
      return { mode: 'field', mix: mode === 'fieldSame' ? 'same' : 'mixed', count };
    }
    const groups = Array.from({ length: count }, (_, g) =>
      Object.entries(placed)
        .filter(([, n]) => n === g + 1)
        .map(([participantId]) => participantId),
    );
    return { mode: 'hand', groups };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'hand' && !people) return setProblem(t('meetings.breakouts.loadPeopleFirst'));
    run({ type: 'breakout.start', split: split(), minutes });
  };

  return (
    <form onSubmit={submit} className="breakout-split" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{r('meetings.breakouts.splitTitle')}</h3>
      <fieldset>
        <legend>{r('meetings.breakouts.howToSplit')}</legend>
        {MODES.map((m) => (
          <label key={m} className="checkbox">
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
            />{' '}
            {r(`meetings.breakouts.modes.${m}`)}
          </label>
        ))}
      </fieldset>
      {mode !== 'fieldSame' && (
        <p>
          <label htmlFor={`${id}-count`}>{r('meetings.breakouts.count')}</label>{' '}
          <input
            id={`${id}-count`}
            type="number"
            min={2}
            max={MAX_GROUPS}
            value={count}
            onChange={(e) => setCount(Math.max(2, Math.min(MAX_GROUPS, Number(e.target.value))))}
          />
        </p>
      )}
      <p>
        <label htmlFor={`${id}-minutes`}>{r('meetings.breakouts.minutes')}</label>{' '}
        <input
          id={`${id}-minutes`}
          type="number"
          min={1}
          max={180}
          value={minutes}
          onChange={(e) => setMinutes(Math.max(1, Math.min(180, Number(e.target.value))))}
        />
      </p>
      {mode === 'hand' && (
        <div className="breakout-hand">
          <button type="button" className="button-secondary" onClick={loadPeople}>
            {people ? t('meetings.breakouts.reloadPeople') : t('meetings.breakouts.loadPeople')}
          </button>
          {people && (
            <ul className="breakout-people">
              {people.map((p) => (
                <li key={p.participantId}>
                  <label htmlFor={`${id}-p-${p.participantId}`}>{p.name}</label>{' '}
                  <select
                    id={`${id}-p-${p.participantId}`}
                    value={placed[p.participantId] ?? 0}
                    onChange={(e) =>
                      setPlaced((was) => ({ ...was, [p.participantId]: Number(e.target.value) }))
                    }
                  >
                    <option value={0}>{t('meetings.breakouts.noGroup')}</option>
                    {Array.from({ length: count }, (_, g) => (
                      <option key={g} value={g + 1}>
                        {t('meetings.breakouts.group', { number: g + 1 })}
                      </option>
                    ))}
                  </select>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <Notice tone="error">{problem}</Notice>
      <button type="submit">{r('meetings.breakouts.start')}</button>
    </form>
  );
}
