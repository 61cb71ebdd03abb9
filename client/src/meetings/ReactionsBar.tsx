import { useTranslation } from 'react-i18next';
import { REACTIONS, type Reaction } from '../../../shared/meeting/liveProtocol';
import { useRubyT } from '../furigana/useRubyT';

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
  const r = useRubyT(t);
  return (
    <section aria-labelledby="reactions-title" className="meeting-reactions">
      <h2 id="reactions-title" className="visually-hidden">
        {r('meetings.reactions.title')}
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
        {reactions.map((shown) => (
          <li key={shown.key}>
            <span aria-hidden="true">{shown.reaction}</span>{' '}
            {r('meetings.reactions.by', {
              name: shown.name,
              reaction: t(`meetings.reactions.names.${NAME[shown.reaction]}`),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
