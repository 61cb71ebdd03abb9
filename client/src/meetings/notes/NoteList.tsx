import { useTranslation } from 'react-i18next';
import type { Note, Wall } from '../../../../shared/meeting/noteWall';
import { UserText } from '../../furigana/UserText';
import { useRubyT } from '../../furigana/useRubyT';
import { useTintName } from './TintSelect';

type Props = { wall: Wall; selectedId: string | null; onSelect: (id: string) => void };

/** The wall as lists under the groups' headings, for screen readers and for reading it through. */
export function NoteList({ wall, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const known = new Set(wall.groups.map((g) => g.id));
  const loose = wall.notes.filter((n) => !n.groupId || !known.has(n.groupId));
  const sections = [
    ...wall.groups.map((g) => ({
      id: g.id,
      title: g.title,
      notes: wall.notes.filter((n) => n.groupId === g.id),
    })),
    { id: 'loose', title: t('meetings.notes.ungrouped'), notes: loose },
  ];
  return (
    <div className="note-list">
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`note-list-${section.id}`}>
          <h3 id={`note-list-${section.id}`}>
            {r('meetings.notes.groupHeading', {
              title: section.title,
              count: section.notes.length,
            })}
          </h3>
          {section.notes.length === 0 ? (
            <p>{r('meetings.notes.noNotes')}</p>
          ) : (
            <ul>
              {section.notes.map((note) => (
                <NoteRow
                  key={note.id}
                  note={note}
                  selected={note.id === selectedId}
                  onSelect={() => onSelect(note.id)}
                />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

function NoteRow({
  note,
  selected,
  onSelect,
}: {
  note: Note;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const tintName = useTintName();
  return (
    <li className={`note-row note-tint-${note.tint}`}>
      <span className="note-text">
        <UserText text={note.text} />
      </span>
      <span className="note-row-facts">
        {r('meetings.notes.rowFacts', {
          author: note.authorName ?? t('meetings.notes.anonymous'),
          tint: tintName(note.tint),
        })}
        {note.sentTo && ` ${r('meetings.notes.sentTo', { label: note.sentTo.label ?? '' })}`}
      </span>
      <button
        type="button"
        className="button-secondary button-small"
        aria-pressed={selected}
        aria-label={t('meetings.notes.selectNote', { text: note.text })}
        onClick={onSelect}
      >
        {r('meetings.notes.select')}
      </button>
    </li>
  );
}
