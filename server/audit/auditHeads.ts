import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The newest entry of each council's audit chain, kept outside the database: deleting the newest
// rows leaves a chain that checks out on its own, so only a head recorded elsewhere shows that
// entries are missing at the end.

export type AuditHead = { seq: number; hash: string };

export type AuditHeadStore = {
  get: (councilId: string) => AuditHead | undefined;
  /** Records `head` unless a later one is already recorded (appends may finish out of order). */
  advance: (councilId: string, head: AuditHead) => void;
};

export const AUDIT_HEADS_FILE = 'audit-heads.json';

function headMap(initial: Record<string, AuditHead> = {}) {
  const heads = new Map<string, AuditHead>(Object.entries(initial));
  return {
    heads,
    get: (councilId: string) => heads.get(councilId),
    advance: (councilId: string, head: AuditHead) => {
      const current = heads.get(councilId);
      if (current && current.seq >= head.seq) return false;
      heads.set(councilId, head);
      return true;
    },
  };
}

export function memoryHeadStore(): AuditHeadStore {
  return headMap();
}

/** Heads in a JSON file in the data directory, replaced atomically on every append. */
export function fileHeadStore(dataDir: string): AuditHeadStore {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, AUDIT_HEADS_FILE);
  const map = headMap(
    existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, AuditHead>) : {},
  );
  return {
    get: map.get,
    advance: (councilId, head) => {
      if (!map.advance(councilId, head)) return;
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(Object.fromEntries(map.heads)), { mode: 0o600 });
      renameSync(temporary, file);
    },
  };
}
