// Texts the print view and the DOCX compose alike; `p` translates a key of reports:proposal, `t`
// any key of the app's translations.
import { ISSUE_CARD_STATUSES } from '../domain';
import type {
  ProposalItem,
  ReportCard,
  StatusCounts,
  TermCloseView,
  YearlyReportView,
} from './reportApi';

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

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** 「A．誰もが…（提言）」: a card as a line of the 年次報告. */
export function cardLine(card: ReportCard, t: Translate): string {
  const code = card.code ? `${card.code}．` : '';
  return `${code}${card.title}（${t(`cards.statuses.${card.status}`)}）`;
}

/** The status counts as table rows: the whole term, then each 部会; a total at the end. */
export function countRows(view: YearlyReportView, t: Translate): string[][] {
  const row = (name: string, counts: StatusCounts) => [
    name,
    ...ISSUE_CARD_STATUSES.map((status) => String(counts[status])),
    String(ISSUE_CARD_STATUSES.reduce((sum, status) => sum + counts[status], 0)),
  ];
  return [
    row(t('reports:yearly.whole'), view.counts),
    ...view.subcommittees.map((sub) => row(sub.name, sub.counts)),
  ];
}

/** The head of the counts table: 部会, each status, 計. */
export function countHeaders(t: Translate): string[] {
  return [
    t('reports:yearly.subcommittee'),
    ...ISSUE_CARD_STATUSES.map((status) => t(`cards.statuses.${status}`)),
    t('reports:yearly.total'),
  ];
}

const reasonText = (reason: string | null, t: Translate) =>
  reason ? t('reports:yearly.reason', { reason }) : t('reports:yearly.noReason');

/** A card closed as 完了 at a term's close, with the reason given. */
export function closedLine(card: TermCloseView['closed'][number], t: Translate): string {
  return `${cardLine(card, t)}　${reasonText(card.reason, t)}`;
}

/** A card merged into another at a term's close, with the reason given. */
export function mergedLine(card: TermCloseView['merged'][number], t: Translate): string {
  return `${cardLine(card, t)}　${t('reports:yearly.mergedInto', { into: card.into })}　${reasonText(card.reason, t)}`;
}

/** The heading over a close's carried cards: into which term, how many. */
export function carriedHeading(close: TermCloseView, t: Translate): string {
  const count = close.carried.length;
  return close.into
    ? t('reports:yearly.carried', { into: close.into, count })
    : t('reports:yearly.carriedNowhere', { count });
}
