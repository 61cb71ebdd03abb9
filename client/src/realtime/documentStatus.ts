import { type NetworkState, type SaveFailure, setConnectionStatus } from './connectionStatus';

// Every open document reports its own state; the header shows the worst of them.

export type DocumentStatus = { network: NetworkState; saved: boolean; failure: SaveFailure | null };

const open = new Map<object, DocumentStatus>();
const rank: Record<NetworkState, number> = { online: 0, reconnecting: 1, offline: 2 };

function publish() {
  if (open.size === 0) return;
  let network: NetworkState = 'online';
  let saved = true;
  let failure: SaveFailure | null = null;
  for (const status of open.values()) {
    if (rank[status.network] > rank[network]) network = status.network;
    saved &&= status.saved;
    failure ??= status.failure;
  }
  if (typeof navigator !== 'undefined' && !navigator.onLine) network = 'offline';
  setConnectionStatus({ network, saved, failure });
}

export function reportDocumentStatus(owner: object, status: DocumentStatus): void {
  open.set(owner, status);
  publish();
}

/** A closed document no longer counts; with none open, edits are all saved or in IndexedDB. */
export function forgetDocumentStatus(owner: object): void {
  const status = open.get(owner);
  open.delete(owner);
  if (open.size === 0) {
    setConnectionStatus({ saved: status?.saved ?? true, failure: status?.failure ?? null });
  } else publish();
}
