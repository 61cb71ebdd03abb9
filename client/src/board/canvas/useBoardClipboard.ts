import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Board } from '../../../../shared/board/document';
import { addAgenciesWithTies } from '../../../../shared/board/documentPaste';
import type { LocalOrigin } from '../document/useBoardHistory';
import { isTyping } from '../keyboardTarget';
import { copyPayload, parseClipboard, pasteInputs } from './clipboard';

type Options = {
  doc: Y.Doc;
  board: Board;
  selection: readonly string[];
  origin: LocalOrigin;
  readOnly: boolean;
  onSelection: (ids: string[]) => void;
  onAnnounce: (message: string) => void;
  onProblem: (message: string) => void;
};

export type BoardClipboard = {
  canCopy: boolean;
  copy: () => void;
  paste: () => void;
};

/** Text selected on the page is the person's to copy, not the board's. */
const hasTextSelection = () => window.getSelection()?.isCollapsed === false;

/**
 * Copy and paste of the selected agencies. Keyboard shortcuts use the clipboard events (no
 * permission needed); the buttons use the async clipboard API. Either way the last copy is also
 * kept in memory, for when the browser refuses the clipboard.
 */
export function useBoardClipboard({
  doc,
  board,
  selection,
  origin,
  readOnly,
  onSelection,
  onAnnounce,
  onProblem,
}: Options): BoardClipboard {
  const { t } = useTranslation('board');
  const memory = useRef<string | null>(null);
  // Pasting the same copy again shifts it further, so each paste stays visible.
  const last = useRef<{ text: string; step: number } | null>(null);

  const take = useCallback((): string | null => {
    const payload = copyPayload(board, selection);
    if (!payload) return null;
    const text = JSON.stringify(payload);
    memory.current = text;
    last.current = { text, step: 0 };
    onAnnounce(t('clipboard.copied', { count: payload.agencies.length }));
    return text;
  }, [board, selection, onAnnounce, t]);

  const pasteText = useCallback(
    (text: string) => {
      const parsed = parseClipboard(text);
      if (!parsed.ok) {
        onProblem(t(`clipboard.${parsed.reason}`));
        return;
      }
      const step = last.current?.text === text ? last.current.step + 1 : 1;
      last.current = { text, step };
      const inputs = pasteInputs(parsed.payload, step);
      // A paste is its own undo step, even right after (or before) another edit.
      origin.separate();
      const added = addAgenciesWithTies(doc, inputs.agencies, inputs.ties, origin);
      origin.separate();
      if (!added.ok) {
        onProblem(t('clipboard.invalid'));
        return;
      }
      onSelection(added.value.agencies.map((a) => a.id));
      onProblem('');
      onAnnounce(
        t('clipboard.pasted', {
          count: added.value.agencies.length,
          ties: added.value.ties.length,
        }),
      );
    },
    [doc, origin, onSelection, onAnnounce, onProblem, t],
  );

  const fromMemory = useCallback(() => {
    if (memory.current) pasteText(memory.current);
    else onProblem(t('clipboard.empty'));
  }, [pasteText, onProblem, t]);

  const copy = useCallback(() => {
    const text = take();
    if (text) navigator.clipboard?.writeText(text).catch(() => undefined);
  }, [take]);

  const paste = useCallback(() => {
    if (readOnly) return;
    if (!navigator.clipboard) {
      fromMemory();
      return;
    }
    navigator.clipboard.readText().then(pasteText, fromMemory);
  }, [readOnly, pasteText, fromMemory]);

  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      if (isTyping(event.target) || hasTextSelection() || !event.clipboardData) return;
      const text = take();
      if (!text) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (readOnly || isTyping(event.target)) return;
      event.preventDefault();
      const text = event.clipboardData?.getData('text/plain');
      if (text) pasteText(text);
      else fromMemory();
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [take, pasteText, fromMemory, readOnly]);

  return { canCopy: selection.length > 0, copy, paste };
}
