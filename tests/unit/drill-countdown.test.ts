import { describe, expect, it } from 'vitest';
import {
  cueBetween,
  formatCountdown,
  latencyMs,
  minutesDue,
  openCountdown,
  remainingMs,
  secondsLeft,
} from '../../src/lib/drill/countdown';

const T = 1_800_000_000_000;

describe('drill countdown arithmetic (all from timestamps)', () => {
  it('opens a deadline the limit after now and counts down to 0, never below', () => {
    const c = openCountdown(T, 90);
    expect(c).toEqual({ openedAt: T, deadline: T + 90_000 });
    expect(remainingMs(c, T + 1)).toBe(89_999);
    expect(remainingMs(c, T + 90_000)).toBe(0);
    expect(remainingMs(c, T + 500_000)).toBe(0);
  });

  it('shows whole seconds rounded up, so "0:00" means the time is out', () => {
    expect(secondsLeft(89_999)).toBe(90);
    expect(secondsLeft(200)).toBe(1);
    expect(secondsLeft(0)).toBe(0);
    expect(secondsLeft(-5)).toBe(0);
    expect(formatCountdown(90_000)).toBe('1:30');
    expect(formatCountdown(9_001)).toBe('0:10');
    expect(formatCountdown(9_000)).toBe('0:09');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(900_000)).toBe('15:00');
  });

  it('measures latency until the decision, or the whole limit on a time-out noticed late', () => {
    const c = openCountdown(T, 30);
    expect(latencyMs(c, T + 12_345, false)).toBe(12_345);
    // A background tab notices the time-out 40 s late: the limit is what ran out.
    expect(latencyMs(c, T + 70_000, true)).toBe(30_000);
    // A move the engine records after the deadline (before the runner's tick) is capped too.
    expect(latencyMs(c, T + 31_000, false)).toBe(30_000);
  });

  it('announces 30 s, 10 s and time up only when crossed, the last one of a jump', () => {
    expect(cueBetween(31_000, 30_000)).toBe(30);
    expect(cueBetween(30_000, 29_000)).toBeUndefined();
    expect(cueBetween(10_500, 9_800)).toBe(10);
    expect(cueBetween(45_000, 8_000)).toBe(10);
    expect(cueBetween(45_000, 0)).toBe(0);
    expect(cueBetween(500, 0)).toBe(0);
    expect(cueBetween(0, 0)).toBeUndefined();
    // A 15-second decision starts below 30: no "30 seconds left".
    expect(cueBetween(15_000, 14_000)).toBeUndefined();
    expect(cueBetween(Infinity, 15_000)).toBe(30);
  });

  it('owes the scenario whole simulated minutes since its clock started, minus those passed on', () => {
    // 1 simulated minute per real second: 12.9 s → 12 minutes.
    expect(minutesDue(T, T + 12_900, 1, 0)).toBe(12);
    expect(minutesDue(T, T + 12_900, 1, 10)).toBe(2);
    expect(minutesDue(T, T + 12_900, 1, 12)).toBe(0);
    // 0.1 per second: 29.9 s → 2 minutes; 30 s → 3 (no float drift below a whole minute).
    expect(minutesDue(T, T + 29_900, 0.1, 0)).toBe(2);
    expect(minutesDue(T, T + 30_000, 0.1, 0)).toBe(3);
    // 60 per second: a tab asleep for 3 real minutes owes 180 × 60 = 10,800 minutes.
    expect(minutesDue(T, T + 180_000, 60, 0)).toBe(10_800);
    // A clock that went backwards owes nothing.
    expect(minutesDue(T, T - 5_000, 1, 0)).toBe(0);
  });
});
