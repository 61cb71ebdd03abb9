import { useTranslation } from 'react-i18next';
import { avatarLabel } from '../realtime/avatarLabel';
import type { TablePeer } from './useTablePresence';

/** Who else has the table open. */
export function TablePresence({ peers }: { peers: readonly TablePeer[] }) {
  const { t } = useTranslation();
  if (peers.length === 0) return null;
  return (
    <section className="table-presence" aria-label={t('cards.presence')}>
      <span className="visually-hidden">{t('cards.presenceCount', { count: peers.length })}</span>
      <ul>
        {peers.map((peer) => (
          <li key={peer.clientId}>
            <span className="avatar" style={{ background: peer.colour }} aria-hidden="true">
              {avatarLabel(peer.name)}
            </span>
            {peer.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
