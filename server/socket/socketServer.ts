import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { isAllowedOrigin } from '../auth/origin';

// The app's one Socket.IO server at /socket.io: presence on the main namespace, live meetings on
// /meetings. Features add namespaces to it; none starts a server of its own.

const MAX_PAYLOAD_BYTES = 16 * 1024;

export type SocketServer = { io: Server; close: () => void };

export function createSocketServer(
  server: HttpServer,
  allowedOrigins: string[] | undefined,
): SocketServer {
  const io = new Server(server, {
    path: '/socket.io',
    serveClient: false,
    // Without this Socket.IO destroys every other upgrade on the server, /yjs included.
    destroyUpgrade: false,
    maxHttpBufferSize: MAX_PAYLOAD_BYTES,
    allowRequest: (request, callback) =>
      callback(null, isAllowedOrigin(request.headers, allowedOrigins)),
  });
  return {
    io,
    close: () => {
      for (const namespace of io._nsps.values()) namespace.disconnectSockets(true);
      // Not io.close(): that would also close the HTTP server Fastify owns.
      io.engine.close();
    },
  };
}
