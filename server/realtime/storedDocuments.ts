import * as Y from 'yjs';
import type { Db } from '../db/client';
import { appendUpdates, applyStored, loadDocument } from './docStore';
import type { DocumentHost } from './realtimeServer';

/** What code that edits documents from the server needs of them (closing a term, the demo). */
export type DocumentEditor = Pick<DocumentHost, 'read' | 'change' | 'recheckAccess'>;

/**
 * Documents edited straight in storage, for code that runs while no realtime server serves
 * them (the demo seed, inside its transaction before the server starts): nobody can have one
 * open, so there is no one to recheck and nothing live to disagree with.
 */
export function storedDocuments(db: Db): DocumentEditor {
  const load = async (name: string) => {
    const doc = new Y.Doc();
    applyStored(doc, (await loadDocument(db, name)).parts);
    return doc;
  };
  return {
    read: async (name, read) => {
      const doc = await load(name);
      try {
        return read(doc);
      } finally {
        doc.destroy();
      }
    },
    change: async (name, apply) => {
      const doc = await load(name);
      try {
        const before = Y.encodeStateVector(doc);
        doc.transact(() => apply(doc));
        await appendUpdates(db, [{ docName: name, update: Y.encodeStateAsUpdate(doc, before) }]);
      } finally {
        doc.destroy();
      }
    },
    recheckAccess: async () => {},
  };
}
