import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELDS, type Field } from '../../../../shared/domain';
import {
  BREAKOUT_MESSAGE_MAX,
  type BreakoutGroup,
  groupOf,
} from '../../../../shared/meeting/breakouts';
import type { LiveCommand, LiveState } from '../../../../shared/meeting/liveState';
import { UserText } from '../../furigana/UserText';
import { useRubyT } from '../../furigana/useRubyT';
import { useFormatList } from '../../i18n/useFormatList';
import type { MeetingLive } from '../useMeetingLive';
import { AssignForm } from './AssignForm';
import { GroupTimer } from './GroupTimer';
import { SplitForm } from './SplitForm';
import { useGroupName } from './useGroupName';

type Props = {
  state: LiveState;
  participantId: string | null;
  canFacilitate: boolean;
  canParticipate: boolean;
  serverNow: () => number;
  roster: MeetingLive['roster'];
  run: (command: LiveCommand) => void;
  meetingError: (error: string) => string;
};

/**
 * Small groups: each person's own field (a split by field goes by it), their group with its
 * members and timer, the facilitator's message; for the facilitator the split, every group's
 * timer, the message and the call back. The message and one's group are announced when they come.
 */
export function BreakoutPanel(props: Props) {
  const { state, participantId, canFacilitate, canParticipate } = props;
  const { t } = useTranslation();
  const r = useRubyT(t);
  const name = useGroupName();
  const round = state.breakouts;
  const mine = groupOf(round, participantId);
  const open = round?.status === 'open';
  const announcement = useAnnouncement(round, mine, name);

  return (
    <section aria-labelledby="breakouts-title" className="card meeting-breakouts">
      <h2 id="breakouts-title">{r('meetings.breakouts.title')}</h2>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {open && round.message && (
        <p className="breakout-message">
          <strong>{r('meetings.breakouts.messageLabel')}</strong> {round.message.text}
        </p>
      )}
      {!open && <p>{round ? r('meetings.breakouts.calledBack') : r('meetings.breakouts.none')}</p>}
      {mine && <OwnGroup group={mine} {...props} />}
      {open && !mine && !canFacilitate && <p>{r('meetings.breakouts.notInGroup')}</p>}
      {canParticipate && (
        <FieldChoice
          field={participantId ? state.fields[participantId] : undefined}
          run={props.run}
        />
      )}
      {canFacilitate && canParticipate && <Steering {...props} />}
    </section>
  );
}

/** What to announce: one's group when the groups start, and each message of the facilitator. */
function useAnnouncement(
  round: LiveState['breakouts'],
  mine: BreakoutGroup | undefined,
  name: ReturnType<typeof useGroupName>,
): string {
  const { t } = useTranslation();
  const [said, setSaid] = useState('');
  const seen = useRef<{ round?: number; sentAt?: number; status?: string } | null>(null);
  useEffect(() => {
    const was = seen.current;
    seen.current = { round: round?.round, sentAt: round?.message?.sentAt, status: round?.status };
    // What was there when the page opened is shown, not announced.
    if (!was || !round) return;
    if (round.status === 'open' && was.round !== round.round) {
      setSaid(
        mine
          ? t('meetings.breakouts.announceGroup', { name: name(mine) })
          : t('meetings.breakouts.announceSplit'),
      );
    } else if (round.message && was.sentAt !== round.message.sentAt) {
      setSaid(t('meetings.breakouts.announceMessage', { text: round.message.text }));
    } else if (round.status === 'calledBack' && was.status === 'open') {
      setSaid(t('meetings.breakouts.calledBack'));
    }
  }, [round, mine, name, t]);
  return said;
}

function OwnGroup({ group, serverNow, run }: Props & { group: BreakoutGroup }) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const name = useGroupName()(group);
  return (
    <div className="breakout-own">
      <h3>{r('meetings.breakouts.yourGroup', { name })}</h3>
      <ul aria-label={t('meetings.breakouts.membersOf', { name })}>
        {group.members.map((m) => (
          <li key={m.participantId}>{m.name}</li>
        ))}
      </ul>
      <GroupTimer group={group} name={name} canRun serverNow={serverNow} run={run} />
    </div>
  );
}

function FieldChoice({
  field,
  run,
}: {
  field: Field | undefined;
  run: (command: LiveCommand) => void;
}) {
  const { t } = useTranslation(['translation', 'board']);
  const r = useRubyT(t);
  const id = useId();
  return (
    <p>
      <label htmlFor={id}>{r('meetings.breakouts.ownField')}</label>{' '}
      <select
        id={id}
        value={field ?? ''}
        onChange={(e) =>
          run({ type: 'participant.field', field: (e.target.value || null) as Field | null })
        }
      >
        <option value="">{t('meetings.breakouts.noField')}</option>
        {FIELDS.map((f) => (
          <option key={f} value={f}>
            {t(`board:fields.${f}`)}
          </option>
        ))}
      </select>
    </p>
  );
}

/** The facilitator's part: split, every group with its timer, the message and the call back. */
function Steering({ state, serverNow, roster, run, meetingError }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const name = useGroupName();
  const list = useFormatList();
  const id = useId();
  const [message, setMessage] = useState('');
  const round = state.breakouts;
  if (round?.status !== 'open') {
    return <SplitForm roster={roster} run={run} meetingError={meetingError} />;
  }
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) return;
    run({ type: 'breakout.message', text: message });
    setMessage('');
  };
  return (
    <div className="breakout-steering">
      <h3>{r('meetings.breakouts.allGroups')}</h3>
      <ul className="breakout-groups">
        {round.groups.map((g) => (
          <li key={g.id}>
            <strong>{name(g)}</strong>{' '}
            {g.members.length === 0 ? (
              r('meetings.breakouts.empty')
            ) : (
              <UserText text={list(g.members.map((m) => m.name))} />
            )}
            <GroupTimer group={g} name={name(g)} canRun serverNow={serverNow} run={run} />
          </li>
        ))}
      </ul>
      <form onSubmit={send}>
        <label htmlFor={`${id}-message`}>{r('meetings.breakouts.message')}</label>
        <textarea
          id={`${id}-message`}
          rows={2}
          maxLength={BREAKOUT_MESSAGE_MAX}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
        <button type="submit">{r('meetings.breakouts.sendMessage')}</button>
      </form>
      <AssignForm round={round} roster={roster} run={run} meetingError={meetingError} />
      <p>
        <button type="button" onClick={() => run({ type: 'breakout.callBack' })}>
          {r('meetings.breakouts.callBack')}
        </button>
      </p>
    </div>
  );
}
