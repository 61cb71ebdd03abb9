import { z } from 'zod';
import {
  type AcceptInvitationBody,
  boardView,
  type ChangePasswordBody,
  type CreateBoardBody,
  createdInvitationView,
  type createInvitationBody,
  invitationPreview,
  invitationView,
  memberView,
  meView,
  type SetupBody,
  type SignInBody,
  signInView,
  statusView,
  type UpdateBoardBody,
  type UpdateMemberBody,
  type UpdateProfileBody,
} from '../../../shared/api';
import { type SavedPresetBody, savedPresetView } from '../../../shared/board/savedPresets';
import { request } from './http';

// Typed calls for every endpoint the client uses; answers are checked against shared/api.ts.
const seg = encodeURIComponent;

export const api = {
  status: () => request('GET', '/status', undefined, statusView),
  setup: (body: SetupBody) => request('POST', '/setup', body, meView),
  signIn: (body: SignInBody) => request('POST', '/auth/sign-in', body, signInView),
  signOut: () => request<void>('POST', '/auth/sign-out'),
  signOutEverywhere: () => request<void>('POST', '/auth/sign-out-everywhere'),
  me: () => request('GET', '/me', undefined, meView),
  updateMe: (body: UpdateProfileBody) => request('PATCH', '/me', body, meView),
  changePassword: (body: ChangePasswordBody) => request<void>('POST', '/me/password', body),

  members: (councilId: string) =>
    request('GET', `/councils/${seg(councilId)}/members`, undefined, z.array(memberView)),
  updateMember: (councilId: string, userId: string, body: UpdateMemberBody) =>
    request<void>('PATCH', `/councils/${seg(councilId)}/members/${seg(userId)}`, body),
  removeMember: (councilId: string, userId: string) =>
    request<void>('DELETE', `/councils/${seg(councilId)}/members/${seg(userId)}`),

  invitations: (councilId: string) =>
    request('GET', `/councils/${seg(councilId)}/invitations`, undefined, z.array(invitationView)),
  createInvitation: (councilId: string, body: z.input<typeof createInvitationBody>) =>
    request('POST', `/councils/${seg(councilId)}/invitations`, body, createdInvitationView),
  revokeInvitation: (councilId: string, invitationId: string) =>
    request<void>('DELETE', `/councils/${seg(councilId)}/invitations/${seg(invitationId)}`),
  invitation: (token: string) =>
    request('GET', `/invitations/${seg(token)}`, undefined, invitationPreview),
  acceptInvitation: (token: string, body: AcceptInvitationBody) =>
    request('POST', `/invitations/${seg(token)}/accept`, body, meView),
  joinInvitation: (token: string) =>
    request('POST', `/invitations/${seg(token)}/join`, undefined, meView),

  boards: (councilId: string) =>
    request('GET', `/councils/${seg(councilId)}/boards`, undefined, z.array(boardView)),
  createBoard: (councilId: string, body: CreateBoardBody) =>
    request('POST', `/councils/${seg(councilId)}/boards`, body, boardView),
  board: (boardId: string) => request('GET', `/boards/${seg(boardId)}`, undefined, boardView),
  updateBoard: (boardId: string, body: UpdateBoardBody) =>
    request('PATCH', `/boards/${seg(boardId)}`, body, boardView),
  importPresets: (boardId: string) =>
    request('GET', `/boards/${seg(boardId)}/import-presets`, undefined, z.array(savedPresetView)),
  saveImportPreset: (boardId: string, body: SavedPresetBody) =>
    request('POST', `/boards/${seg(boardId)}/import-presets`, body, savedPresetView),
  removeImportPreset: (boardId: string, presetId: string) =>
    request<void>('DELETE', `/boards/${seg(boardId)}/import-presets/${seg(presetId)}`),
};
