import { useTranslation } from 'react-i18next';
import { CanvasImageButtons } from '../data/CanvasImageButtons';
import type { CanvasImage } from '../data/useCanvasImage';
import { OverflowMenu } from '../workspace/OverflowMenu';
import { ToolGroup } from '../workspace/ToolGroup';
import { ROOMY, useMediaQuery } from '../workspace/useMediaQuery';
import { ArrangementPicker } from './ArrangementPicker';
import type { Arrangement } from './arrangements';
import type { BoardClipboard } from './useBoardClipboard';

type Props = {
  arrangement: Arrangement;
  onArrangement: (arrangement: Arrangement) => void;
  readOnly: boolean;
  /** How many agencies are selected. */
  selected: number;
  /** Starts a tie from the one selected agency; undefined when not exactly one is. */
  onConnect: (() => void) | undefined;
  /** Lays the agencies out; undefined where the arrangement places them itself. */
  onAutoLayout: (() => void) | undefined;
  onDeleteSelected: () => void;
  /** Edits the one selected tie; undefined when not exactly one is. */
  onEditTie: (() => void) | undefined;
  clipboard: BoardClipboard;
  image: CanvasImage;
  boardName: string;
  /** The board has no agencies. */
  empty: boolean;
  /** The view shows part of the board (it opened enlarged): said until the reader moves it. */
  partial: boolean;
  onNotice: (message: string) => void;
  /** The board's polite live region (an image file is ready). */
  onAnnounce: (message: string) => void;
};

/** The canvas's buttons; each keyboard shortcut of the canvas has one here too. */
export function CanvasToolbar({
  arrangement,
  onArrangement,
  readOnly,
  selected,
  onConnect,
  onAutoLayout,
  onDeleteSelected,
  onEditTie,
  clipboard,
  image,
  boardName,
  empty,
  partial,
  onNotice,
  onAnnounce,
}: Props) {
  const { t } = useTranslation('board');
  // On a smaller window the copy, paste and image buttons wait in a menu.
  const roomy = useMediaQuery(ROOMY);
  return (
    <div className="canvas-tools">
      <ToolGroup label={t('canvas.arrangement')}>
        <ArrangementPicker value={arrangement} onChange={onArrangement} />
        {!readOnly && onAutoLayout && (
          <button
            type="button"
            className="button-secondary"
            disabled={empty}
            onClick={onAutoLayout}
          >
            {t('canvas.autoLayout')}
          </button>
        )}
      </ToolGroup>
      {!readOnly && (
        <ToolGroup label={t('workspace.groups.selection')}>
          <button type="button" disabled={!onConnect} onClick={onConnect} aria-keyshortcuts="C">
            {t('canvas.connect')}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={!onEditTie}
            onClick={onEditTie}
            aria-keyshortcuts="Shift+Enter"
          >
            {t('canvas.editTie')}
          </button>
          <button
            type="button"
            className="button-danger"
            disabled={selected === 0}
            onClick={onDeleteSelected}
          >
            {t('canvas.deleteSelected')}
          </button>
        </ToolGroup>
      )}
      <OverflowMenu inline={roomy}>
        <ToolGroup label={t('workspace.groups.clipboard')}>
          {/* Copying is reading: a guest may copy agencies into a board they can edit. */}
          <button
            type="button"
            className="button-secondary"
            disabled={!clipboard.canCopy}
            onClick={clipboard.copy}
            aria-keyshortcuts="Control+C"
          >
            {t('canvas.copy')}
          </button>
          {!readOnly && (
            <button
              type="button"
              className="button-secondary"
              onClick={clipboard.paste}
              aria-keyshortcuts="Control+V"
            >
              {t('canvas.paste')}
            </button>
          )}
        </ToolGroup>
        <ToolGroup label={t('workspace.groups.image')}>
          <CanvasImageButtons
            image={image}
            boardName={boardName}
            disabled={empty}
            onResult={onNotice}
            onSaved={onAnnounce}
          />
        </ToolGroup>
      </OverflowMenu>
      <span className="canvas-hint">
        {selected > 0
          ? t('canvas.selected', { count: selected })
          : partial
            ? t('workspace.partialView')
            : t('canvas.connectHint')}
      </span>
    </div>
  );
}
