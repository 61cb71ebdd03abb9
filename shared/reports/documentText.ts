// Texts the print view and the DOCX compose alike; `p` translates a key of reports:proposal.
import type { ProposalItem } from './reportApi';

/** 「協議事項2　B．…」 for an issue, 「（1）D-a．…」 for a sub-item. */
export function itemHeading(
  item: ProposalItem,
  p: (key: string, values?: Record<string, unknown>) => string,
): string {
  const code = item.code ? `${item.code}．` : '';
  return item.parentNumber === null
    ? `${p('item', { number: item.number })}　${code}${item.title}`
    : `${p('subItem', { number: item.number })}${code}${item.title}`;
}
