import { Fragment } from 'react';
import { phrasesOf } from './phrases';

/**
 * Text that breaks lines only between phrases: a <wbr> between BudouX's phrases, and CSS
 * (`.phrases` in styles.css: keep-all, so no break inside a phrase; anywhere, so a phrase longer
 * than the line still breaks rather than overflow).
 */
export function Phrases({ text }: { text: string }) {
  const phrases = phrasesOf(text);
  if (phrases.length < 2) return <span className="phrases">{text}</span>;
  return (
    <span className="phrases">
      {phrases.map((phrase, index) => (
        // The phrases of one text never move, so their position is their identity.
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {phrase}
        </Fragment>
      ))}
    </span>
  );
}
