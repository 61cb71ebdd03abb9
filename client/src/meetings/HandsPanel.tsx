import { useTranslation } from 'react-i18next';
import type { LiveCommand, LiveState } from '../../../shared/meeting/liveState';
import { UserText } from '../furigana/UserText';
import { useRubyT } from '../furigana/useRubyT';

type Props = {
  state: LiveState;
  participantId: string | null;
  canFacilitate: boolean;
  canParticipate: boolean;
  run: (command: LiveCommand) => void;
};

/** Raised hands in the order they went up, the current speaker, and each person's own hand. */
export function HandsPanel({ state, participantId, canFacilitate, canParticipate, run }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const mine = state.hands.some((h) => h.participantId === participantId);
  return (
    <section aria-labelledby="hands-title" className="card meeting-hands">
      <h2 id="hands-title">{r('meetings.hands.title')}</h2>
      <p>
        {state.speaker
          ? r('meetings.hands.speaker', { name: state.speaker.name })
          : r('meetings.hands.noSpeaker')}
      </p>
      {canParticipate && (
        <button
          type="button"
          aria-pressed={mine}
          onClick={() => run(mine ? { type: 'hand.lower' } : { type: 'hand.raise' })}
        >
          {mine ? r('meetings.hands.lower') : r('meetings.hands.raise')}
        </button>
      )}
      {state.hands.length === 0 ? (
        <p>{r('meetings.hands.none')}</p>
      ) : (
        <ol className="hands-queue" aria-label={t('meetings.hands.queue')}>
          {state.hands.map((hand) => (
            <li key={hand.participantId}>
              <span>
                <UserText text={hand.name} />
              </span>
              {canFacilitate && hand.participantId !== participantId && (
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={t('meetings.hands.lowerFor', { name: hand.name })}
                  onClick={() => run({ type: 'hand.lower', participantId: hand.participantId })}
                >
                  {r('meetings.hands.lowerOther')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {canFacilitate && state.hands.length > 0 && (
        <button type="button" onClick={() => run({ type: 'hand.callNext' })}>
          {r('meetings.hands.callNext')}
        </button>
      )}
    </section>
  );
}
