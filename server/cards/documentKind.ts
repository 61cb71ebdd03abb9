import { z } from 'zod';
import { termCardsRules } from '../../shared/cards/documentCheck';
import type { DocumentKind } from '../realtime/documentKind';
import { findTerm, termResource } from './store';

/** The entries of every issue card of a term (shared/cards/termDocument.ts): `cards:<termId>`. */
export const cardsDocumentKind: DocumentKind = {
  prefix: 'cards',
  id: z.string().uuid(),
  resolve: async (db, id) => {
    const row = await findTerm(db, id);
    return row && termResource(row);
  },
  rules: termCardsRules,
};
