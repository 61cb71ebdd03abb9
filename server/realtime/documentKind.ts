import type { z } from 'zod';
import type { DocumentRules } from '../../shared/documentGuard';
import type { Db } from '../db/client';
import type { ActionOn, Resource } from '../policies';
import type { SocketUser } from './socketAuth';

// What a feature tells the realtime server about one kind of document. The realtime server knows
// no feature: each feature exports its kind (server/boards/documentKind.ts, …) and server.ts
// passes them to `createRealtimeServer({ kinds })`. Access is still decided by `can(actor,
// 'read' | 'edit', resource)`; a kind only says how to find the resource and what to add.

/** The resources whose policy knows both `read` and `edit`: those a document can belong to. */
export type DocumentResource = {
  [T in Resource['type']]: 'read' | 'edit' extends ActionOn<Extract<Resource, { type: T }>>
    ? Extract<Resource, { type: T }>
    : never;
}[Resource['type']];

export type DocumentKind = {
  /** Documents of this kind are named `<prefix>:<id>`. */
  prefix: string;
  /** What a valid id looks like; anything else is refused like a missing document. */
  id: z.ZodType<string>;
  /** The resource the document belongs to, or undefined when there is none. */
  resolve: (db: Db, id: string) => Promise<DocumentResource | undefined>;
  /** What every update must leave valid (shared/documentGuard.ts). */
  rules: DocumentRules;
  /**
   * After `can(read)`, before the document is loaded: false refuses the connection as signed
   * out (4401). Where a kind audits opens.
   */
  admit?: (db: Db, resource: DocumentResource, user: SocketUser) => Promise<boolean>;
  /** A connection's first update that changed the document. */
  firstEdit?: (db: Db, resource: DocumentResource, user: SocketUser) => Promise<void>;
};

const MAX_NAME_LENGTH = 200;

export type DocumentKinds = {
  /** The kind a document name is of, undefined for none. */
  kindOf: (docName: string) => DocumentKind | undefined;
  /** The resource a document name refers to, undefined when the name or resource is unknown. */
  resolve: (db: Db, docName: string) => Promise<DocumentResource | undefined>;
};

export function documentKinds(kinds: readonly DocumentKind[]): DocumentKinds {
  const byPrefix = new Map<string, DocumentKind>();
  for (const kind of kinds) {
    if (byPrefix.has(kind.prefix)) throw new Error(`two document kinds named ${kind.prefix}`);
    byPrefix.set(kind.prefix, kind);
  }
  const kindOf = (docName: string) => {
    const colon = docName.indexOf(':');
    return colon > 0 ? byPrefix.get(docName.slice(0, colon)) : undefined;
  };
  return {
    kindOf,
    resolve: async (db, docName) => {
      if (docName.length > MAX_NAME_LENGTH) return undefined;
      const kind = kindOf(docName);
      if (!kind) return undefined;
      const id = kind.id.safeParse(docName.slice(docName.indexOf(':') + 1));
      if (!id.success) return undefined;
      return kind.resolve(db, id.data);
    },
  };
}
