import * as Y from 'yjs';
import { writeNotes } from './boardEdits';

/** The key and value a client must see to know it holds the whole seeded history. */
export type SeedExpectation = { key: string; value: number };

/**
 * A board-like history: `count` single-edit updates from one client, cycling over 1,000 keys so
 * most of the log is overwritten values (what a long-lived document's log looks like).
 */
export function seedHistory(count: number): { updates: Uint8Array[]; expect: SeedExpectation } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const keys = 1000;
  for (let i = 0; i < count; i++) {
    writeNotes(doc, [[`k${i % keys}`, JSON.stringify({ i, p: 'x'.repeat(100) })]]);
  }
  doc.destroy();
  return { updates, expect: { key: `k${(count - 1) % keys}`, value: count - 1 } };
}
