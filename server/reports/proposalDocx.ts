// The 提言書 as a Word document, laid out as the print view is (client/src/reports/
// ProposalDocument.tsx): title, はじめに, 部会における検討状況, then the numbered 協議事項.
import { GOAL_HORIZONS } from '../../shared/cards/cardPlan';
import { CARD_COLUMNS } from '../../shared/domain';
import { formatList } from '../../shared/issues/issueText';
import { documentDate } from '../../shared/reports/documentDate';
import { gapped, itemHeading, type ReportTranslate } from '../../shared/reports/documentText';
import type { ProposalItem, ProposalView } from '../../shared/reports/reportApi';
import type { Language } from '../http/requestLanguage';
import { proposalWords, reportWords } from './documentWords';
import { type Block, bullets, docxFile, heading, para, table, title } from './docxParts';

export function proposalBlocks(view: ProposalView, language: Language): Block[] {
  const t = reportWords(language);
  const p = proposalWords(language);
  const labelled = (label: string, value: string) => t('punctuation.labelled', { label, value });
  const words: ReportTranslate = (key, values) => t(key, values);
  const { subcommittee, term } = view;
  const blocks: Block[] = [
    para(documentDate(language, view.madeAt), { align: 'right' }),
    title(p('documentTitle', { subcommittee: subcommittee.name })),
    para(p('subtitle', { term: term.name, council: view.council }), { align: 'center' }),
    heading(p('introHeading'), 1),
    para(p('intro', { subcommittee: subcommittee.name, term: term.name })),
    para(subcommittee.purpose || p('noPurpose')),
    para(p('introClose')),
    heading(p('workHeading'), 1),
    heading(p('meetingsHeading'), 2),
  ];
  if (view.meetings.length === 0) blocks.push(para(p('noMeetings')));
  blocks.push(
    ...bullets(
      view.meetings.map((m) =>
        gapped(
          [
            p('meetingLine', {
              date: documentDate(language, m.startsAt),
              title: m.title,
              kind: t(`meetings.kinds.${m.kind}`),
            }),
            m.place ? p('meetingPlace', { place: m.place }) : '',
          ],
          words,
        ),
      ),
    ),
    heading(p('membersHeading'), 2),
    para(labelled(p('chair'), subcommittee.chair ?? p('noMembers'))),
    para(
      labelled(
        p('members'),
        subcommittee.members.length > 0
          ? formatList(language, subcommittee.members)
          : p('noMembers'),
      ),
    ),
    heading(p('itemsHeading'), 1),
  );
  if (view.items.length === 0) blocks.push(para(p('noItems')));
  for (const item of view.items) blocks.push(...itemBlocks(item, language));
  return blocks;
}

function itemBlocks(item: ProposalItem, language: Language): Block[] {
  const t = reportWords(language);
  const p = proposalWords(language);
  const words: ReportTranslate = (key, values) => t(key, values);
  const labelled = (label: string, value: string) => t('punctuation.labelled', { label, value });
  const goals = GOAL_HORIZONS.flatMap((horizon) =>
    item.goals[horizon].map((goal) =>
      gapped(
        [
          p('goalLine', { horizon: t(`cards.plan.horizons.${horizon}`), text: goal.text }),
          goal.targetDate ? p('targetDate', { date: documentDate(language, goal.targetDate) }) : '',
          p('progress', { progress: goal.progress }),
        ],
        words,
      ),
    ),
  );
  return [
    heading(
      itemHeading(item, (key, values) => p(key, values)),
      item.parentNumber === null ? 2 : 3,
    ),
    para(labelled(p('issue'), item.summary || p('noSummary'))),
    para(p('status', { status: t(`cards.statuses.${item.status}`) })),
    table(
      CARD_COLUMNS.map((column) => t(`cards.columns.${column}`)),
      [CARD_COLUMNS.map((column) => item.columns[column].map((text) => p('entry', { text })))],
    ),
    para(t('punctuation.label', { label: p('recommendation') })),
    ...(item.columns.proposalToPolicy.length > 0
      ? bullets(item.columns.proposalToPolicy)
      : [para(p('noRecommendation'))]),
    para(t('punctuation.label', { label: p('goals') })),
    ...(goals.length > 0 ? bullets(goals) : [para(p('noGoals'))]),
  ];
}

export function proposalDocx(view: ProposalView, language: Language): Promise<Buffer> {
  return docxFile(
    {
      title: proposalWords(language)('documentTitle', { subcommittee: view.subcommittee.name }),
      creator: view.council,
    },
    proposalBlocks(view, language),
  );
}
