// Builds the demo boards' Yjs documents through the board document API, so the demo data is
// held to the same validation as anything a user types.
import * as Y from 'yjs';
import { addAgencies, addTies } from '../../shared/board/document';
import type { Field } from '../../shared/domain';
import { DEMO_AGENCIES } from './agencies';
import { DEMO_TIES } from './ties';

const DEMO_ORIGIN = 'demo-seed';

/** A board of the demo agencies (only those working in `field`, when given) and their ties. */
export function buildDemoBoard(field?: Field): Y.Doc {
  const doc = new Y.Doc();
  const agencies = DEMO_AGENCIES.filter((a) => field === undefined || a.fields.includes(field));
  const added = addAgencies(doc, agencies, DEMO_ORIGIN);
  if (!added.ok) throw new Error(`invalid demo agency: ${JSON.stringify(added.issues)}`);
  const ids = new Set(agencies.map((a) => a.id));
  const ties = DEMO_TIES.filter((t) => ids.has(t.from) && ids.has(t.to));
  const tied = addTies(doc, ties, DEMO_ORIGIN);
  if (!tied.ok) throw new Error(`invalid demo tie: ${JSON.stringify(tied.issues)}`);
  return doc;
}
