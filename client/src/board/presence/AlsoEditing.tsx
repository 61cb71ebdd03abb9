import { useTranslation } from 'react-i18next';
import { useFormatList } from '../../i18n/useFormatList';
import type { EditTarget, Peer } from './usePresence';

/**
 * Says who else has the same agency or tie open, before both save: the document merges field by
 * field, so their edits mix and the later save of one box wins.
 */
export function AlsoEditing({
  peers,
  target,
}: {
  peers: readonly Peer[];
  target: EditTarget | null;
}) {
  const { t } = useTranslation('board');
  const list = useFormatList();
  const names = target
    ? peers
        .filter((p) => !p.self && p.editing?.kind === target.kind && p.editing.id === target.id)
        .map((p) => p.name)
    : [];
  return (
    <p role="status" className={names.length > 0 ? 'notice notice-info' : 'visually-hidden'}>
      {names.length > 0 && t('presence.alsoEditing', { names: list(names) })}
    </p>
  );
}
