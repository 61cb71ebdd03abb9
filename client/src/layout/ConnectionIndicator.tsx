import { useTranslation } from 'react-i18next';
import { useRubyT } from '../furigana/useRubyT';
import { useConnectionStatus } from '../realtime/connectionStatus';

// Each state has its own shape as well as its own word, so colour is never the only signal.
const NETWORK_ICON = { online: '●', reconnecting: '↻', offline: '✕' } as const;
const FAILURE_TEXT = {
  refused: 'connection.failedRefused',
  tooLarge: 'connection.failedTooLarge',
  readOnly: 'connection.failedReadOnly',
} as const;

/**
 * The header's word on the connection and on saving. Unsaved edits while disconnected are said to
 * be kept on this device, not "saving", because nothing is being sent until the connection is back.
 */
export function ConnectionIndicator() {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const { network, saved, failure } = useConnectionStatus();
  return (
    <div className="connection" role="status" aria-live="polite">
      <span className="visually-hidden">{t('connection.label')} </span>
      <span className={`connection-network connection-${network}`}>
        <span aria-hidden="true" className="connection-icon">
          {NETWORK_ICON[network]}
        </span>{' '}
        {r(`connection.${network}`)}
      </span>
      {failure ? (
        <span className="connection-failed">
          <span aria-hidden="true" className="connection-icon">
            ⚠
          </span>{' '}
          {r('connection.failed')}
          <span className="connection-failure-reason">{r(FAILURE_TEXT[failure])}</span>
        </span>
      ) : (
        <span className={saved ? 'connection-saved' : 'connection-saving'}>
          <span aria-hidden="true" className="connection-icon">
            {saved ? '✓' : '…'}
          </span>{' '}
          {r(
            saved
              ? 'connection.saved'
              : network === 'online'
                ? 'connection.saving'
                : 'connection.keptLocally',
          )}
        </span>
      )}
    </div>
  );
}
