import { useTranslation } from 'react-i18next';
import { REACTIONS, type Reaction } from '../../../shared/meeting/liveProtocol';

// Each reaction's name in the translation files, for screen readers.
const NAME = {
  '👍': 'agree',
  '👏': 'applause',
  '😊': 'smile',
  '❓': 'question',
  '🙏': 'thanks',
} as const satisfies Record<Reaction['reaction'], string>;

type Props = {
  canReact: boolean;
  react: (reaction: Reaction['reaction']) => void;
  reactions: readonly (Reaction & { key: number })[];
};

/** Quick reactions: a row of buttons, and everyone's reactions of the last few seconds. */
export function ReactionsBar({ canReact, react, reactions }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="reactions-title" className="meeting-reactions">
      <h2 id="reactions-title" className="visually-hidden">
        {t('meetings.reactions.title')}
      </h2>
      {canReact && (
        <div className="button-row">
          {REACTIONS.map((reaction) => (
            <button
              key={reaction}
              type="button"
              className="button-secondary"
              aria-label={t(`meetings.reactions.names.${NAME[reaction]}`)}
              onClick={() => react(reaction)}
            >
              <span aria-hidden="true">{reaction}</span>
            </button>
          ))}
        </div>
      )}
      <ul className="reaction-stream" aria-label={t('meetings.reactions.recent')}>
        {reactions.map((r) => (
          <li key={r.key}>
            <span aria-hidden="true">{r.reaction}</span>{' '}
            {t('meetings.reactions.by', {
              name: r.name,
              reaction: t(`meetings.reactions.names.${NAME[r.reaction]}`),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
