// The minutes as a Word document, laid out as the print view is (client/src/meetings/minutes/
// MinutesDocument.tsx): title, date and place, attendees, each agenda item's notes and decisions,
// then the action items as a table; made with the 提言書's parts (server/reports/docxParts.ts).

import type { MinutesView } from '../../shared/meeting/minutesApi';
import { attendeeLines, heldAt, sectionHeading } from '../../shared/meeting/minutesText';
import { documentDate } from '../../shared/reports/documentDate';
import type { Language } from '../http/requestLanguage';
import { documentWords, minutesWords } from '../reports/documentWords';
import { type Block, bullets, docxFile, heading, para, table, title } from '../reports/docxParts';

export function minutesBlocks(view: MinutesView, language: Language): Block[] {
  const t = documentWords(language);
  const m = minutesWords(language);
  const words = (
    key: 'heldAtTimes' | 'item' | 'other' | 'none',
    values?: Record<string, string | number>,
  ) => m(key, values);
  const labelled = (label: string, value: string) => t('punctuation.labelled', { label, value });
  const { meeting } = view;
  const people = attendeeLines(view, words, language);
  const blocks: Block[] = [
    title(m('documentTitle', { title: meeting.title })),
    para(view.council, { align: 'center' }),
    para(labelled(m('heldAt'), heldAt(language, meeting.startsAt, meeting.durationMinutes, words))),
    para(labelled(m('place'), meeting.place || m('none'))),
    para(
      meeting.closedAt
        ? m('closedBy', {
            date: documentDate(language, meeting.closedAt),
            name: meeting.closedBy ?? '',
          })
        : m('draftNotice'),
    ),
    heading(m('attendees'), 1),
    para(labelled(m('members'), people.members)),
    para(labelled(m('guests'), people.guests)),
    heading(m('proceedings'), 1),
  ];
  view.sections.forEach((section, index) => {
    blocks.push(
      heading(sectionHeading(section, index, words), 2),
      para(section.notes.trim() || m('noNotes')),
    );
    if (section.decisions.length > 0) {
      blocks.push(
        para(t('punctuation.label', { label: m('decisions') })),
        ...bullets(section.decisions.map((d) => d.text)),
      );
    }
  });
  blocks.push(heading(m('actions'), 1));
  if (view.actions.length === 0) blocks.push(para(m('noActions')));
  else {
    blocks.push(
      table(
        [m('actionText'), m('owner'), m('due'), m('card')],
        view.actions.map((a) => [
          [a.text],
          [a.owner || m('noOwner')],
          [a.due ? documentDate(language, a.due) : m('noDue')],
          [a.card ? a.card.label : m('noCard')],
        ]),
      ),
    );
  }
  return blocks;
}

export function minutesDocx(view: MinutesView, language: Language): Promise<Buffer> {
  return docxFile(
    {
      title: minutesWords(language)('documentTitle', { title: view.meeting.title }),
      creator: view.council,
    },
    minutesBlocks(view, language),
  );
}
