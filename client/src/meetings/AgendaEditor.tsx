import { useTranslation } from 'react-i18next';
import type { BoardView } from '../../../shared/api';
import { TextField } from '../forms/Field';
import type { Message } from '../forms/validation';

/** One agenda row as the form holds it: the links as the two boxes a person fills in. */
export type AgendaDraft = {
  id: string;
  title: string;
  minutes: string;
  presenter: string;
  boardId: string;
  url: string;
  // Card links are kept as they are (the form does not edit them yet).
  cardLinks: { kind: 'card'; id: string; label: string }[];
};

export type AgendaErrors = Record<string, Partial<Record<'title' | 'minutes' | 'url', Message>>>;

export const emptyItem = (): AgendaDraft => ({
  id: crypto.randomUUID(),
  title: '',
  minutes: '10',
  presenter: '',
  boardId: '',
  url: '',
  cardLinks: [],
});

type Props = {
  items: AgendaDraft[];
  boards: BoardView[];
  errors: AgendaErrors;
  onChange: (items: AgendaDraft[]) => void;
};

/** The agenda rows: add, edit, reorder and remove items, all with buttons a keyboard reaches. */
export function AgendaEditor({ items, boards, errors, onChange }: Props) {
  const { t } = useTranslation();
  const set = (index: number, change: Partial<AgendaDraft>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    onChange(next);
  };

  return (
    <fieldset className="agenda-editor">
      <legend>{t('meetings.agenda.title')}</legend>
      <ol>
        {items.map((item, index) => {
          const n = index + 1;
          const e = errors[item.id] ?? {};
          return (
            <li key={item.id} className="agenda-draft">
              <TextField
                id={`item-${item.id}-title`}
                label={t('meetings.agenda.itemTitle', { n })}
                value={item.title}
                error={e.title}
                onChange={(ev) => set(index, { title: ev.target.value })}
                required
              />
              <TextField
                id={`item-${item.id}-minutes`}
                label={t('meetings.agenda.itemMinutes', { n })}
                type="number"
                min={1}
                max={480}
                inputMode="numeric"
                value={item.minutes}
                error={e.minutes}
                onChange={(ev) => set(index, { minutes: ev.target.value })}
                required
              />
              <TextField
                id={`item-${item.id}-presenter`}
                label={t('meetings.agenda.itemPresenter', { n })}
                value={item.presenter}
                onChange={(ev) => set(index, { presenter: ev.target.value })}
              />
              <div className="field">
                <label htmlFor={`item-${item.id}-board`}>
                  {t('meetings.agenda.itemBoard', { n })}
                </label>
                <select
                  id={`item-${item.id}-board`}
                  value={item.boardId}
                  onChange={(ev) => set(index, { boardId: ev.target.value })}
                >
                  <option value="">{t('meetings.agenda.noBoard')}</option>
                  {boards.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.name}
                    </option>
                  ))}
                </select>
              </div>
              <TextField
                id={`item-${item.id}-url`}
                label={t('meetings.agenda.itemUrl', { n })}
                type="url"
                value={item.url}
                error={e.url}
                onChange={(ev) => set(index, { url: ev.target.value })}
              />
              <div className="button-row">
                <button
                  type="button"
                  className="button-secondary button-small"
                  disabled={index === 0}
                  aria-label={t('meetings.agenda.moveUp', { n })}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button-secondary button-small"
                  disabled={index === items.length - 1}
                  aria-label={t('meetings.agenda.moveDown', { n })}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button-secondary button-small"
                  onClick={() => onChange(items.filter((_, i) => i !== index))}
                >
                  {t('meetings.agenda.remove', { n })}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button-secondary"
        onClick={() => onChange([...items, emptyItem()])}
      >
        {t('meetings.agenda.add')}
      </button>
    </fieldset>
  );
}
