// Guarding the board document against updates that would make it invalid (a client that skips
// the document functions, an old client, a malicious one). Two ways for the realtime server:
//   checkBoardUpdate:         try the update on a copy; reject it before anyone sees it. Costs a
//                             copy of the document per update; the sender's copy then diverges,
//                             so the server must also drop that client.
//   applyBoardUpdateOrRevert: apply it, and if it broke an entry, undo it at once. The undo is an
//                             ordinary update that every client (the sender too) receives, so all
//                             replicas converge. Costs only the change.
// Only entries the update touched are checked. A tie left pointing at an agency that a concurrent
// edit removed is tolerated (readBoard reports it): refusing it would refuse honest edits.
import * as Y from 'yjs';
import {
  agenciesOf,
  type BoardProblem,
  readAgencyEntry,
  readTieEntry,
  tiesOf,
} from './documentLayout';

export const BOARD_ROOTS = ['agencies', 'ties'] as const;
export const MAX_AGENCIES = 5000;
export const MAX_TIES = 20000;

export type UpdateCheck = { ok: true } | { ok: false; problems: BoardProblem[] };

const keyOf = (event: Y.YEvent<Y.AbstractType<unknown>>): string[] =>
  event.path.length > 0
    ? [String(event.path[0])]
    : [...(event as Y.YMapEvent<unknown>).keysChanged];

/** Runs `change` and returns the problems of the entries (and roots) it touched. */
function problemsOfChange(doc: Y.Doc, change: () => void): BoardProblem[] {
  const touched = { agency: new Set<string>(), tie: new Set<string>() };
  const agencies = agenciesOf(doc);
  const ties = tiesOf(doc);
  const collect = (into: Set<string>) => (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) for (const key of keyOf(event)) into.add(key);
  };
  const onAgencies = collect(touched.agency);
  const onTies = collect(touched.tie);
  const rootsBefore = new Set(doc.share.keys());
  agencies.observeDeep(onAgencies);
  ties.observeDeep(onTies);
  try {
    change();
  } finally {
    agencies.unobserveDeep(onAgencies);
    ties.unobserveDeep(onTies);
  }
  const problems: BoardProblem[] = [];
  for (const name of doc.share.keys()) {
    if (!rootsBefore.has(name) && !(BOARD_ROOTS as readonly string[]).includes(name)) {
      problems.push({
        kind: 'document',
        id: name,
        issues: [{ path: '', message: '不明なデータです' }],
      });
    }
  }
  if (agencies.size > MAX_AGENCIES || ties.size > MAX_TIES) {
    const message = `1つのボードに置けるのは事業所${MAX_AGENCIES}件・つながり${MAX_TIES}件までです`;
    problems.push({ kind: 'document', id: '', issues: [{ path: '', message }] });
  }
  for (const id of touched.agency) {
    if (!agencies.has(id)) continue;
    const read = readAgencyEntry(id, agencies.get(id));
    if (!read.ok) problems.push({ kind: 'agency', id, issues: read.issues });
  }
  for (const id of touched.tie) {
    if (!ties.has(id)) continue;
    const read = readTieEntry(id, ties.get(id));
    const issues = read.ok ? [] : read.issues;
    if (issues.length > 0) problems.push({ kind: 'tie', id, issues });
  }
  return problems;
}

/** Whether `update` would leave the board valid, tried on a copy of `current`. */
export function checkBoardUpdate(current: Y.Doc, update: Uint8Array): UpdateCheck {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(current));
  let problems: BoardProblem[];
  try {
    problems = problemsOfChange(scratch, () => Y.applyUpdate(scratch, update));
  } catch {
    problems = [{ kind: 'document', id: '', issues: [{ path: '', message: '壊れた更新です' }] }];
  } finally {
    scratch.destroy();
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

/**
 * Applies `update` to `doc` with `origin`; when it broke an entry, undoes it in a second
 * transaction (origin `revertOrigin`), which the caller relays like any other update.
 */
export function applyBoardUpdateOrRevert(
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
  revertOrigin: unknown = 'board-revert',
): UpdateCheck {
  const undo = new Y.UndoManager([agenciesOf(doc), tiesOf(doc)], {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
  });
  try {
    const problems = problemsOfChange(doc, () => Y.applyUpdate(doc, update, origin));
    if (problems.length === 0) return { ok: true };
    doc.transact(() => {
      while (undo.canUndo()) undo.undo();
    }, revertOrigin);
    return { ok: false, problems };
  } finally {
    undo.destroy();
  }
}
