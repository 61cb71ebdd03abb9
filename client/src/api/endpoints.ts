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
import { raisedIssueView } from '../../../shared/caseApi';
import { noContent, request } from './http';

// Typed calls for every endpoint the client uses; answers are checked against shared/api.ts.
const seg = encodeURIComponent;

export const api = {
  status: () => request('GET', '/status', undefined, statusView),
  setup: (body: SetupBody) => request('POST', '/setup', body, meView),
  signIn: (body: SignInBody) => request('POST', '/auth/sign-in', body, signInView),
  signOut: () => request('POST', '/auth/sign-out', undefined, noContent),
  signOutEverywhere: () => request('POST', '/auth/sign-out-everywhere', undefined, noContent),
  me: () => request('GET', '/me', undefined, meView),
  updateMe: (body: UpdateProfileBody) => request('PATCH', '/me', body, meView),
  changePassword: (body: ChangePasswordBody) => request('POST', '/me/password', body, noContent),

  members: (councilId: string) =>
    request('GET', `/councils/${seg(councilId)}/members`, undefined, z.array(memberView)),
  updateMember: (councilId: string, userId: string, body: UpdateMemberBody) =>
    request('PATCH', `/councils/${seg(councilId)}/members/${seg(userId)}`, body, noContent),
  removeMember: (councilId: string, userId: string) =>
    request('DELETE', `/councils/${seg(councilId)}/members/${seg(userId)}`, undefined, noContent),

  invitations: (councilId: string) =>
    request('GET', `/councils/${seg(councilId)}/invitations`, undefined, z.array(invitationView)),
  createInvitation: (councilId: string, body: z.input<typeof createInvitationBody>) =>
    request('POST', `/councils/${seg(councilId)}/invitations`, body, createdInvitationView),
  revokeInvitation: (councilId: string, invitationId: string) =>
    request(
      'DELETE',
      `/councils/${seg(councilId)}/invitations/${seg(invitationId)}`,
      undefined,
      noContent,
    ),
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
    request(
      'DELETE',
      `/boards/${seg(boardId)}/import-presets/${seg(presetId)}`,
      undefined,
      noContent,
    ),

  /** Regional issues raised from the council's cases (no pseudonyms), for cases and cards. */
  raisedIssues: (councilId: string) =>
    request(
      'GET',
      `/councils/${seg(councilId)}/raised-issues`,
      undefined,
      z.array(raisedIssueView),
    ),
};
