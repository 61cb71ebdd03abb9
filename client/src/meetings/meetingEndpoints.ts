import type {
  CreatedGuestLinkView,
  CreateGuestLinkBody,
  GuestLinkPreview,
  GuestLinkView,
  GuestsMayBody,
  JoinAsGuestBody,
  MeetingBody,
  MeetingSummary,
  MeetingView,
  SavedVoteView,
} from '../../../shared/meeting/meetingApi';
import { type SendToCardBody, sentToCardView } from '../../../shared/meeting/noteToCard';
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
  votes: (meetingId: string) =>
    request<SavedVoteView[]>('GET', `/meetings/${seg(meetingId)}/votes`),
  setGuestsMay: (meetingId: string, body: GuestsMayBody) =>
    request<GuestsMayBody>('PUT', `/meetings/${seg(meetingId)}/guests-may`, body),
  guestLinks: (meetingId: string) =>
    request<GuestLinkView[]>('GET', `/meetings/${seg(meetingId)}/guest-links`),
  createGuestLink: (meetingId: string, body: CreateGuestLinkBody) =>
    request<CreatedGuestLinkView>('POST', `/meetings/${seg(meetingId)}/guest-links`, body),
  revokeGuestLink: (meetingId: string, linkId: string) =>
    request<void>('DELETE', `/meetings/${seg(meetingId)}/guest-links/${seg(linkId)}`),
  guestLink: (token: string) => request<GuestLinkPreview>('GET', `/guest-links/${seg(token)}`),
  joinAsGuest: (token: string, body: JoinAsGuestBody) =>
    request<{ meetingId: string }>('POST', `/guest-links/${seg(token)}/join`, body),
  sendToCard: (meetingId: string, body: SendToCardBody) =>
    request('POST', `/meetings/${seg(meetingId)}/notes/send-to-card`, body, sentToCardView),
};
