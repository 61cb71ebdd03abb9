import { type DragEvent, type FormEvent, memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView } from '../../../shared/cardApi';
import type { CardEntry } from '../../../shared/cards/cardEntry';
import { addCardEntry, moveCardEntry } from '../../../shared/cards/termDocument';
import type { CardColumn } from '../../../shared/domain';
import type { TableActions } from './CardTable';
import { EntryItem, TABLE_ORIGIN } from './EntryItem';

/**
 * One card's entries in one column, with the way to add one and to drop a dragged one. Kept as
 * it is while its props are: an edit of one entry renders its own cell again, not the row's four.
 */
export const EntryCell = memo(function EntryCell({
  card,
  column,
  entries,
  actions,
}: {
  card: CardView;
  column: CardColumn;
  entries: readonly CardEntry[];
  actions: TableActions;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const columnName = t(`cards.columns.${column}`);
  const accepts = actions.editable && actions.dragging?.cardId === card.id;
  // An open add form's row stays rendered when scrolled away, so what was typed is not lost.
  const { keep } = actions;
  useEffect(() => {
    if (!adding) return;
    keep(card.id, true);
    return () => keep(card.id, false);
  }, [adding, keep, card.id]);

  const drop = (event: DragEvent, beforeId: string | null) => {
    const dragged = actions.dragging;
    if (!accepts || !dragged) return;
    event.preventDefault();
    event.stopPropagation();
    moveCardEntry(actions.doc, dragged.id, column, beforeId, TABLE_ORIGIN);
    actions.setDragging(null);
  };

  return (
    <td
      className={accepts ? 'entry-cell entry-cell-drop' : 'entry-cell'}
      onDragOver={(e) => accepts && e.preventDefault()}
      onDrop={(e) => drop(e, null)}
    >
      {entries.length > 0 && (
        <ul className="entry-list" aria-label={`${card.title} — ${columnName}`}>
          {entries.map((entry) => (
            <EntryItem
              key={entry.id}
              entry={entry}
              actions={actions}
              onDropBefore={(e) => drop(e, entry.id)}
            />
          ))}
        </ul>
      )}
      {actions.editable &&
        (adding ? (
          <AddEntryForm
            id={`add-${card.id}-${column}`}
            label={t('cards.addEntryTo', { card: card.title, column: columnName })}
            onDone={() => setAdding(false)}
            onAdd={(text) => {
              const added = addCardEntry(
                actions.doc,
                { cardId: card.id, column, text },
                TABLE_ORIGIN,
              );
              if (added.ok) actions.announce(t('cards.added', { text: added.value.text }));
              return added.ok;
            }}
          />
        ) : (
          <button
            type="button"
            className="button-link entry-add"
            aria-label={t('cards.addEntryTo', { card: card.title, column: columnName })}
            onClick={() => setAdding(true)}
          >
            <span aria-hidden="true">+</span> {t('cards.addEntry')}
          </button>
        ))}
    </td>
  );
});

function AddEntryForm({
  id,
  label,
  onAdd,
  onDone,
}: {
  id: string;
  label: string;
  onAdd: (text: string) => boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!onAdd(text)) return setInvalid(true);
    setText('');
    setInvalid(false);
  };
  return (
    <form className="entry-form" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        value={text}
        rows={2}
        aria-invalid={invalid || undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone();
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
        }}
        // biome-ignore lint/a11y/noAutofocus: opened by the person's own click on 追加
        autoFocus
      />
      {invalid && <p className="field-error">{t('cards.invalidEntry')}</p>}
      <div className="entry-form-buttons">
        <button type="submit">{t('cards.addEntry')}</button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('cards.cancel')}
        </button>
      </div>
    </form>
  );
}
