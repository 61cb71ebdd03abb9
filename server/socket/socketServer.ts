import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { isAllowedOrigin } from '../auth/origin';

// The app's one Socket.IO server at /socket.io: presence on the main namespace, live meetings on
// /meetings. Features add namespaces to it; none starts a server of its own.

const MAX_PAYLOAD_BYTES = 16 * 1024;

export type SocketServer = { io: Server; close: () => void };

/** One of several processes (docs/realtime.md): room broadcasts go through a Redis stream. */
export type SocketScaleOut = {
  /** A connection with an offline queue: the adapter's blocking reads wait out a Redis outage. */
  redis: Redis;
  prefix: string;
};

export function createSocketServer(
  server: HttpServer,
  allowedOrigins: string[] | undefined,
  scale?: SocketScaleOut,
): SocketServer {
  const io = new Server(server, {
    path: '/socket.io',
    serveClient: false,
    // Without this Socket.IO destroys every other upgrade on the server, /yjs included.
    destroyUpgrade: false,
    maxHttpBufferSize: MAX_PAYLOAD_BYTES,
    // Several processes behind a round-robin balancer: long-polling's requests would land on
    // processes that do not know the session, a WebSocket stays on one (no stickiness needed).
    ...(scale ? { transports: ['websocket' as const] } : {}),
    allowRequest: (request, callback) =>
      callback(null, isAllowedOrigin(request.headers, allowedOrigins)),
  });
  if (scale) {
    io.adapter(
      createAdapter(scale.redis, {
        streamName: `${scale.prefix}socket.io`,
        channelPrefix: `${scale.prefix}socket.io`,
      }),
    );
  }
  return {
    io,
    close: () => {
      for (const namespace of io._nsps.values()) {
        namespace.disconnectSockets(true);
        // Stops the adapter's stream reader and subscription (the in-memory one has nothing).
        namespace.adapter.close();
      }
      // Not io.close(): that would also close the HTTP server Fastify owns.
      io.engine.close();
    },
  };
}
