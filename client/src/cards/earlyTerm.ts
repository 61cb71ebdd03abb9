import type { TermContentsView } from '../../../shared/cardApi';
import { termDocName } from '../../../shared/cards/termDocument';
import { openDocument, type RealtimeDocument } from '../realtime/provider';
import { cardApi } from './cardEndpoints';

// A term's rows and live document, asked for as soon as a route showing the term is matched:
// on a first load that is while the session and the page's code are still on their way, and a
// big term's document (over a megabyte) takes the server a while to load. The page takes both
// over when it mounts; what no page takes within a while is let go.

const UNCLAIMED_MS = 30_000;

type Early = {
  contents: Promise<TermContentsView> | undefined;
  document: RealtimeDocument | undefined;
  stopWatching: () => void;
  expiry: ReturnType<typeof setTimeout>;
};
const early = new Map<string, Early>();

const letGo = (termId: string) => {
  const found = early.get(termId);
  if (!found) return;
  early.delete(termId);
  clearTimeout(found.expiry);
  found.stopWatching();
  found.document?.destroy();
};

export function startTerm(termId: string): void {
  if (early.get(termId)?.document) return;
  letGo(termId);
  const document = openDocument(termDocName(termId));
  // Refused (signed out, no access): gone at once, so no page shows its state meanwhile.
  const stopWatching = document.subscribe(() => {
    if (document.getState().closed) letGo(termId);
  });
  const contents = cardApi.term(termId);
  // A refusal is the page's to show when it takes this; untaken, it is not news.
  contents.catch(() => undefined);
  early.set(termId, {
    contents,
    document,
    stopWatching,
    expiry: setTimeout(() => letGo(termId), UNCLAIMED_MS),
  });
}

const take = <K extends 'contents' | 'document'>(termId: string, key: K): Early[K] => {
  const found = early.get(termId);
  if (!found) return undefined;
  const taken = found[key];
  found[key] = undefined;
  if (key === 'document') found.stopWatching();
  if (!found.contents && !found.document) {
    early.delete(termId);
    clearTimeout(found.expiry);
  }
  return taken;
};

/** The term's rows as asked for early, once; afterwards undefined (ask the API). */
export const takeTermContents = (termId: string) => take(termId, 'contents');

/** The term's document as opened early, once; afterwards undefined (open it). */
export const takeTermDocument = (termId: string) => take(termId, 'document');
