// Typed calls for a meeting's minutes; shapes come from shared/meeting/minutesApi.ts.
import { z } from 'zod';
import {
  cardMeetingActionView,
  closeMeetingView,
  minutesView,
} from '../../../../shared/meeting/minutesApi';
import { request } from '../../api/http';

const seg = encodeURIComponent;

export const minutesApi = {
  get: (meetingId: string) =>
    request('GET', `/meetings/${seg(meetingId)}/minutes`, undefined, minutesView),
  close: (meetingId: string) =>
    request('POST', `/meetings/${seg(meetingId)}/close`, undefined, closeMeetingView),
  /** Where the browser downloads the DOCX from (a plain link: the cookie goes along). */
  docxUrl: (meetingId: string, language: string) =>
    `/api/meetings/${seg(meetingId)}/minutes.docx?lang=${language === 'en' ? 'en' : 'ja'}`,
  cardActions: (cardId: string) =>
    request(
      'GET',
      `/cards/${seg(cardId)}/meeting-actions`,
      undefined,
      z.array(cardMeetingActionView),
    ),
};
