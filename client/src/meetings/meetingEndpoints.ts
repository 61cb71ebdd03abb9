import type { MeetingBody, MeetingSummary, MeetingView } from '../../../shared/meeting/meetingApi';
import { request } from '../api/http';

const seg = encodeURIComponent;

export const meetingApi = {
  list: (councilId: string) =>
    request<MeetingSummary[]>('GET', `/councils/${seg(councilId)}/meetings`),
  create: (councilId: string, body: MeetingBody) =>
    request<MeetingView>('POST', `/councils/${seg(councilId)}/meetings`, body),
  get: (meetingId: string) => request<MeetingView>('GET', `/meetings/${seg(meetingId)}`),
  update: (meetingId: string, body: MeetingBody) =>
    request<MeetingView>('PUT', `/meetings/${seg(meetingId)}`, body),
};
