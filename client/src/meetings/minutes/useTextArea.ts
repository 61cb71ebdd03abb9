import { type RefObject, useEffect, useRef } from 'react';
import * as Y from 'yjs';

// Edits made through a textarea of the minutes; the observer skips its own.
const TYPED = 'minutes-textarea';

/** Where `before` and `after` differ: from `start`, `removed` characters became `inserted`. */
export function textChange(before: string, after: string) {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { start, removed: endBefore - start, inserted: after.slice(start, endAfter) };
}

/**
 * Binds a textarea to a Y.Text, so several people type in one text at once and each keeps their
 * words (Yjs merges per character). What the person types goes into the Y.Text as the change
 * from what the textarea showed; others' changes redraw it with the caret kept beside the same
 * characters (relative positions). While an IME composes (Japanese input), nothing is written or
 * redrawn; when it ends, the composed text goes in where the composition began.
 */
export function useTextArea(text: Y.Text | undefined): RefObject<HTMLTextAreaElement | null> {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const area = ref.current;
    const doc = text?.doc;
    if (!area || !text || !doc) return;
    // What the textarea showed when it was last in step with the text.
    let shown = text.toString();
    area.value = shown;
    let caret: [Y.RelativePosition, Y.RelativePosition] | null = null;
    let composing: { anchor: Y.RelativePosition; at: number } | null = null;

    const remember = () => {
      if (composing) return;
      caret = [
        Y.createRelativePositionFromTypeIndex(text, area.selectionStart),
        Y.createRelativePositionFromTypeIndex(text, area.selectionEnd),
      ];
    };
    const draw = () => {
      const value = text.toString();
      shown = value;
      if (area.value === value) return;
      const focused = document.activeElement === area;
      area.value = value;
      if (!focused || !caret) return;
      const [start, end] = caret.map(
        (position) => Y.createAbsolutePositionFromRelativePosition(position, doc)?.index ?? 0,
      );
      area.setSelectionRange(start ?? 0, end ?? 0);
    };
    const write = (at: number, removed: number, inserted: string) => {
      doc.transact(() => {
        const from = Math.max(0, Math.min(at, text.length));
        const count = Math.min(removed, text.length - from);
        if (count > 0) text.delete(from, count);
        if (inserted) text.insert(from, inserted);
      }, TYPED);
    };
    const onInput = () => {
      if (composing) return;
      const change = textChange(shown, area.value);
      write(change.start, change.removed, change.inserted);
      shown = area.value;
      remember();
    };
    const onCompositionStart = () => {
      composing = {
        anchor: Y.createRelativePositionFromTypeIndex(text, area.selectionStart),
        at: area.selectionStart,
      };
    };
    const onCompositionEnd = () => {
      const began = composing;
      composing = null;
      if (!began) return;
      const change = textChange(shown, area.value);
      // Others may have written meanwhile: the change goes where the composition began now is.
      const anchor = Y.createAbsolutePositionFromRelativePosition(began.anchor, doc)?.index;
      const at = (anchor ?? began.at) + (change.start - began.at);
      write(at, change.removed, change.inserted);
      caret = [
        Y.createRelativePositionFromTypeIndex(
          text,
          Math.min(text.length, at + change.inserted.length),
        ),
        Y.createRelativePositionFromTypeIndex(
          text,
          Math.min(text.length, at + change.inserted.length),
        ),
      ];
      draw();
    };
    const observer = (_event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === TYPED || composing) return;
      draw();
    };
    text.observe(observer);
    const events: [string, () => void][] = [
      ['input', onInput],
      ['compositionstart', onCompositionStart],
      ['compositionend', onCompositionEnd],
      ['select', remember],
      ['keyup', remember],
      ['mouseup', remember],
      ['focus', remember],
    ];
    for (const [name, listener] of events) area.addEventListener(name, listener);
    return () => {
      text.unobserve(observer);
      for (const [name, listener] of events) area.removeEventListener(name, listener);
    };
  }, [text]);
  return ref;
}
