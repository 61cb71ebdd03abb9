import { useSyncExternalStore } from 'react';

// What the header indicator shows. The realtime providers write it; components only read it.
export type NetworkState = 'online' | 'reconnecting' | 'offline';
/**
 * Why edits are not saved: the server refused them, they are too large to send, or the document
 * turned read-only (a term closed, a role lowered) before the server took them.
 */
export type SaveFailure = 'refused' | 'tooLarge' | 'readOnly';
export type ConnectionStatus = {
  network: NetworkState;
  // True when every edit made on this device has been reported durably stored by the server.
  saved: boolean;
  failure: SaveFailure | null;
};

let status: ConnectionStatus = {
  network: typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'online',
  saved: true,
  failure: null,
};
const listeners = new Set<() => void>();

export function getConnectionStatus(): ConnectionStatus {
  return status;
}

export function setConnectionStatus(next: Partial<ConnectionStatus>): void {
  const merged = { ...status, ...next };
  if (
    merged.network === status.network &&
    merged.saved === status.saved &&
    merged.failure === status.failure
  )
    return;
  status = merged;
  for (const listener of listeners) listener();
}

export function subscribeConnectionStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useConnectionStatus(): ConnectionStatus {
  return useSyncExternalStore(subscribeConnectionStatus, getConnectionStatus, getConnectionStatus);
}

if (typeof window !== 'undefined') {
  window.addEventListener('offline', () => setConnectionStatus({ network: 'offline' }));
  window.addEventListener('online', () => setConnectionStatus({ network: 'online' }));
}
