import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errorMessage';
import { Notice, type Outcome, OutcomeNotices } from '../../forms/Notice';
import { minutesApi } from './minutesEndpoints';

/**
 * Closing the meeting, for its facilitators and the secretariat: asked once more, then the
 * minutes are final and the action items go on their cards. On a closed meeting whose items did
 * not all reach their cards (an interrupted close), the same request tries again.
 */
export function CloseMeetingPanel({
  meetingId,
  closed,
  pending,
  onClosed,
}: {
  meetingId: string;
  closed: boolean;
  /** Action items with a card that are not on it yet. */
  pending: number;
  onClosed: () => void;
}) {
  const { t, i18n } = useTranslation('minutes');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const close = () => {
    setBusy(true);
    setOutcome(null);
    minutesApi.close(meetingId).then(
      (done) => {
        setBusy(false);
        setAsking(false);
        const refused = done.refused > 0 ? ` ${t('close.refused', { count: done.refused })}` : '';
        setOutcome({
          tone: 'success',
          text: `${t('close.done', { placed: done.placed })}${refused}`,
        });
        onClosed();
      },
      (error: unknown) => {
        setBusy(false);
        setOutcome({ tone: 'error', text: errorMessage(error, i18n) });
      },
    );
  };
  if (closed && pending === 0) return <OutcomeNotices outcome={outcome} />;
  return (
    <section className="minutes-close" aria-labelledby="minutes-close-title">
      <h2 id="minutes-close-title">{t('close.title')}</h2>
      <OutcomeNotices outcome={outcome} />
      {closed ? (
        <>
          <Notice tone="error">{t('close.pending')}</Notice>
          <button type="button" onClick={close} disabled={busy}>
            {busy ? t('close.closing') : t('close.retry')}
          </button>
        </>
      ) : asking ? (
        <div>
          <p id="minutes-close-ask">
            <strong>{t('close.ask')}</strong> {t('close.explain')}
          </p>
          <p className="button-row">
            <button type="button" onClick={close} disabled={busy}>
              {busy ? t('close.closing') : t('close.confirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
              {t('close.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <>
          <p>{t('close.explain')}</p>
          <button type="button" onClick={() => setAsking(true)}>
            {t('close.title')}
          </button>
        </>
      )}
    </section>
  );
}
