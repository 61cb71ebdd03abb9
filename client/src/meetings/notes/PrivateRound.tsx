import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivateNote } from '../../../../shared/meeting/liveProtocol';
import type { LiveCommand, LiveState } from '../../../../shared/meeting/liveState';
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
  const tintName = useTintName();
  const [anonymous, setAnonymous] = useState(false);
  return (
    <section className="note-private" aria-labelledby="note-private-title">
      <h3 id="note-private-title">{t('meetings.notes.private.title')}</h3>
      {round ? (
        <>
          <p className="notice notice-info">
            {round.anonymous
              ? t('meetings.notes.private.onAnonymous')
              : t('meetings.notes.private.on')}
          </p>
          {own.length === 0 ? (
            <p>{t('meetings.notes.private.noneYet')}</p>
          ) : (
            <ul aria-label={t('meetings.notes.private.mine')}>
              {own.map((note) => (
                <li key={note.id} className={`note-row note-tint-${note.tint}`}>
                  <span className="note-text">{note.text}</span>
                  <span className="note-row-facts">{tintName(note.tint)}</span>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t('meetings.notes.private.removeOf', { text: note.text })}
                    onClick={() => remove(note.id)}
                  >
                    {t('meetings.notes.private.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {canFacilitate && (
            <button type="button" onClick={() => run({ type: 'notes.reveal' })}>
              {t('meetings.notes.private.reveal')}
            </button>
          )}
        </>
      ) : (
        <>
          <p>{t('meetings.notes.private.off')}</p>
          {canFacilitate && (
            <>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={anonymous}
                  onChange={(e) => setAnonymous(e.target.checked)}
                />
                {t('meetings.notes.private.anonymous')}
              </label>
              <button type="button" onClick={() => run({ type: 'notes.private', anonymous })}>
                {t('meetings.notes.private.start')}
              </button>
            </>
          )}
        </>
      )}
    </section>
  );
}
