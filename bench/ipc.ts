import type { ChildProcess } from 'node:child_process';

// A minimal request/response protocol over the Node IPC channel between the orchestrator and
// its children (servers under test and the load generator).

type Request = { id: number; method: string; params: unknown };
type Response = { id: number; result?: unknown; error?: string };
export type Handlers = Record<string, (params: never) => unknown>;

export function serveIpc(handlers: Handlers): void {
  process.on('message', async (message: Request) => {
    const handler = handlers[message.method] as ((params: unknown) => unknown) | undefined;
    try {
      if (!handler) throw new Error(`unknown method ${message.method}`);
      const result = await handler(message.params);
      process.send?.({ id: message.id, result } satisfies Response);
    } catch (error) {
      process.send?.({ id: message.id, error: String((error as Error).stack ?? error) });
    }
  });
}

export type IpcClient = {
  call: <T>(method: string, params?: unknown) => Promise<T>;
};

export function ipcClient(child: ChildProcess): IpcClient {
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (message: Response) => {
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(message.error));
    else waiter.resolve(message.result);
  });
  child.on('exit', (code) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`child exited (${code})`));
    pending.clear();
  });
  return {
    call: <T>(method: string, params?: unknown) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, method, params } satisfies Request);
      }),
  };
}
