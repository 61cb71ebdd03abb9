import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import { freshDocNames, runServerChild, type ServerModule } from './child';

// The y-websocket reference server as its own bin runs it, with its built-in LevelDB
// persistence (YPERSISTENCE, read when its utils module loads): every update is written to
// LevelDB without waiting, nothing tells the client when it is stored.

type LevelDbStore = {
  storeUpdate: (docName: string, update: Uint8Array) => Promise<unknown>;
  getYDoc: (docName: string) => Promise<{ destroy: () => void }>;
  destroy: () => Promise<void>;
};

const server: ServerModule = {
  async start(_dataDir, docCount) {
    const wss = new WebSocketServer({ noServer: true });
    const httpServer = http.createServer((_request, response) => response.end('okay'));
    wss.on('connection', setupWSConnection);
    httpServer.on('upgrade', (request, socket, head) => {
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = httpServer.address() as AddressInfo;
    return {
      target: {
        name: 'y-websocket',
        protocol: 'y-websocket',
        urlPrefix: `ws://127.0.0.1:${port}/`,
        headers: [{}],
        docNames: freshDocNames(docCount),
      },
      stop: async () => {
        for (const client of wss.clients) client.terminate();
        await new Promise((resolve) => httpServer.close(resolve));
      },
    };
  },
  // Through the same LevelDB persistence the server uses (YPERSISTENCE is this data dir).
  async seed(_dataDir, updates) {
    const ldb = (getPersistence() as { provider?: LevelDbStore } | null)?.provider;
    if (!ldb) throw new Error('YPERSISTENCE is not set');
    const docName = 'seeded';
    for (const update of updates) await ldb.storeUpdate(docName, update);
    await ldb.destroy();
    return docName;
  },
  // y-leveldb merges a document's updates into one when it reads more than 500 of them.
  async compact(_dataDir, docName) {
    const ldb = (getPersistence() as { provider?: LevelDbStore } | null)?.provider;
    if (!ldb) throw new Error('YPERSISTENCE is not set');
    (await ldb.getYDoc(docName)).destroy();
    await ldb.destroy();
    return 'y-leveldb getYDoc (merges the stored updates into one)';
  },
};

await runServerChild(server);
