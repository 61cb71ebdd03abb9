// Typed calls for terms, subcommittees and issue cards; shapes come from shared/cardApi.ts.

import { z } from 'zod';
import {
  boardSnapshotStateView,
  boardSnapshotView,
  type CloseTermBody,
  type CreateCardBody,
  cardEventView,
  cardView,
  citableAgencyView,
  citingCardView,
  type SubcommitteeBody,
  subcommitteeView,
  type TermBody,
  termContentsView,
  termView,
  type UpdateCardBody,
} from '../../../shared/cardApi';
import { meetingSummary } from '../../../shared/meeting/meetingApi';
import { request } from '../api/http';

const seg = encodeURIComponent;

export const cardApi = {
  terms: (councilId: string) =>
    request('GET', `/councils/${seg(councilId)}/terms`, undefined, z.array(termView)),
  createTerm: (councilId: string, body: TermBody) =>
    request('POST', `/councils/${seg(councilId)}/terms`, body, termView),
  closeTerm: (termId: string, body: CloseTermBody) =>
    request('POST', `/terms/${seg(termId)}/close`, body, termView),
  term: (termId: string) => request('GET', `/terms/${seg(termId)}`, undefined, termContentsView),
  createSubcommittee: (termId: string, body: SubcommitteeBody) =>
    request('POST', `/terms/${seg(termId)}/subcommittees`, body, subcommitteeView),
  /** The secretariat names who sits on a 部会 (people of the council only). */
  updateSubcommittee: (subcommitteeId: string, body: Partial<SubcommitteeBody>) =>
    request('PATCH', `/subcommittees/${seg(subcommitteeId)}`, body, subcommitteeView),
  createCard: (termId: string, body: CreateCardBody) =>
    request('POST', `/terms/${seg(termId)}/cards`, body, cardView),
  card: (cardId: string) => request('GET', `/cards/${seg(cardId)}`, undefined, cardView),
  history: (cardId: string) =>
    request('GET', `/cards/${seg(cardId)}/history`, undefined, z.array(cardEventView)),
  /** The meetings that discussed the card (its agenda or its story), those the reader may read. */
  meetings: (cardId: string) =>
    request('GET', `/cards/${seg(cardId)}/meetings`, undefined, z.array(meetingSummary)),
  updateCard: (cardId: string, body: UpdateCardBody) =>
    request('PATCH', `/cards/${seg(cardId)}`, body, cardView),
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
};
