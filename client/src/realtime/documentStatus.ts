import { type NetworkState, setConnectionStatus } from './connectionStatus';

// Every open document reports its own state; the header shows the worst of them.

export type DocumentStatus = { network: NetworkState; saved: boolean };

const open = new Map<object, DocumentStatus>();
const rank: Record<NetworkState, number> = { online: 0, reconnecting: 1, offline: 2 };

function publish() {
  if (open.size === 0) return;
  let network: NetworkState = 'online';
  let saved = true;
  for (const status of open.values()) {
    if (rank[status.network] > rank[network]) network = status.network;
    saved &&= status.saved;
  }
  if (typeof navigator !== 'undefined' && !navigator.onLine) network = 'offline';
  setConnectionStatus({ network, saved });
}

export function reportDocumentStatus(owner: object, status: DocumentStatus): void {
  open.set(owner, status);
  publish();
}

/** A closed document no longer counts; with none open, edits are all saved or in IndexedDB. */
export function forgetDocumentStatus(owner: object): void {
  const status = open.get(owner);
  open.delete(owner);
  if (open.size === 0) setConnectionStatus({ saved: status?.saved ?? true });
  else publish();
}
