import { type FormEvent, type ReactNode, type RefObject, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NOTE_TEXT_MAX,
  type Note,
  type NoteGroup,
  type NoteTint,
} from '../../../../shared/meeting/noteWall';
import { useRubyT } from '../../furigana/useRubyT';
import { TintSelect } from './TintSelect';

export type NoteActions = {
  setText: (text: string) => string | null;
  setTint: (tint: NoteTint) => void;
  /** Null: back on the wall. */
  setGroup: (groupId: string | null) => void;
  remove: () => void;
};

type Props = {
  note: Note;
  groups: readonly NoteGroup[];
  /** Whether this person may change the note's words and colour, and delete it. */
  own: boolean;
  actions: NoteActions;
  groupSelect: RefObject<HTMLSelectElement | null>;
  /** The facilitator's: sending the note to an issue card. */
  sendToCard?: ReactNode;
};

/** What can be done to the selected note, as ordinary form controls; anyone writing may group it. */
export function NoteTools({ note, groups, own, actions, groupSelect, sendToCard }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const [text, setText] = useState(note.text);
  const [error, setError] = useState('');
  useEffect(() => {
    setText(note.text);
    setError('');
  }, [note.text]);
  const save = (event: FormEvent) => {
    event.preventDefault();
    setError(actions.setText(text) ?? '');
  };
  return (
    <section className="note-tools" aria-labelledby="note-tools-title">
      <h3 id="note-tools-title">{r('meetings.notes.selectedTitle', { text: note.text })}</h3>
      {own && (
        <form onSubmit={save}>
          <label htmlFor="note-edit-text">{r('meetings.notes.editText')}</label>
          <textarea
            id="note-edit-text"
            value={text}
            rows={2}
            maxLength={NOTE_TEXT_MAX}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'note-edit-error' : undefined}
          />
          {error && (
            <p id="note-edit-error" className="field-error">
              {error}
            </p>
          )}
          <button type="submit">{r('meetings.notes.saveText')}</button>
        </form>
      )}
      {own && <TintSelect id="note-edit-tint" value={note.tint} onChange={actions.setTint} />}
      <label htmlFor="note-group">{r('meetings.notes.group')}</label>
      <select
        id="note-group"
        ref={groupSelect}
        value={note.groupId ?? ''}
        onChange={(e) => actions.setGroup(e.target.value || null)}
      >
        <option value="">{t('meetings.notes.ungrouped')}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.title}
          </option>
        ))}
      </select>
      {sendToCard}
      {own && (
        <p>
          <button type="button" className="button-danger" onClick={actions.remove}>
            {r('meetings.notes.remove')}
          </button>
        </p>
      )}
    </section>
  );
}
