// The 年次報告 as a Word document, laid out as the print view is (client/src/reports/
// YearlyReportDocument.tsx): title, the status counts, each 部会, the carry-over, the hub review.

import { formatList } from '../../shared/issues/issueText';
import { documentDate } from '../../shared/reports/documentDate';
import {
  cardLine,
  carriedHeading,
  closedLine,
  countHeaders,
  countRows,
  gapped,
  mergedLine,
  type ReportTranslate,
} from '../../shared/reports/documentText';
import { HUB_TEXT_FIELDS } from '../../shared/reports/hubReview';
import type { TermCloseView, YearlyReportView } from '../../shared/reports/reportApi';
import type { Language } from '../http/requestLanguage';
import { proposalWords, reportWords, yearlyWords } from './documentWords';
import { type Block, bullets, docxFile, heading, para, table, title } from './docxParts';

export function yearlyReportBlocks(view: YearlyReportView, language: Language): Block[] {
  const t = reportWords(language);
  const words: ReportTranslate = (key, values) => t(key, values);
  const y = yearlyWords(language);
  const p = proposalWords(language);
  const labelled = (label: string, value: string) => t('punctuation.labelled', { label, value });
  const cards = (list: YearlyReportView['unassigned']) =>
    list.length > 0 ? bullets(list.map((card) => cardLine(card, words))) : [para(y('noCards'))];
  const { term } = view;
  const blocks: Block[] = [
    para(documentDate(language, view.madeAt), { align: 'right' }),
    title(y('documentTitle', { term: term.name })),
    para(view.council, { align: 'center' }),
    para(
      y('period', {
        from: documentDate(language, term.startsOn),
        to: documentDate(language, term.endsOn),
      }),
      { align: 'center' },
    ),
    heading(y('countsHeading'), 1),
    // The 部会's name gets the room; the eight counts share the rest.
    table(
      countHeaders(words),
      countRows(view, words).map((row) => row.map((cell) => [cell])),
      [28, ...Array<number>(8).fill(9)],
    ),
    heading(y('subcommitteesHeading'), 1),
  ];
  if (view.subcommittees.length === 0) blocks.push(para(y('noSubcommittees')));
  for (const sub of view.subcommittees) {
    blocks.push(
      heading(sub.name, 2),
      para(labelled(t('cards.purpose'), sub.purpose || p('noPurpose'))),
      para(labelled(p('chair'), sub.chair ?? p('noMembers'))),
      para(
        labelled(
          p('members'),
          sub.members.length > 0 ? formatList(language, sub.members) : p('noMembers'),
        ),
      ),
      para(y('meetingsCount', { count: sub.meetings.length })),
      ...bullets(
        sub.meetings.map((m) =>
          p('meetingLine', {
            date: documentDate(language, m.startsAt),
            title: m.title,
            kind: t(`meetings.kinds.${m.kind}`),
          }),
        ),
      ),
      heading(y('cardsHeading', { count: sub.cards.length }), 3),
      ...cards(sub.cards),
    );
  }
  if (view.unassigned.length > 0) {
    blocks.push(heading(y('unassignedHeading'), 2), ...cards(view.unassigned));
  }
  blocks.push(heading(y('carryHeading'), 1));
  if (view.closes.length === 0) blocks.push(para(y('noCloses')));
  for (const close of view.closes) blocks.push(...closeBlocks(close, words, language));
  blocks.push(heading(t('reports:hub.title'), 1));
  if (view.hub.holder) blocks.push(para(y('hubHolder', { name: view.hub.holder })));
  blocks.push(para(y('hubProvidersNote')));
  for (const fn of view.hub.functions) {
    blocks.push(
      heading(t(`board:hubFunctions.${fn.hubFunction}`), 2),
      para(
        labelled(
          t('reports:hub.providers', { count: fn.providers.length }),
          fn.providers.length > 0
            ? formatList(language, fn.providers)
            : t('reports:hub.noProviders'),
        ),
      ),
    );
    for (const year of fn.years) {
      blocks.push(
        heading(
          gapped(
            [
              t('reports:hub.fiscalYear', { year: year.fiscalYear }),
              labelled(t('reports:fields.rating'), t(`reports:ratings.${year.rating}`)),
            ],
            words,
          ),
          3,
        ),
        ...HUB_TEXT_FIELDS.map((field) =>
          para(labelled(t(`reports:fields.${field}`), year[field] || t('reports:hub.empty'))),
        ),
      );
    }
    blocks.push(
      para(t('punctuation.label', { label: t('reports:hub.cards') })),
      ...(fn.cards.length > 0
        ? bullets(fn.cards.map((card) => cardLine(card, words)))
        : [para(t('reports:hub.noCards'))]),
    );
  }
  return blocks;
}

function closeBlocks(close: TermCloseView, t: ReportTranslate, language: Language): Block[] {
  const y = yearlyWords(language);
  const list = (lines: string[]) => (lines.length > 0 ? bullets(lines) : [para(y('none'))]);
  return [
    heading(y('closeHeading', { from: close.from }), 2),
    heading(carriedHeading(close, t), 3),
    ...list(close.carried.map((card) => cardLine(card, t))),
    heading(y('closed', { count: close.closed.length }), 3),
    ...list(close.closed.map((card) => closedLine(card, t))),
    heading(y('merged', { count: close.merged.length }), 3),
    ...list(close.merged.map((card) => mergedLine(card, t))),
  ];
}

export function yearlyReportDocx(view: YearlyReportView, language: Language): Promise<Buffer> {
  return docxFile(
    {
      title: yearlyWords(language)('documentTitle', { term: view.term.name }),
      creator: view.council,
    },
    yearlyReportBlocks(view, language),
  );
}
