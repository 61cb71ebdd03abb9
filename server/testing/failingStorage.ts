import type { DocumentStorage } from '../realtime/documentStorage';

/** A document storage that fails on demand: the database is unreachable while `failing` is set. */
export type FailingStorage = DocumentStorage & { failing: boolean };

/** Wraps a real storage; while `failing`, every call rejects as an unreachable database would. */
export function failingStorage(real: DocumentStorage): FailingStorage {
  const unless =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      storage.failing ? Promise.reject(new Error('storage unavailable')) : call(...args);
  const storage: FailingStorage = {
    failing: false,
    load: unless(real.load),
    missing: unless(real.missing),
    append: unless(real.append),
    compact: unless(real.compact),
    delete: unless(real.delete),
  };
  return storage;
}
