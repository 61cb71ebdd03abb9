import { boardRules } from '../../shared/board/documentCheck';
import { canonicalUuid, type DocumentKind } from '../realtime/documentKind';
import { boardResource, findBoard } from './store';

/** A board's agencies and ties: `board:<boardId>`. */
export const boardDocumentKind: DocumentKind = {
  prefix: 'board',
  id: canonicalUuid,
  resolve: async (db, id) => {
    const row = await findBoard(db, id);
    return row && boardResource(row);
  },
  rules: boardRules,
};
