import { type DragEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CardEntry } from '../../../shared/cards/cardEntry';
import {
  entryPlace,
  moveCardEntry,
  removeCardEntry,
  shiftCardEntry,
  updateCardEntryText,
} from '../../../shared/cards/termDocument';
import { CARD_COLUMNS, type CardColumn } from '../../../shared/domain';
import type { TableActions } from './CardTable';
import { EntryCitations } from './citations/EntryCitations';

/** The origin of this tab's edits to the table, for the document's transactions. */
export const TABLE_ORIGIN = 'cards-table';

const neighbourColumn = (column: CardColumn, step: -1 | 1): CardColumn | undefined =>
  CARD_COLUMNS[CARD_COLUMNS.indexOf(column) + step];

/** One entry: its text as a button (edit with Enter), moved by Alt + arrows or by dragging. */
export function EntryItem({
  entry,
  actions,
  onDropBefore,
}: {
  entry: CardEntry;
  actions: TableActions;
  onDropBefore: (event: DragEvent) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { doc, editable, peers, focusId, setFocusId } = actions;
  const editors = peers.filter((peer) => peer.editing === entry.id);

  // An open editor's row stays rendered when scrolled away, so its unsaved text is not lost.
  const { keep } = actions;
  useEffect(() => {
    if (!editing) return;
    keep(entry.cardId, true);
    return () => keep(entry.cardId, false);
  }, [editing, keep, entry.cardId]);

  useEffect(() => {
    if (focusId === entry.id && !editing) {
      button.current?.focus();
      setFocusId(null);
    }
  }, [focusId, entry.id, editing, setFocusId]);

  const afterMove = () => {
    setFocusId(entry.id);
    const place = entryPlace(doc, entry.id);
    if (!place) return;
    actions.announce(
      t('cards.movedTo', {
        text: entry.text,
        column: t(`cards.columns.${place.column}`),
        position: place.place,
      }),
    );
  };

  const moveColumn = (step: -1 | 1) => {
    const target = neighbourColumn(entry.column, step);
    if (target && moveCardEntry(doc, entry.id, target, null, TABLE_ORIGIN).ok) afterMove();
  };
  const shift = (step: -1 | 1) => {
    if (shiftCardEntry(doc, entry.id, step, TABLE_ORIGIN)) afterMove();
  };
  const remove = () => {
    if (removeCardEntry(doc, entry.id, TABLE_ORIGIN)) {
      actions.announce(t('cards.removed', { text: entry.text }));
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!editable) return;
    const keys: Record<string, () => void> = {
      ArrowUp: () => shift(-1),
      ArrowDown: () => shift(1),
      ArrowLeft: () => moveColumn(-1),
      ArrowRight: () => moveColumn(1),
    };
    const run = event.altKey ? keys[event.key] : undefined;
    if (run) {
      event.preventDefault();
      run();
    } else if (event.key === 'Delete') {
      event.preventDefault();
      remove();
    }
  };

  const startEditing = () => {
    if (!editable) return;
    setEditing(true);
    actions.onEditing(entry.id);
  };
  const stopEditing = () => {
    setEditing(false);
    actions.onEditing(null);
    setFocusId(entry.id);
  };

  return (
    <li
      className={editors.length > 0 ? 'entry entry-peer-editing' : 'entry'}
      style={editors[0] ? { borderColor: editors[0].colour } : undefined}
      draggable={editable && !editing}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', entry.text);
        e.dataTransfer.effectAllowed = 'move';
        actions.setDragging(entry);
      }}
      onDragEnd={() => actions.setDragging(null)}
      onDragOver={(e) => actions.dragging?.cardId === entry.cardId && e.preventDefault()}
      onDrop={onDropBefore}
    >
      {editing ? (
        <EntryEditor
          entry={entry}
          onSave={(text) => updateCardEntryText(doc, entry.id, text, TABLE_ORIGIN).ok}
          onDone={stopEditing}
        />
      ) : (
        <button
          ref={button}
          type="button"
          className="entry-text"
          aria-describedby={editable ? 'entry-hint' : undefined}
          onClick={startEditing}
          onKeyDown={onKeyDown}
        >
          {entry.text}
        </button>
      )}
      {entry.fromNote && (
        <Link className="entry-from-note" to={`/meetings/${entry.fromNote.meetingId}`}>
          {t('cards.fromNote')}
        </Link>
      )}
      {entry.column === 'existing' && !editing && (
        <EntryCitations entry={entry} actions={actions} />
      )}
      {editors.map((peer) => (
        <span key={peer.clientId} className="entry-editor" style={{ background: peer.colour }}>
          {t('cards.editingBy', { name: peer.name })}
        </span>
      ))}
    </li>
  );
}

function EntryEditor({
  entry,
  onSave,
  onDone,
}: {
  entry: CardEntry;
  onSave: (text: string) => boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(entry.text);
  const [invalid, setInvalid] = useState(false);
  const save = () => {
    if (text.trim() === entry.text || onSave(text)) onDone();
    else setInvalid(true);
  };
  return (
    <div className="entry-form">
      <label className="visually-hidden" htmlFor={`edit-${entry.id}`}>
        {t('cards.entryText')}
      </label>
      <textarea
        id={`edit-${entry.id}`}
        value={text}
        rows={2}
        aria-invalid={invalid || undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone();
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            save();
          }
        }}
        // biome-ignore lint/a11y/noAutofocus: opened by the person's own Enter or click
        autoFocus
      />
      {invalid && <p className="field-error">{t('cards.invalidEntry')}</p>}
      <div className="entry-form-buttons">
        <button type="button" onClick={save}>
          {t('cards.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('cards.cancel')}
        </button>
      </div>
    </div>
  );
}
