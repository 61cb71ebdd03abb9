// Which cards a list shows: by 部会, status, field, hub function and words. Words match the code,
// title, summary and theme with kana and width folded (normalizeForSearch), every word needed.
import { normalizeForSearch } from '../board/text';
import type { CardView } from '../cardApi';
import type { Field, HubFunction, IssueCardStatus } from '../domain';

export type CardFilter = {
  /** A 部会 id, 'none' for cards without one, or '' for all. */
  subcommittee: string;
  status: IssueCardStatus | '';
  field: Field | '';
  hubFunction: HubFunction | '';
  text: string;
};

export const NO_FILTER: CardFilter = {
  subcommittee: '',
  status: '',
  field: '',
  hubFunction: '',
  text: '',
};

export function cardMatcher(filter: CardFilter): (card: CardView) => boolean {
  const words = filter.text
    .split(/[\s\u3000]+/u)
    .map(normalizeForSearch)
    .filter((word) => word.length > 0);
  return (card) => {
    if (
      filter.subcommittee === 'none'
        ? card.subcommitteeId !== null
        : filter.subcommittee && card.subcommitteeId !== filter.subcommittee
    )
      return false;
    if (filter.status && card.status !== filter.status) return false;
    if (filter.field && !card.fields.includes(filter.field)) return false;
    if (filter.hubFunction && !card.hubFunctions.includes(filter.hubFunction)) return false;
    if (words.length === 0) return true;
    const haystack = normalizeForSearch(`${card.code} ${card.title} ${card.summary} ${card.theme}`);
    return words.every((word) => haystack.includes(word));
  };
}
