import { HttpError } from '../http/errors';

/** A change to a term that is closed: its cards stay as they were when it closed. */
export class ClosedTermError extends HttpError {
  constructor(termName: string) {
    super(409, 'term_closed', `${termName} is closed; its cards can be read but not changed.`);
  }
}
