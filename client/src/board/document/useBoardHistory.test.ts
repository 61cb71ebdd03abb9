import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgency, readBoard } from '../../../../shared/board/document';
import { createLocalHistory } from './useBoardHistory';

const agency = (name: string) => ({
  name,
  layer: 'core' as const,
  fields: ['disability' as const],
});

describe('createLocalHistory', () => {
  it('merges quick edits into one step unless the step is separated', () => {
    const doc = new Y.Doc();
    const { origin, manager } = createLocalHistory(doc);
    addAgency(doc, agency('一'), origin);
    addAgency(doc, agency('二'), origin);
    origin.separate();
    addAgency(doc, agency('三'), origin);
    manager.undo();
    expect(
      readBoard(doc)
        .agencies.map((a) => a.name)
        .sort(),
    ).toEqual(['一', '二']);
    manager.undo();
    expect(readBoard(doc).agencies).toEqual([]);
  });

  it('leaves edits with any other origin alone', () => {
    const doc = new Y.Doc();
    const { origin, manager } = createLocalHistory(doc);
    addAgency(doc, agency('自分'), origin);
    addAgency(doc, agency('他の人'), 'remote');
    manager.undo();
    expect(readBoard(doc).agencies.map((a) => a.name)).toEqual(['他の人']);
  });
});
