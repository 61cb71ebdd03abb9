import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { freshDocNames, runServerChild, type ServerModule } from './child';

// Hocuspocus with its database extension at its default debounce (2 s, at most 10 s): the whole
// document state is stored, one file per document, written and fsynced then renamed into place.

function fileOf(dataDir: string, docName: string): string {
  return join(dataDir, `${encodeURIComponent(docName)}.ystate`);
}

async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}

const server: ServerModule = {
  async start(dataDir, docCount) {
    await mkdir(dataDir, { recursive: true });
    const hocuspocus = new Server({
      port: 0,
      address: '127.0.0.1',
      quiet: true,
      stopOnSignals: false,
      extensions: [
        new Database({
          fetch: async ({ documentName }) => {
            try {
              return new Uint8Array(await readFile(fileOf(dataDir, documentName)));
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
              throw error;
            }
          },
          store: ({ documentName, state }) => writeDurably(fileOf(dataDir, documentName), state),
        }),
      ],
    });
    await hocuspocus.listen();
    const { port } = hocuspocus.address;
    return {
      target: {
        name: 'hocuspocus',
        protocol: 'hocuspocus',
        urlPrefix: `ws://127.0.0.1:${port}/`,
        headers: [{}],
        docNames: freshDocNames(docCount),
      },
      stop: () => hocuspocus.destroy(),
    };
  },
  // Hocuspocus keeps no update log, only the merged state, so that is what a 100,000-update
  // history becomes in its store.
  async seed(dataDir, updates) {
    await mkdir(dataDir, { recursive: true });
    const doc = new Y.Doc();
    for (const update of updates) Y.applyUpdate(doc, update);
    const docName = 'seeded';
    await writeDurably(fileOf(dataDir, docName), Y.encodeStateAsUpdate(doc));
    doc.destroy();
    return docName;
  },
  compact: async () => 'nothing to do: Hocuspocus stores only the merged state',
};

await runServerChild(server);
