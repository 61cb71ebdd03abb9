import { termCardsRules } from '../../shared/cards/documentCheck';
import { canonicalUuid, type DocumentKind } from '../realtime/documentKind';
import { findTerm, termResource } from './store';

/** The entries of every issue card of a term (shared/cards/termDocument.ts): `cards:<termId>`. */
export const cardsDocumentKind: DocumentKind = {
  prefix: 'cards',
  id: canonicalUuid,
  resolve: async (db, id) => {
    const row = await findTerm(db, id);
    return row && termResource(row);
  },
  rules: termCardsRules,
};
