// A countdown kept as a start instant on the server's clock: the agenda item's timer and each
// small group's. Clients count down locally from it, so every screen shows the same time.
import { z } from 'zod';

export const timerState = z.object({
  durationMs: z.number(),
  // Time counted before the last start; while running, add (now - runningSince).
  elapsedMs: z.number(),
  // The server's clock (ms since the epoch) when the timer was last started, null when paused.
  runningSince: z.number().nullable(),
});
export type TimerState = z.infer<typeof timerState>;

export function elapsedMs(timer: TimerState, now: number): number {
  return (
    timer.elapsedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince))
  );
}

/** Milliseconds left on the timer; negative once the time box is over. */
export function remainingMs(timer: TimerState, now: number): number {
  return timer.durationMs - elapsedMs(timer, now);
}

export const MINUTE = 60_000;

export const startTimer = (timer: TimerState, now: number): TimerState =>
  timer.runningSince === null ? { ...timer, runningSince: now } : timer;

export const pauseTimer = (timer: TimerState, now: number): TimerState =>
  timer.runningSince === null
    ? timer
    : { ...timer, elapsedMs: elapsedMs(timer, now), runningSince: null };

export const addToTimer = (timer: TimerState, minutes: number): TimerState => ({
  ...timer,
  durationMs: timer.durationMs + minutes * MINUTE,
});
