// Typed calls for a meeting's minutes; shapes come from shared/meeting/minutesApi.ts.
import type {
  CardMeetingActionView,
  CloseMeetingView,
  MinutesView,
} from '../../../../shared/meeting/minutesApi';
import { request } from '../../api/http';

const seg = encodeURIComponent;

export const minutesApi = {
  get: (meetingId: string) => request<MinutesView>('GET', `/meetings/${seg(meetingId)}/minutes`),
  close: (meetingId: string) =>
    request<CloseMeetingView>('POST', `/meetings/${seg(meetingId)}/close`),
  /** Where the browser downloads the DOCX from (a plain link: the cookie goes along). */
  docxUrl: (meetingId: string, language: string) =>
    `/api/meetings/${seg(meetingId)}/minutes.docx?lang=${language === 'en' ? 'en' : 'ja'}`,
  cardActions: (cardId: string) =>
    request<CardMeetingActionView[]>('GET', `/cards/${seg(cardId)}/meeting-actions`),
};
