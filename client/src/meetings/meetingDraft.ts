import { z } from 'zod';
import type { MeetingKind } from '../../../shared/domain';
import {
  type AgendaLink,
  agendaItem,
  type MeetingBody,
  type MeetingView,
  meetingBody,
} from '../../../shared/meeting/meetingApi';
import { type FieldErrors, fieldErrors } from '../forms/validation';
import { type AgendaDraft, type AgendaErrors, emptyItem } from './AgendaEditor';
import { fromLocalInput, toLocalInput } from './meetingTime';

// The meeting form's values (strings, as inputs hold them) and their way to and from the API body.

export type MeetingDraft = {
  kind: MeetingKind;
  title: string;
  startsAt: string;
  durationMinutes: string;
  place: string;
  onlineUrl: string;
  facilitatorIds: string[];
  agenda: AgendaDraft[];
};

export type DraftField = 'kind' | 'title' | 'startsAt' | 'durationMinutes' | 'place' | 'onlineUrl';

export const newDraft = (): MeetingDraft => ({
  kind: 'plenary',
  title: '',
  startsAt: '',
  durationMinutes: '120',
  place: '',
  onlineUrl: '',
  facilitatorIds: [],
  agenda: [emptyItem()],
});

export function draftOf(meeting: MeetingView): MeetingDraft {
  return {
    kind: meeting.kind,
    title: meeting.title,
    startsAt: toLocalInput(meeting.startsAt),
    durationMinutes: String(meeting.durationMinutes),
    place: meeting.place,
    onlineUrl: meeting.onlineUrl,
    facilitatorIds: meeting.facilitators.map((f) => f.userId),
    agenda: meeting.agenda.map((item) => {
      const board = item.links.find((l) => l.kind === 'board');
      const url = item.links.find((l) => l.kind === 'url');
      return {
        id: item.id,
        title: item.title,
        minutes: String(item.minutes),
        presenter: item.presenter,
        boardId: board?.kind === 'board' ? board.id : '',
        url: url?.kind === 'url' ? url.url : '',
        cardLinks: item.links.filter((l) => l.kind === 'card'),
      };
    }),
  };
}

const asNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

function linksOf(item: AgendaDraft, boardName: (id: string) => string): AgendaLink[] {
  const links: AgendaLink[] = [...item.cardLinks];
  if (item.boardId)
    links.push({ kind: 'board', id: item.boardId, area: '', label: boardName(item.boardId) });
  if (item.url.trim()) links.push({ kind: 'url', url: item.url.trim(), label: '' });
  return links;
}

export function bodyOf(draft: MeetingDraft, boardName: (id: string) => string): MeetingBody {
  return {
    kind: draft.kind,
    title: draft.title,
    startsAt: fromLocalInput(draft.startsAt),
    durationMinutes: asNumber(draft.durationMinutes),
    place: draft.place,
    onlineUrl: draft.onlineUrl.trim(),
    facilitatorIds: draft.facilitatorIds,
    agenda: draft.agenda.map((item) => ({
      id: item.id,
      title: item.title,
      minutes: asNumber(item.minutes),
      presenter: item.presenter,
      links: linksOf(item, boardName),
    })),
  };
}

/** The same checks the server makes, one message per field and per agenda row. */
export function draftErrors(body: MeetingBody): {
  fields: FieldErrors<DraftField>;
  agenda: AgendaErrors;
} {
  const fields = fieldErrors<DraftField>(
    meetingBody.omit({ agenda: true, facilitatorIds: true }),
    body,
  );
  const agenda: AgendaErrors = {};
  for (const item of body.agenda) {
    const found = fieldErrors<'title' | 'minutes'>(agendaItem, item);
    const url = item.links.find((l) => l.kind === 'url');
    const urlBad =
      url?.kind === 'url' && !z.url({ protocol: /^https?$/ }).safeParse(url.url).success;
    if (found.title || found.minutes || urlBad) {
      agenda[item.id] = { ...found, ...(urlBad ? { url: { code: 'invalid' } } : {}) };
    }
  }
  return { fields, agenda };
}
