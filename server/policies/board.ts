import type { BoardAction } from '../../shared/domain';
import { type Actor, isContributor, roleIn } from './actor';

export type BoardResource = { type: 'board'; id: string; councilId: string; archived: boolean };
export type { BoardAction };

export const boardPolicy: Record<BoardAction, (actor: Actor, board: BoardResource) => boolean> = {
  read: (actor, board) => roleIn(actor, board.councilId) !== undefined,
  edit: (actor, board) => !board.archived && isContributor(actor, board.councilId),
  update: (actor, board) => isContributor(actor, board.councilId),
};
