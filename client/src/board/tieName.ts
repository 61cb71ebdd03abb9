// A tie is named by its ends and its kind wherever it takes the focus or is listed for a screen
// reader (the canvas, the list view, the side panel): 「ひだまり → みどり：紹介・つなぎ」. Its kind
// alone (「連携」) does not say which of an agency's ties it is, nor two ties between the same
// agencies apart.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../shared/board/agency';
import type { Tie } from '../../../shared/board/tie';
import type { TieKind } from '../../../shared/domain';
import { usePunctuation } from '../i18n/usePunctuation';

/** The words a tie's name is made of, in one language. */
export type TieWords = {
  ends: (direction: Tie['direction'], from: string, to: string) => string;
  kind: (kind: TieKind) => string;
  labelled: (label: string, value: string) => string;
};

export type NameTie = (tie: Pick<Tie, 'from' | 'to' | 'kind' | 'direction'>) => string;

/** Names ties between the agencies named in `names` (by id). */
export function tieNamer(words: TieWords, names: ReadonlyMap<string, string>): NameTie {
  return (tie) =>
    words.labelled(
      words.ends(tie.direction, names.get(tie.from) ?? '', names.get(tie.to) ?? ''),
      words.kind(tie.kind),
    );
}

/** Names ties between these agencies in the page's language. */
export function useTieName(agencies: readonly Agency[]): NameTie {
  const { t } = useTranslation('board');
  const { labelled } = usePunctuation();
  const names = useMemo(() => new Map(agencies.map((a) => [a.id, a.name])), [agencies]);
  const words = useMemo<TieWords>(
    () => ({
      ends: (direction, from, to) => t(`tieName.${direction}`, { from, to }),
      kind: (kind) => t(`tieKinds.${kind}`),
      labelled,
    }),
    [t, labelled],
  );
  return useMemo(() => tieNamer(words, names), [words, names]);
}
