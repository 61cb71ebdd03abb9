import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/board/agency';
import './presence.css';
import { useFormatList } from '../../i18n/useFormatList';
import { avatarLabel } from '../../realtime/avatarLabel';
import type { Following } from './useFollow';
import type { Peer } from './usePresence';

/** Avatars of who is on the board and what each is selecting; another's avatar follows their view. */
export function PresenceBar({
  peers,
  agencies,
  following,
}: {
  peers: readonly Peer[];
  agencies: readonly Agency[];
  following: Following;
}) {
  const { t } = useTranslation('board');
  const list = useFormatList();
  const nameOf = (id: string) => agencies.find((a) => a.id === id)?.name;
  const { followed } = following;
  return (
    <section className="board-presence" aria-label={t('presence.title')}>
      <span className="visually-hidden">{t('presence.count', { count: peers.length })}</span>
      <ul>
        {peers.map((peer) => {
          const selected = list(peer.selection.map(nameOf).filter((n): n is string => Boolean(n)));
          const edited =
            peer.editing &&
            (peer.editing.kind === 'agency' ? nameOf(peer.editing.id) : t('presence.tie'));
          const doing = [
            edited && t('presence.editing', { name: peer.name, target: edited }),
            selected && t('presence.selecting', { name: peer.name, agency: selected }),
          ].filter((d): d is string => Boolean(d));
          const avatar = (
            <span className="avatar" style={{ background: peer.colour }} aria-hidden="true">
              {avatarLabel(peer.name)}
            </span>
          );
          return (
            <li key={peer.clientId} title={doing.length > 0 ? list(doing) : peer.name}>
              {peer.self ? (
                avatar
              ) : (
                <button
                  type="button"
                  className="avatar-button"
                  aria-pressed={followed?.clientId === peer.clientId}
                  aria-label={t('follow.button', { name: peer.name })}
                  onClick={() => following.toggle(peer)}
                >
                  {avatar}
                </button>
              )}
              <span className="visually-hidden">
                {peer.name}
                {peer.self && t('presence.you')}
                {doing.length > 0 && t('presence.doing', { doing: list(doing) })}
              </span>
            </li>
          );
        })}
      </ul>
      {followed && (
        <p className="board-following">
          <span
            className="avatar avatar-small"
            style={{ background: followed.colour }}
            aria-hidden="true"
          >
            {avatarLabel(followed.name)}
          </span>
          {t('follow.following', { name: followed.name })}
          <button type="button" className="button-secondary" onClick={following.stop}>
            {t('follow.stop')}
          </button>
        </p>
      )}
    </section>
  );
}
