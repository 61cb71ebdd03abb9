import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_TEXT_MAX, type NoteTint } from '../../../../shared/meeting/noteWall';
import { useRubyT } from '../../furigana/useRubyT';
import { TintSelect } from './TintSelect';

type Props = {
  /** Resolves with an error to show, or nothing when the note was added. */
  onAdd: (text: string, tint: NoteTint) => Promise<string | null> | string | null;
  hint?: string;
};

/** Writing a new note: its text and colour (the colour is kept for the next one). */
export function NoteAddForm({ onAdd, hint }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const [text, setText] = useState('');
  const [tint, setTint] = useState<NoteTint>('yellow');
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = await onAdd(text, tint);
    setError(problem ?? '');
    if (!problem) setText('');
  };
  return (
    <form className="note-add" onSubmit={submit} aria-labelledby="note-add-title">
      <h3 id="note-add-title">{r('meetings.notes.addTitle')}</h3>
      {hint && <p className="aside">{hint}</p>}
      <label htmlFor="note-add-text">{r('meetings.notes.text')}</label>
      <textarea
        id="note-add-text"
        value={text}
        maxLength={NOTE_TEXT_MAX}
        rows={2}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={error ? 'note-add-error' : undefined}
        aria-invalid={error ? true : undefined}
      />
      <TintSelect id="note-add-tint" value={tint} onChange={setTint} />
      {error && (
        <p id="note-add-error" className="field-error">
          {error}
        </p>
      )}
      <button type="submit">{r('meetings.notes.add')}</button>
    </form>
  );
}
