import type { Socket } from 'socket.io';
import { createTokenBucket } from '../realtime/tokenBucket';

// Every Socket.IO event a client sends goes through one token bucket per socket: over the rate
// an event is answered "rate_limited" (when it asked for an answer) and not handled; a client
// that keeps sending far past the limit is disconnected.

export type EventRateLimit = { perSecond: number; burst: number; refusalsBeforeDisconnect: number };
export const EVENT_RATE_LIMIT: EventRateLimit = {
  perSecond: 20,
  burst: 40,
  refusalsBeforeDisconnect: 200,
};

export function limitEvents(socket: Socket, limit: EventRateLimit = EVENT_RATE_LIMIT): void {
  const bucket = createTokenBucket(limit.perSecond, limit.burst);
  let refusedInARow = 0;
  socket.use((packet, next) => {
    if (bucket.take()) {
      refusedInARow = 0;
      return next();
    }
    refusedInARow += 1;
    if (refusedInARow >= limit.refusalsBeforeDisconnect) {
      socket.disconnect(true);
      return;
    }
    const ack = packet.at(-1);
    if (typeof ack === 'function') ack({ ok: false, error: 'rate_limited' });
  });
}
