import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useTextArea } from './useTextArea';

/** One section's notes, co-written live in a textarea bound to its Y.Text. */
export function NotesField({
  id,
  label,
  text,
  editable,
}: {
  id: string;
  label: string;
  text: Y.Text | undefined;
  editable: boolean;
}) {
  const { t } = useTranslation('minutes');
  const ref = useTextArea(text);
  if (!text) return <p className="aside">{t('noNotes')}</p>;
  return (
    <div className="field minutes-notes">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={ref} rows={6} readOnly={!editable} />
    </div>
  );
}
