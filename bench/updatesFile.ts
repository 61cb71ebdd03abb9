import { readFileSync, writeFileSync } from 'node:fs';

// A list of Yjs updates in one file (each: 4-byte length, then the bytes), so the orchestrator
// generates a seed once and each server child stores the very same updates.

export function writeUpdatesFile(path: string, updates: Uint8Array[]): void {
  const total = updates.reduce((n, u) => n + 4 + u.length, 0);
  const out = Buffer.alloc(total);
  let at = 0;
  for (const update of updates) {
    out.writeUInt32LE(update.length, at);
    out.set(update, at + 4);
    at += 4 + update.length;
  }
  writeFileSync(path, out);
}

export function readUpdatesFile(path: string): Uint8Array[] {
  const bytes = readFileSync(path);
  const updates: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; ) {
    const length = bytes.readUInt32LE(at);
    updates.push(new Uint8Array(bytes.buffer, bytes.byteOffset + at + 4, length));
    at += 4 + length;
  }
  return updates;
}
