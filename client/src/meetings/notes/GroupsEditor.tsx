import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_TITLE_MAX, type NoteGroup } from '../../../../shared/meeting/noteWall';
import { useRubyT } from '../../furigana/useRubyT';

type Props = {
  groups: readonly NoteGroup[];
  add: (title: string) => string | null;
  rename: (id: string, title: string) => string | null;
  remove: (id: string) => void;
  /** The facilitator's: sending a group's heading to an issue card. */
  sendToCard?: (group: NoteGroup) => ReactNode;
};

/** Making, renaming and removing the wall's groups (KJ法 headings). */
export function GroupsEditor({ groups, add, rename, remove, sendToCard }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = add(title);
    setError(problem ?? '');
    if (!problem) setTitle('');
  };
  return (
    <details className="note-groups-editor">
      <summary>{r('meetings.notes.groupsTitle')}</summary>
      <form onSubmit={submit}>
        <label htmlFor="group-new">{r('meetings.notes.newGroup')}</label>
        <input
          id="group-new"
          value={title}
          maxLength={GROUP_TITLE_MAX}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'group-new-error' : undefined}
        />
        <button type="submit">{r('meetings.notes.addGroup')}</button>
        {error && (
          <p id="group-new-error" className="field-error">
            {error}
          </p>
        )}
      </form>
      <ul>
        {groups.map((group) => (
          <GroupRow key={group.id} group={group} rename={rename} remove={remove}>
            {sendToCard?.(group)}
          </GroupRow>
        ))}
      </ul>
    </details>
  );
}

function GroupRow({
  group,
  rename,
  remove,
  children,
}: {
  group: NoteGroup;
  rename: Props['rename'];
  remove: Props['remove'];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const [title, setTitle] = useState(group.title);
  const [error, setError] = useState('');
  const id = `group-title-${group.id}`;
  return (
    <li>
      <form
        className="button-row"
        onSubmit={(event) => {
          event.preventDefault();
          setError(rename(group.id, title) ?? '');
        }}
      >
        <label htmlFor={id} className="visually-hidden">
          {r('meetings.notes.groupTitleOf', { title: group.title })}
        </label>
        <input
          id={id}
          value={title}
          maxLength={GROUP_TITLE_MAX}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={error ? true : undefined}
        />
        <button type="submit" className="button-secondary button-small">
          {r('meetings.notes.renameGroup')}
        </button>
        <button
          type="button"
          className="button-danger button-small"
          aria-label={t('meetings.notes.removeGroupOf', { title: group.title })}
          onClick={() => remove(group.id)}
        >
          {r('meetings.notes.removeGroup')}
        </button>
        {error && <span className="field-error">{error}</span>}
      </form>
      {children}
    </li>
  );
}
