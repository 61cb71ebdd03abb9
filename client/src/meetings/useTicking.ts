import { useEffect, useState } from 'react';

/** The server's clock as it moves, redrawn a few times a second while a timer runs. */
export function useTicking(running: boolean, serverNow: () => number): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    setNow(serverNow());
    if (!running) return;
    const interval = setInterval(() => setNow(serverNow()), 200);
    return () => clearInterval(interval);
  }, [running, serverNow]);
  return now;
}
