import { z } from 'zod';
import { boardRules } from '../../shared/board/documentCheck';
import type { DocumentKind } from '../realtime/documentKind';
import { boardResource, findBoard } from './store';

/** A board's agencies and ties: `board:<boardId>`. */
export const boardDocumentKind: DocumentKind = {
  prefix: 'board',
  id: z.string().uuid(),
  resolve: async (db, id) => {
    const row = await findBoard(db, id);
    return row && boardResource(row);
  },
  rules: boardRules,
};
