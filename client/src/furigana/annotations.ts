import {
  annotateView,
  MAX_TEXT_LENGTH,
  MAX_TEXTS,
  MAX_TOTAL_LENGTH,
} from '../../../shared/readings/readingsApi';
import type { Ruby } from '../../../shared/readings/ruby';
import { request } from '../api/http';

// The readings of user text (titles, notes, names) come from the server, which knows the
// council's own readings of names. Texts asked for in one turn of the page go in one request
// (within the server's bounds); each text's answer is kept for the page's life.

/** Whose readings apply: the council's people name the council, a guest their meeting. */
export type AnnotationScope = { councilId: string } | { meetingId: string };

type Annotator = {
  /** The text's readings, once known. */
  read(text: string): Ruby | undefined;
  /** Asks for the text's readings (if not known or asked yet); `ready` runs when they come. */
  want(text: string, ready: () => void): () => void;
};

const annotators = new Map<string, Annotator>();

export function annotatorFor(scope: AnnotationScope): Annotator {
  const key = 'councilId' in scope ? `council:${scope.councilId}` : `meeting:${scope.meetingId}`;
  let annotator = annotators.get(key);
  if (!annotator) {
    annotator = createAnnotator(scope);
    annotators.set(key, annotator);
  }
  return annotator;
}

function createAnnotator(scope: AnnotationScope): Annotator {
  const known = new Map<string, Ruby>();
  const listeners = new Map<string, Set<() => void>>();
  const queued = new Set<string>();
  const asked = new Set<string>();
  let scheduled = false;

  const settle = (text: string, ruby: Ruby | undefined) => {
    if (ruby) known.set(text, ruby);
    for (const ready of listeners.get(text) ?? []) ready();
  };

  const send = async (texts: string[]) => {
    try {
      const { ruby } = await request('POST', '/readings', { ...scope, texts }, annotateView);
      for (const [i, text] of texts.entries()) settle(text, ruby[i]);
    } catch {
      // Readings are a help, not the content: the plain text stays. Asked again on a new page.
      for (const text of texts) asked.delete(text);
    }
  };

  const flush = () => {
    scheduled = false;
    let batch: string[] = [];
    let length = 0;
    for (const text of queued) {
      if (batch.length === MAX_TEXTS || length + text.length > MAX_TOTAL_LENGTH) {
        send(batch);
        batch = [];
        length = 0;
      }
      batch.push(text);
      length += text.length;
    }
    if (batch.length > 0) send(batch);
    queued.clear();
  };

  return {
    read: (text) => known.get(text),
    want(text, ready) {
      const waiting = listeners.get(text) ?? new Set();
      waiting.add(ready);
      listeners.set(text, waiting);
      if (!known.has(text) && !asked.has(text) && text.length <= MAX_TEXT_LENGTH) {
        asked.add(text);
        queued.add(text);
        if (!scheduled) {
          scheduled = true;
          setTimeout(flush, 0);
        }
      }
      return () => {
        waiting.delete(ready);
      };
    },
  };
}
