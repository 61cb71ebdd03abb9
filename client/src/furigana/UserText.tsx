import { createContext, useContext, useSyncExternalStore } from 'react';
import { needsReading, wordRuby } from '../../../shared/readings/ruby';
import { type AnnotationScope, annotatorFor } from './annotations';
import { useFurigana } from './FuriganaContext';
import { RubyText } from './RubyText';

const ScopeContext = createContext<AnnotationScope | null>(null);

/** The council (or, for a guest, the meeting) whose readings the user text inside it takes. */
export const AnnotationScopeProvider = ScopeContext.Provider;

const never = () => () => {};
const nothing = () => undefined;

/**
 * Text people wrote (a title, a note, a name), with its readings when ふりがな is on: the reading
 * given (an agency's よみがな), else the server's for this council. Plain until they come.
 */
export function UserText({ text, reading }: { text: string; reading?: string }) {
  const { on } = useFurigana();
  const scope = useContext(ScopeContext);
  const wanted = on && !reading && scope !== null && needsReading(text);
  const annotator = wanted ? annotatorFor(scope) : null;
  const ruby = useSyncExternalStore(
    annotator ? (ready) => annotator.want(text, ready) : never,
    annotator ? () => annotator.read(text) : nothing,
  );
  if (on && reading) return <RubyText ruby={wordRuby(text, reading)} />;
  return ruby ? <RubyText ruby={ruby} /> : text;
}
