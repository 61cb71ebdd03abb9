import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import {
  type BoardDiff,
  type BoardMarks,
  diffBoards,
  diffDocument,
  diffMarks,
} from '../../../../shared/board/boardDiff';
import { readBoard } from '../../../../shared/board/document';
import { destroyLocalBoard, type LocalBoard, localBoard } from '../snapshot/useFrozenBoard';

export type BoardComparison = {
  diff: BoardDiff;
  marks: BoardMarks;
  /** The newer board with what was removed put back, for one canvas to show both. */
  board: LocalBoard;
  /** Every agency's name, then or now (ties name their ends by them). */
  names: ReadonlyMap<string, string>;
};

/** How `newer` differs from `older`, worked out again whenever `newer` changes (a live board). */
export function useBoardDiff(older: Y.Doc, newer: Y.Doc, name: string): BoardComparison {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const changed = () => setVersion((v) => v + 1);
    newer.on('update', changed);
    return () => newer.off('update', changed);
  }, [newer]);
  // `version` counts the newer board's changes: each one works the comparison out again.
  const comparison = useMemo(() => {
    const before = readBoard(older);
    const after = readBoard(newer);
    const diff = diffBoards(before, after);
    const names = new Map([...before.agencies, ...after.agencies].map((a) => [a.id, a.name]));
    return {
      diff,
      marks: diffMarks(diff),
      board: localBoard(name, diffDocument(newer, diff)),
      names,
    };
  }, [older, newer, name, version]);
  useEffect(() => () => destroyLocalBoard(comparison.board), [comparison]);
  return comparison;
}
