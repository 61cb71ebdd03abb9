import { z } from 'zod';
import type { DocumentRules } from '../../shared/documentGuard';
import type { Db } from '../db/client';
import type { ActionOn, Actor, Resource } from '../policies';
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
  /**
   * What a valid id looks like, in its canonical spelling only (e.g. `canonicalUuid`); anything
   * else is refused like a missing document.
   */
  id: z.ZodType<string>;
  /** The resource the document belongs to, or undefined when there is none. */
  resolve: (db: Db, id: string) => Promise<DocumentResource | undefined>;
  /** What every update must leave valid (shared/documentGuard.ts). */
  rules: DocumentRules;
  /**
   * Sensitive documents (case spaces): a session unused for the server's idle limit
   * (CASE_IDLE_MINUTES) cannot open one, and is ended while it holds one open.
   */
  endsIdleSessions?: boolean;
  /**
   * After `can(read)`, before the document is loaded: false refuses the connection as signed
   * out (4401). Where a kind audits opens.
   */
  admit?: (db: Db, resource: DocumentResource, user: SocketUser) => Promise<boolean>;
  /**
   * Whether the actor may change entries others own (shared/ownedEntries.ts), e.g. a meeting's
   * facilitator on its note wall. Without it nobody does.
   */
  moderates?: (actor: Actor | null, resource: DocumentResource) => boolean;
  /** A connection's first update that changed the document. */
  firstEdit?: (db: Db, resource: DocumentResource, user: SocketUser) => Promise<void>;
};

const MAX_NAME_LENGTH = 200;

/**
 * A document id that is a UUID in its one canonical spelling (lower case). The database finds a
 * row by any spelling, but each spelling would be a separate document, outside the access
 * changes and deletion of the real one: only the canonical name opens.
 */
export const canonicalUuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

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
      const raw = docName.slice(docName.indexOf(':') + 1);
      const id = kind.id.safeParse(raw);
      if (!id.success || id.data !== raw) return undefined;
      return kind.resolve(db, id.data);
    },
  };
}
