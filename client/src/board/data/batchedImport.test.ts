import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Agency } from '../../../../shared/board/agency';
import { insertAgencies, readBoard, validateNewAgencies } from '../../../../shared/board/document';
import { createLocalHistory } from '../document/useBoardHistory';
import { IMPORT_BATCH_ROWS, writeInBatches } from './batchedImport';

function agencies(doc: Y.Doc, count: number): Agency[] {
  const checked = validateNewAgencies(
    doc,
    Array.from({ length: count }, (_, i) => ({
      name: `事業所${i}`,
      layer: 'registered' as const,
      fields: ['disability' as const],
    })),
  );
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.value;
}

describe('import in batches', () => {
  it('writes one update per batch, reports progress, and is undone in one step', async () => {
    const doc = new Y.Doc();
    const { origin, manager } = createLocalHistory(doc);
    const updates: number[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update.length));
    const progress: number[] = [];
    const count = IMPORT_BATCH_ROWS * 2 + 10;
    await writeInBatches(
      agencies(doc, count),
      origin,
      (batch) => insertAgencies(doc, batch, origin),
      (done) => progress.push(done),
    );
    expect(readBoard(doc).agencies).toHaveLength(count);
    expect(updates).toHaveLength(3);
    expect(progress).toEqual([IMPORT_BATCH_ROWS, IMPORT_BATCH_ROWS * 2, count]);
    manager.undo();
    expect(readBoard(doc).agencies).toHaveLength(0);
  });
});
