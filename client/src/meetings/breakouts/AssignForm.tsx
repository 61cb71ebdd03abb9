import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakoutRound } from '../../../../shared/meeting/breakouts';
import type { RosterAck } from '../../../../shared/meeting/liveProtocol';
import type { LiveCommand } from '../../../../shared/meeting/liveState';
import { Notice } from '../../forms/Notice';
import { useRubyT } from '../../furigana/useRubyT';
import { useGroupName } from './useGroupName';

type Person = Extract<RosterAck, { ok: true }>['present'][number];
type Props = {
  round: BreakoutRound;
  roster: () => Promise<RosterAck>;
  run: (command: LiveCommand) => void;
  meetingError: (error: string) => string;
};

/** Puts someone present (a latecomer, or someone to move) into a group while the groups work. */
export function AssignForm({ round, roster, run, meetingError }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const name = useGroupName();
  const id = useId();
  const [people, setPeople] = useState<Person[] | null>(null);
  const [who, setWho] = useState('');
  const [groupId, setGroupId] = useState(round.groups[0]?.id ?? '');
  const [problem, setProblem] = useState('');
  const load = async () => {
    const ack = await roster();
    if (!ack.ok) return setProblem(meetingError(ack.error));
    setProblem('');
    setPeople(ack.present);
    setWho(ack.present[0]?.participantId ?? '');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (who && groupId) run({ type: 'breakout.assign', participantId: who, groupId });
  };
  const groupOfPerson = (participantId: string) =>
    round.groups.find((g) => g.members.some((m) => m.participantId === participantId));
  return (
    <form onSubmit={submit} className="breakout-assign">
      <h3>{r('meetings.breakouts.assignTitle')}</h3>
      <button type="button" className="button-secondary" onClick={load}>
        {people ? t('meetings.breakouts.reloadPeople') : t('meetings.breakouts.loadPeople')}
      </button>
      {people && (
        <p className="button-row">
          <label htmlFor={`${id}-who`}>{r('meetings.breakouts.person')}</label>
          <select id={`${id}-who`} value={who} onChange={(e) => setWho(e.target.value)}>
            {people.map((p) => {
              const now = groupOfPerson(p.participantId);
              return (
                <option key={p.participantId} value={p.participantId}>
                  {now
                    ? t('meetings.breakouts.personIn', { name: p.name, group: name(now) })
                    : p.name}
                </option>
              );
            })}
          </select>
          <label htmlFor={`${id}-group`}>{r('meetings.breakouts.into')}</label>
          <select id={`${id}-group`} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            {round.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {name(g)}
              </option>
            ))}
          </select>
          <button type="submit">{r('meetings.breakouts.assign')}</button>
        </p>
      )}
      <Notice tone="error">{problem}</Notice>
    </form>
  );
}
