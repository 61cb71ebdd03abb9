import type { LocalOrigin } from '../document/useBoardHistory';

// A large import is written a batch at a time: each batch is its own transaction, so its own
// update (~150 KB of real provider data, far under the server's 1 MiB message limit), and the
// page draws the progress between batches. It stays one undo step.

export const IMPORT_BATCH_ROWS = 250;

export function writeInBatches<T>(
  items: readonly T[],
  origin: LocalOrigin,
  write: (batch: readonly T[]) => void,
  onProgress: (done: number) => void,
): Promise<void> {
  return origin.oneStep(async () => {
    for (let start = 0; start < items.length; start += IMPORT_BATCH_ROWS) {
      write(items.slice(start, start + IMPORT_BATCH_ROWS));
      onProgress(Math.min(start + IMPORT_BATCH_ROWS, items.length));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
}
