import type { Actor } from './actor';
import { type BoardAction, type BoardResource, boardPolicy } from './board';
import { type CaseSpaceAction, type CaseSpaceResource, caseSpacePolicy } from './caseSpace';
import { type CouncilAction, type CouncilResource, councilPolicy } from './council';
import { type MeetingAction, type MeetingResource, meetingPolicy } from './meeting';
import { type MinutesAction, type MinutesResource, minutesPolicy } from './minutes';
import { type NoteWallAction, type NoteWallResource, noteWallPolicy } from './noteWall';
import { type TermAction, type TermResource, termPolicy } from './term';

// The one place that decides who may do what. HTTP routes, the Yjs server and Socket.IO all ask
// `can`; no access rule is written anywhere else. One policy file per resource.

export type { Actor } from './actor';
export type { BoardResource } from './board';
export type { CaseSpaceResource } from './caseSpace';
export type { CouncilResource } from './council';
export type { MeetingResource } from './meeting';
export type { MinutesResource } from './minutes';
export type { NoteWallResource } from './noteWall';
export type { TermResource } from './term';

type Policies = {
  council: { resource: CouncilResource; action: CouncilAction };
  board: { resource: BoardResource; action: BoardAction };
  caseSpace: { resource: CaseSpaceResource; action: CaseSpaceAction };
  term: { resource: TermResource; action: TermAction };
  meeting: { resource: MeetingResource; action: MeetingAction };
  noteWall: { resource: NoteWallResource; action: NoteWallAction };
  minutes: { resource: MinutesResource; action: MinutesAction };
};

export type Resource = Policies[keyof Policies]['resource'];
export type ActionOn<R extends Resource> = Policies[R['type']]['action'];

const policies: {
  [K in keyof Policies]: Record<
    Policies[K]['action'],
    (actor: Actor, resource: Policies[K]['resource']) => boolean
  >;
} = {
  council: councilPolicy,
  board: boardPolicy,
  caseSpace: caseSpacePolicy,
  term: termPolicy,
  meeting: meetingPolicy,
  noteWall: noteWallPolicy,
  minutes: minutesPolicy,
};

export function can<R extends Resource>(
  actor: Actor | null,
  action: ActionOn<R>,
  resource: R,
): boolean {
  if (!actor) return false;
  const policy = policies[resource.type] as Record<string, (a: Actor, r: R) => boolean>;
  const rule = policy[action];
  return rule ? rule(actor, resource) : false;
}

export class ForbiddenError extends Error {
  readonly statusCode = 403;
  readonly code = 'forbidden';
  constructor() {
    super('You do not have permission to do this.');
  }
}

/** The answers of `can` for each of `actions`: what a view tells the client the asker may do. */
export function allowed<R extends Resource, A extends ActionOn<R>>(
  actor: Actor | null,
  actions: readonly A[],
  resource: R,
): Record<A, boolean> {
  return Object.fromEntries(
    actions.map((action) => [action, can(actor, action, resource)]),
  ) as Record<A, boolean>;
}

/** `can`, for code paths that should stop when the answer is no. */
export function authorize<R extends Resource>(
  actor: Actor | null,
  action: ActionOn<R>,
  resource: R,
): void {
  if (!can(actor, action, resource)) throw new ForbiddenError();
}
