import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/board/agency';
import type { BoardHistory } from '../document/useBoardHistory';
import { PresenceBar } from '../presence/PresenceBar';
import type { Following } from '../presence/useFollow';
import type { Peer } from '../presence/usePresence';
import { OverflowMenu } from './OverflowMenu';
import { ToolGroup } from './ToolGroup';
import { useMediaQuery, WIDE } from './useMediaQuery';

export type View = 'canvas' | 'list' | 'matrix';
export const VIEWS: View[] = ['canvas', 'list', 'matrix'];

type Props = {
  view: View;
  onView: (view: View) => void;
  readOnly: boolean;
  onAddAgency: () => void;
  onAddTie: () => void;
  history: Pick<BoardHistory, 'canUndo' | 'canRedo'>;
  onUndo: () => void;
  onRedo: () => void;
  onData: () => void;
  filterOpen: boolean;
  /** A condition narrows the board (said on the button while the panel is closed). */
  filtering: boolean;
  onFilterOpen: (open: boolean) => void;
  peers: readonly Peer[];
  agencies: readonly Agency[];
  following: Following;
};

/** The board's toolbar, grouped by task: view · add · history · data, and who is here. */
export function BoardToolbar({
  view,
  onView,
  readOnly,
  onAddAgency,
  onAddTie,
  history,
  onUndo,
  onRedo,
  onData,
  filterOpen,
  filtering,
  onFilterOpen,
  peers,
  agencies,
  following,
}: Props) {
  const { t } = useTranslation('board');
  const wide = useMediaQuery(WIDE);
  return (
    <div className="board-toolbar" role="toolbar" aria-label={t('title')}>
      <ToolGroup label={t('workspace.groups.view')}>
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            className={view === v ? 'board-view board-view-active' : 'board-view button-secondary'}
            onClick={() => onView(v)}
          >
            {t(`views.${v}`)}
          </button>
        ))}
        <button
          type="button"
          className="button-secondary"
          aria-expanded={filterOpen}
          aria-controls="board-filter"
          onClick={() => onFilterOpen(!filterOpen)}
        >
          {filtering && !filterOpen ? t('workspace.filterActive') : t('filter.title')}
        </button>
      </ToolGroup>
      {!readOnly && (
        <ToolGroup label={t('workspace.groups.add')}>
          <button type="button" onClick={onAddAgency}>
            {t('form.addAgency')}
          </button>
          <button type="button" onClick={onAddTie}>
            {t('form.addTie')}
          </button>
        </ToolGroup>
      )}
      <OverflowMenu inline={wide}>
        {!readOnly && (
          <ToolGroup label={t('history.label')}>
            <button
              type="button"
              className="button-secondary"
              onClick={onUndo}
              disabled={!history.canUndo}
              aria-keyshortcuts="Control+Z"
            >
              <span aria-hidden="true">↶ </span>
              {t('history.undo')}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={onRedo}
              disabled={!history.canRedo}
              aria-keyshortcuts="Control+Shift+Z"
            >
              <span aria-hidden="true">↷ </span>
              {t('history.redo')}
            </button>
          </ToolGroup>
        )}
        <ToolGroup label={t('workspace.groups.data')}>
          <button type="button" className="button-secondary" onClick={onData}>
            {t('data.button')}
          </button>
        </ToolGroup>
      </OverflowMenu>
      <PresenceBar peers={peers} agencies={agencies} following={following} />
    </div>
  );
}
