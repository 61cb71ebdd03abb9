// Typed calls for terms, subcommittees and issue cards; shapes come from shared/cardApi.ts.

import { z } from 'zod';
import {
  boardSnapshotStateView,
  boardSnapshotView,
  type CardEventView,
  type CardView,
  type CloseTermBody,
  type CreateCardBody,
  citableAgencyView,
  citingCardView,
  type SubcommitteeBody,
  type SubcommitteeView,
  type TermBody,
  type TermContentsView,
  type TermView,
  type UpdateCardBody,
} from '../../../shared/cardApi';
import type { RaisedIssueView } from '../../../shared/caseApi';
import { meetingSummary } from '../../../shared/meeting/meetingApi';
import { request } from '../api/http';

const seg = encodeURIComponent;

export const cardApi = {
  terms: (councilId: string) => request<TermView[]>('GET', `/councils/${seg(councilId)}/terms`),
  createTerm: (councilId: string, body: TermBody) =>
    request<TermView>('POST', `/councils/${seg(councilId)}/terms`, body),
  closeTerm: (termId: string, body: CloseTermBody) =>
    request<TermView>('POST', `/terms/${seg(termId)}/close`, body),
  term: (termId: string) => request<TermContentsView>('GET', `/terms/${seg(termId)}`),
  createSubcommittee: (termId: string, body: SubcommitteeBody) =>
    request<SubcommitteeView>('POST', `/terms/${seg(termId)}/subcommittees`, body),
  /** The secretariat names who sits on a 部会 (people of the council only). */
  updateSubcommittee: (subcommitteeId: string, body: Partial<SubcommitteeBody>) =>
    request<SubcommitteeView>('PATCH', `/subcommittees/${seg(subcommitteeId)}`, body),
  createCard: (termId: string, body: CreateCardBody) =>
    request<CardView>('POST', `/terms/${seg(termId)}/cards`, body),
  card: (cardId: string) => request<CardView>('GET', `/cards/${seg(cardId)}`),
  history: (cardId: string) => request<CardEventView[]>('GET', `/cards/${seg(cardId)}/history`),
  /** The meetings that discussed the card (its agenda or its story), those the reader may read. */
  meetings: (cardId: string) =>
    request('GET', `/cards/${seg(cardId)}/meetings`, undefined, z.array(meetingSummary)),
  updateCard: (cardId: string, body: UpdateCardBody) =>
    request<CardView>('PATCH', `/cards/${seg(cardId)}`, body),
  /** The boards as they were when the term closed (none for an open term). */
  snapshots: (termId: string) =>
    request('GET', `/terms/${seg(termId)}/snapshots`, undefined, z.array(boardSnapshotView)),
  snapshot: (termId: string, boardId: string) =>
    request(
      'GET',
      `/terms/${seg(termId)}/snapshots/${seg(boardId)}`,
      undefined,
      boardSnapshotStateView,
    ),
  /** The agencies on the council's boards, to cite from a 今あるもの entry. */
  citableAgencies: (councilId: string) =>
    request(
      'GET',
      `/councils/${seg(councilId)}/citable-agencies`,
      undefined,
      z.array(citableAgencyView),
    ),
  /** The cards citing an agency (its board's council only). */
  agencyCards: (boardId: string, agencyId: string) =>
    request(
      'GET',
      `/boards/${seg(boardId)}/agencies/${seg(agencyId)}/cards`,
      undefined,
      z.array(citingCardView),
    ),
  raisedIssues: (councilId: string) =>
    request<RaisedIssueView[]>('GET', `/councils/${seg(councilId)}/raised-issues`),
};
