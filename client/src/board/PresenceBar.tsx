import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../shared/board/agency';
import type { Peer } from './usePresence';

const initial = (name: string) => [...name.replace(/^.*\s/u, '')][0] ?? '?';

/** Avatars of who is on the board, and what each is selecting. */
export function PresenceBar({
  peers,
  agencies,
}: {
  peers: readonly Peer[];
  agencies: readonly Agency[];
}) {
  const { t } = useTranslation('board');
  const nameOf = (id: string) => agencies.find((a) => a.id === id)?.name;
  return (
    <section className="board-presence" aria-label={t('presence.title')}>
      <span className="visually-hidden">{t('presence.count', { count: peers.length })}</span>
      <ul>
        {peers.map((peer) => {
          const selected = peer.selection.map(nameOf).filter(Boolean).join('、');
          return (
            <li
              key={peer.clientId}
              title={
                selected
                  ? t('presence.selecting', { name: peer.name, agency: selected })
                  : peer.name
              }
            >
              <span className="avatar" style={{ background: peer.colour }} aria-hidden="true">
                {initial(peer.name)}
              </span>
              <span className="visually-hidden">
                {peer.name}
                {peer.self && t('presence.you')}
                {selected && `：${t('presence.selecting', { name: peer.name, agency: selected })}`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
