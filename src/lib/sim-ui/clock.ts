/**
 * Simulated time for the simulator UI. A scenario's time is counted in minutes since Monday
 * 00:00 of the week it starts in ("Tue 09:12" is 1992); the engine advances it by events. Posts
 * that were already waiting when a scenario starts have earlier (even negative) times.
 */
import type { PostKind } from '../vocabulary';
import { fill, plural, type Plural } from '../i18n/format';
import { MINUTES_PER_DAY, responseNorm } from '../vocabulary';

/** The words of simulated time in the page's language (`sim.time` in the UI strings). */
export interface TimeWords {
  clock: string;
  /** Short weekday names, Monday first. */
  weekdays: readonly string[];
  days: Plural;
  hours: string;
  minutes: string;
}

export { MINUTES_PER_DAY };

/** "09:12" → 552; returns undefined for anything that is not a valid HH:MM. */
export function parseClock(value: string): number | undefined {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!m) return undefined;
  return Number(m[1]) * 60 + Number(m[2]);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Simulated time as the clock shows it: "Di 09:12" / "Tue 09:12". */
export function formatClock(minutes: number, words: TimeWords): string {
  const total = Math.floor(minutes);
  const day = Math.floor(total / MINUTES_PER_DAY);
  const inDay = total - day * MINUTES_PER_DAY;
  const hhmm = `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`;
  return fill(words.clock, { day: words.weekdays[((day % 7) + 7) % 7] ?? '', time: hhmm });
}

/** A duration in minutes as short words: "45 Min.", "3 Std. 10 Min.", "2 Tage 1 Std.". */
export function formatDuration(minutes: number, words: TimeWords): string {
  const total = Math.max(0, Math.round(minutes));
  const days = Math.floor(total / MINUTES_PER_DAY);
  const hours = Math.floor((total % MINUTES_PER_DAY) / 60);
  const mins = total % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(plural(words.days, days));
  if (hours > 0) parts.push(fill(words.hours, { n: hours }));
  if (mins > 0 || parts.length === 0) parts.push(fill(words.minutes, { n: mins }));
  return parts.slice(0, 2).join(' ');
}

/**
 * Where an open post stands against the response-time norms, exactly as the scorer judges a
 * reply sent now (src/lib/vocabulary.ts): within the exemplary time where the guidelines name
 * one, within the limit, or late. Trolls have no norm.
 */
export type AgeStatus = 'exemplary' | 'in-time' | 'late' | 'none';

export function ageStatus(ageMinutes: number, kind: PostKind): AgeStatus {
  const norm = responseNorm(kind);
  if (!norm) return 'none';
  if (ageMinutes > norm.limit) return 'late';
  if (norm.exemplary !== undefined && ageMinutes <= norm.exemplary) return 'exemplary';
  return 'in-time';
}

/**
 * Simulated minutes that real thinking time is worth. `rate` is simulated minutes per real
 * minute (the scenario sets it); partial minutes are dropped so the clock only moves in whole
 * minutes and the same real time always gives the same simulated time.
 */
export function thinkingMinutes(realMs: number, rate: number): number {
  if (!(realMs > 0) || !(rate > 0)) return 0;
  return Math.floor((realMs / 60_000) * rate);
}

/** Minutes from `now` until 08:00 the next day: what "wait until next morning" skips. */
export function minutesUntilMorning(now: number): number {
  const day = Math.floor(Math.max(0, now) / MINUTES_PER_DAY);
  return (day + 1) * MINUTES_PER_DAY + 8 * 60 - now;
}

/** "gerade eben" / "vor {n} Min." / "vor {n} Std.": how platforms date a recent post. */
export interface AgoWords {
  now: string;
  minutes: string;
  hours: string;
}

/**
 * A post's time as a feed shows it at simulated minute `now`: relative within the last day
 * ("2 h ago"), the weekday and time beyond that ("Sat 20:41"), so a weekend post read on Monday
 * says when it was written.
 */
export function postTime(at: number, now: number, time: TimeWords, ago: AgoWords): string {
  const age = Math.floor(now) - Math.floor(at);
  if (age < 1) return ago.now;
  if (age < 60) return fill(ago.minutes, { n: age });
  if (age < MINUTES_PER_DAY) return fill(ago.hours, { n: Math.floor(age / 60) });
  return formatClock(at, time);
}
