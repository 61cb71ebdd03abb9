import { z } from 'zod';
import { boardRules } from '../../shared/board/documentCheck';
import { termCardsRules } from '../../shared/cards/documentCheck';
import { caseRules } from '../../shared/case/documentCheck';
import type { DocumentRules } from '../../shared/documentGuard';
import { boardResource, findBoard } from '../boards/store';
import { findTerm, termResource } from '../cards/store';
import { caseDocumentAccess } from '../cases/documentAccess';
import { loadCase } from '../cases/store';
import type { Db } from '../db/client';
import type { Resource } from '../policies';
import type { SocketUser } from './socketAuth';

// A document name is `<kind>:<id>`. Each kind names how to load the resource the document belongs
// to; `can(actor, 'read' | 'edit', resource)` then decides access. Adding `case:<id>` or
// `card:<id>` is one entry here (plus its policy in server/policies).

/** A resource whose policy knows the actions `read` and `edit`. */
export type DocumentResource = Extract<Resource, { type: 'board' | 'caseSpace' | 'term' }>;

/** What a kind of document adds to `can()`: auditing, and refusing idle sessions. */
export type DocumentAccess = {
  /** After `can(read)`: false refuses the connection as signed out. */
  admit: (db: Db, resource: DocumentResource, user: SocketUser) => Promise<boolean>;
  /** The connection's first accepted edit. */
  firstEdit: (db: Db, resource: DocumentResource, user: SocketUser) => Promise<void>;
};

type DocumentKind = {
  id: z.ZodType<string>;
  load: (db: Db, id: string) => Promise<DocumentResource | undefined>;
  access?: DocumentAccess;
  /** What every client update must leave valid (shared/documentGuard.ts). */
  rules: DocumentRules;
};

const documentKinds: Record<string, DocumentKind> = {
  board: {
    id: z.string().uuid(),
    load: async (db, id) => {
      const row = await findBoard(db, id);
      return row && boardResource(row);
    },
    rules: boardRules,
  },
  case: {
    id: z.string().uuid(),
    load: async (db, id) => (await loadCase(db, id))?.resource,
    access: caseDocumentAccess,
    rules: caseRules,
  },
  // The entries of every issue card of a term (shared/cards/termDocument.ts).
  cards: {
    id: z.string().uuid(),
    load: async (db, id) => {
      const row = await findTerm(db, id);
      return row && termResource(row);
    },
    rules: termCardsRules,
  },
};

const kindOf = (docName: string): DocumentKind | undefined => {
  const colon = docName.indexOf(':');
  const kind = docName.slice(0, colon);
  return colon > 0 && Object.hasOwn(documentKinds, kind) ? documentKinds[kind] : undefined;
};

/** The rules a document's updates are checked against; undefined for names of no known kind. */
export const documentRules = (docName: string): DocumentRules | undefined => kindOf(docName)?.rules;

const openAccess: DocumentAccess = { admit: async () => true, firstEdit: async () => {} };

export function documentAccess(docName: string): DocumentAccess {
  return kindOf(docName)?.access ?? openAccess;
}

const MAX_NAME_LENGTH = 200;

/** The resource a document name refers to, or undefined when the name or resource is unknown. */
export async function resolveDocument(
  db: Db,
  docName: string,
): Promise<DocumentResource | undefined> {
  if (docName.length > MAX_NAME_LENGTH) return undefined;
  const kind = kindOf(docName);
  if (!kind) return undefined;
  const id = kind.id.safeParse(docName.slice(docName.indexOf(':') + 1));
  if (!id.success) return undefined;
  return kind.load(db, id.data);
}
