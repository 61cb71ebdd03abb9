import { z } from 'zod';
import {
  type CreateGuestLinkBody,
  createdGuestLinkView,
  type GuestsMayBody,
  guestLinkPreview,
  guestLinkView,
  guestsMayBody,
  type JoinAsGuestBody,
  joinedAsGuestView,
  type MeetingBody,
  meetingSummary,
  meetingView,
  savedVoteView,
} from '../../../shared/meeting/meetingApi';
import { type SendToCardBody, sentToCardView } from '../../../shared/meeting/noteToCard';
import { noContent, request } from '../api/http';

const seg = encodeURIComponent;

export const meetingApi = {
  list: (councilId: string) =>
    request('GET', `/councils/${seg(councilId)}/meetings`, undefined, z.array(meetingSummary)),
  create: (councilId: string, body: MeetingBody) =>
    request('POST', `/councils/${seg(councilId)}/meetings`, body, meetingView),
  get: (meetingId: string) => request('GET', `/meetings/${seg(meetingId)}`, undefined, meetingView),
  update: (meetingId: string, body: MeetingBody) =>
    request('PUT', `/meetings/${seg(meetingId)}`, body, meetingView),
  votes: (meetingId: string) =>
    request('GET', `/meetings/${seg(meetingId)}/votes`, undefined, z.array(savedVoteView)),
  setGuestsMay: (meetingId: string, body: GuestsMayBody) =>
    request('PUT', `/meetings/${seg(meetingId)}/guests-may`, body, guestsMayBody),
  guestLinks: (meetingId: string) =>
    request('GET', `/meetings/${seg(meetingId)}/guest-links`, undefined, z.array(guestLinkView)),
  createGuestLink: (meetingId: string, body: CreateGuestLinkBody) =>
    request('POST', `/meetings/${seg(meetingId)}/guest-links`, body, createdGuestLinkView),
  revokeGuestLink: (meetingId: string, linkId: string) =>
    request(
      'DELETE',
      `/meetings/${seg(meetingId)}/guest-links/${seg(linkId)}`,
      undefined,
      noContent,
    ),
  guestLink: (token: string) =>
    request('GET', `/guest-links/${seg(token)}`, undefined, guestLinkPreview),
  joinAsGuest: (token: string, body: JoinAsGuestBody) =>
    request('POST', `/guest-links/${seg(token)}/join`, body, joinedAsGuestView),
  sendToCard: (meetingId: string, body: SendToCardBody) =>
    request('POST', `/meetings/${seg(meetingId)}/notes/send-to-card`, body, sentToCardView),
};
