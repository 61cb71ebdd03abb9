import type { z } from 'zod';
import type {
  AcceptInvitationBody,
  BoardView,
  ChangePasswordBody,
  CreateBoardBody,
  CreatedInvitationView,
  createInvitationBody,
  InvitationPreview,
  InvitationView,
  MemberView,
  MeView,
  SetupBody,
  SignInBody,
  StatusView,
  UpdateBoardBody,
  UpdateMemberBody,
  UpdateProfileBody,
} from '../../../shared/api';
import { request } from './http';

// Typed calls for every endpoint the client uses; shapes come from shared/api.ts.
const seg = encodeURIComponent;

export const api = {
  status: () => request<StatusView>('GET', '/status'),
  setup: (body: SetupBody) => request<MeView>('POST', '/setup', body),
  signIn: (body: SignInBody) => request<MeView>('POST', '/auth/sign-in', body),
  signOut: () => request<void>('POST', '/auth/sign-out'),
  signOutEverywhere: () => request<void>('POST', '/auth/sign-out-everywhere'),
  me: () => request<MeView>('GET', '/me'),
  updateMe: (body: UpdateProfileBody) => request<MeView>('PATCH', '/me', body),
  changePassword: (body: ChangePasswordBody) => request<void>('POST', '/me/password', body),

  members: (councilId: string) =>
    request<MemberView[]>('GET', `/councils/${seg(councilId)}/members`),
  updateMember: (councilId: string, userId: string, body: UpdateMemberBody) =>
    request<void>('PATCH', `/councils/${seg(councilId)}/members/${seg(userId)}`, body),
  removeMember: (councilId: string, userId: string) =>
    request<void>('DELETE', `/councils/${seg(councilId)}/members/${seg(userId)}`),

  invitations: (councilId: string) =>
    request<InvitationView[]>('GET', `/councils/${seg(councilId)}/invitations`),
  createInvitation: (councilId: string, body: z.input<typeof createInvitationBody>) =>
    request<CreatedInvitationView>('POST', `/councils/${seg(councilId)}/invitations`, body),
  revokeInvitation: (councilId: string, invitationId: string) =>
    request<void>('DELETE', `/councils/${seg(councilId)}/invitations/${seg(invitationId)}`),
  invitation: (token: string) => request<InvitationPreview>('GET', `/invitations/${seg(token)}`),
  acceptInvitation: (token: string, body: AcceptInvitationBody) =>
    request<MeView>('POST', `/invitations/${seg(token)}/accept`, body),
  joinInvitation: (token: string) => request<MeView>('POST', `/invitations/${seg(token)}/join`),

  boards: (councilId: string) => request<BoardView[]>('GET', `/councils/${seg(councilId)}/boards`),
  createBoard: (councilId: string, body: CreateBoardBody) =>
    request<BoardView>('POST', `/councils/${seg(councilId)}/boards`, body),
  board: (boardId: string) => request<BoardView>('GET', `/boards/${seg(boardId)}`),
  updateBoard: (boardId: string, body: UpdateBoardBody) =>
    request<BoardView>('PATCH', `/boards/${seg(boardId)}`, body),
};
