// Texts the print view and the DOCX compose alike; `p` translates a key of reports:proposal, `t`
// any key of the app's translations.
import type { ParseKeys } from 'i18next';
import { ISSUE_CARD_STATUSES } from '../domain';
import type {
  ProposalItem,
  ReportCard,
  StatusCounts,
  TermCloseView,
  YearlyReportView,
} from './reportApi';

type Words = (
  key: 'item' | 'subItem' | 'itemHeading' | 'subItemHeading' | 'coded',
  values: Record<string, string | number>,
) => string;

/** 「協議事項2　B．…」 for an issue, 「（1）D-a．…」 for a sub-item. */
export function itemHeading(item: ProposalItem, p: Words): string {
  const title = item.code ? p('coded', { code: item.code, title: item.title }) : item.title;
  return item.parentNumber === null
    ? p('itemHeading', { item: p('item', { number: item.number }), title })
    : p('subItemHeading', { item: p('subItem', { number: item.number }), title });
}

/** The non-empty parts of one line set apart as the language does: 「a　b」 / "a; b". */
export function gapped(parts: readonly string[], t: ReportTranslate): string {
  const [first = '', ...rest] = parts.filter(Boolean);
  return rest.reduce((before, after) => t('reports:proposal.gapped', { before, after }), first);
}

/** Any key of the app's own words or of the reports namespace (typed as the client's `t`). */
export type ReportTranslate = (
  key: ParseKeys<['translation', 'reports']>,
  values?: Record<string, string | number>,
) => string;
type Translate = ReportTranslate;

/** 「A．誰もが…（提言）」: a card as a line of the 年次報告. */
export function cardLine(card: ReportCard, t: Translate): string {
  const text = card.code
    ? t('reports:proposal.coded', { code: card.code, title: card.title })
    : card.title;
  return t('punctuation.aside', { text, aside: t(`cards.statuses.${card.status}`) });
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
  return gapped([cardLine(card, t), reasonText(card.reason, t)], t);
}

/** A card merged into another at a term's close, with the reason given. */
export function mergedLine(card: TermCloseView['merged'][number], t: Translate): string {
  return gapped(
    [
      cardLine(card, t),
      t('reports:yearly.mergedInto', { into: card.into }),
      reasonText(card.reason, t),
    ],
    t,
  );
}

/** The heading over a close's carried cards: into which term, how many. */
export function carriedHeading(close: TermCloseView, t: Translate): string {
  const count = close.carried.length;
  return close.into
    ? t('reports:yearly.carried', { into: close.into, count })
    : t('reports:yearly.carriedNowhere', { count });
}
