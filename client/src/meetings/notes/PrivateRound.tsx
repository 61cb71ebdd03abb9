import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivateNote } from '../../../../shared/meeting/liveProtocol';
import type { LiveCommand, LiveState } from '../../../../shared/meeting/liveState';
import { UserText } from '../../furigana/UserText';
import { useRubyT } from '../../furigana/useRubyT';
import { useTintName } from './TintSelect';

type Props = {
  round: LiveState['privateNotes'];
  canFacilitate: boolean;
  own: readonly PrivateNote[];
  remove: (id: string) => void;
  run: (command: LiveCommand) => void;
};

/**
 * A private round (非公開モード): the facilitator starts it, optionally anonymous, and reveals
 * everyone's notes at once; meanwhile each person sees their own new notes here, and only here.
 */
export function PrivateRound({ round, canFacilitate, own, remove, run }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const tintName = useTintName();
  const [anonymous, setAnonymous] = useState(false);
  return (
    <section className="note-private" aria-labelledby="note-private-title">
      <h3 id="note-private-title">{r('meetings.notes.private.title')}</h3>
      {round ? (
        <>
          <p className="notice notice-info">
            {round.anonymous
              ? r('meetings.notes.private.onAnonymous')
              : r('meetings.notes.private.on')}
          </p>
          {own.length === 0 ? (
            <p>{r('meetings.notes.private.noneYet')}</p>
          ) : (
            <ul aria-label={t('meetings.notes.private.mine')}>
              {own.map((note) => (
                <li key={note.id} className={`note-row note-tint-${note.tint}`}>
                  <span className="note-text">
                    <UserText text={note.text} />
                  </span>
                  <span className="note-row-facts">{tintName(note.tint)}</span>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t('meetings.notes.private.removeOf', { text: note.text })}
                    onClick={() => remove(note.id)}
                  >
                    {r('meetings.notes.private.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {canFacilitate && (
            <button type="button" onClick={() => run({ type: 'notes.reveal' })}>
              {r('meetings.notes.private.reveal')}
            </button>
          )}
        </>
      ) : (
        <>
          <p>{r('meetings.notes.private.off')}</p>
          {canFacilitate && (
            <>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={anonymous}
                  onChange={(e) => setAnonymous(e.target.checked)}
                />
                {r('meetings.notes.private.anonymous')}
              </label>
              <button type="button" onClick={() => run({ type: 'notes.private', anonymous })}>
                {r('meetings.notes.private.start')}
              </button>
            </>
          )}
        </>
      )}
    </section>
  );
}
