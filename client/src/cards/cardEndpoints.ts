// Typed calls for terms, subcommittees and issue cards; shapes come from shared/cardApi.ts.

import { z } from 'zod';
import {
  boardSnapshotStateView,
  boardSnapshotView,
  type CardEventView,
  type CardView,
  type CloseTermBody,
  type CreateCardBody,
  type SubcommitteeBody,
  type SubcommitteeView,
  type TermBody,
  type TermContentsView,
  type TermView,
  type UpdateCardBody,
} from '../../../shared/cardApi';
import type { RaisedIssueView } from '../../../shared/caseApi';
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
  createCard: (termId: string, body: CreateCardBody) =>
    request<CardView>('POST', `/terms/${seg(termId)}/cards`, body),
  card: (cardId: string) => request<CardView>('GET', `/cards/${seg(cardId)}`),
  history: (cardId: string) => request<CardEventView[]>('GET', `/cards/${seg(cardId)}/history`),
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
  raisedIssues: (councilId: string) =>
    request<RaisedIssueView[]>('GET', `/councils/${seg(councilId)}/raised-issues`),
};
