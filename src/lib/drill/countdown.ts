/**
 * The drill's real-time arithmetic. Every figure is derived from timestamps (epoch
 * milliseconds, `Date.now()` in the browser) rather than counted ticks, so a background tab
 * whose timers the browser slows down, and a reload, still see the right time: the next tick
 * simply computes from the clock again. Pure: the caller passes `now`.
 */

/** One decision's time limit: when it opened and when it runs out (epoch ms). */
export interface Countdown {
  openedAt: number;
  deadline: number;
}

export function openCountdown(now: number, seconds: number): Countdown {
  return { openedAt: now, deadline: now + seconds * 1000 };
}

/** Milliseconds left, never below 0. */
export function remainingMs(countdown: Countdown, now: number): number {
  return Math.max(0, countdown.deadline - now);
}

/** Whole seconds as the countdown shows them: 0.2 s left still shows 1, 0 only when out. */
export function secondsLeft(ms: number): number {
  return Math.ceil(Math.max(0, ms) / 1000);
}

/** "1:30", "0:09": minutes and seconds of what is left. */
export function formatCountdown(ms: number): string {
  const s = secondsLeft(ms);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The real time a decision took: until it was made, or the whole limit when it timed out
 * (the runner may notice a timeout late, in a background tab; the limit is what ran out).
 */
export function latencyMs(countdown: Countdown, decidedAt: number, timedOut: boolean): number {
  const end = timedOut ? countdown.deadline : Math.min(decidedAt, countdown.deadline);
  return Math.max(0, end - countdown.openedAt);
}

/**
 * The moments a screen reader hears about the countdown, besides its start: these many
 * seconds left, and time up (0). Not every second: that would drown everything else.
 */
export const CUES = [30, 10, 0] as const;
export type Cue = (typeof CUES)[number];

/**
 * The cue to announce when the time left went from `beforeMs` to `afterMs`: the last
 * threshold crossed (a jump past 30 s and 10 s at once says only 10 s), or none. A limit that
 * starts below a threshold (a 15-second decision) never announces that threshold.
 */
export function cueBetween(beforeMs: number, afterMs: number): Cue | undefined {
  let cue: Cue | undefined;
  for (const c of CUES) {
    const at = c * 1000;
    if (beforeMs > at && afterMs <= at) cue = c;
  }
  return cue;
}

/**
 * Simulated minutes the drill clock owes the scenario: `compression` simulated minutes per
 * real second since `since`, minus the `applied` minutes already passed on. Whole minutes only
 * (the engine counts whole minutes); the remainder comes with a later tick.
 */
export function minutesDue(
  since: number,
  now: number,
  compression: number,
  applied: number,
): number {
  const total = Math.floor((Math.max(0, now - since) / 1000) * compression + 1e-9);
  return Math.max(0, total - applied);
}
