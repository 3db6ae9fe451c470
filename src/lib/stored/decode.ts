/**
 * Small checks shared by the stores' decoders (src/stores): stored data is untrusted input, read
 * field by field. Import-free and tiny, because the lesson pages' budget is 5 KB.
 */

/** Keys that would reach an object's prototype when copied into a plain object. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own entries of a stored object, without prototype keys (duplicates cannot survive JSON.parse). */
export function ownEntries(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(([k]) => !PROTOTYPE_KEYS.has(k));
}

/** The earliest moment any stored date may have: the course did not exist before 2020. */
export const EARLIEST = Date.UTC(2020, 0, 1);
/** A stored moment may lie at most a day ahead of this device's clock (clock skew). */
export const AHEAD = 86_400_000;

/** Epoch milliseconds between 2020 and tomorrow: what `new Date()` can print. */
export function isMoment(value: unknown, now = Date.now()): value is number {
  return (
    Number.isInteger(value) && (value as number) >= EARLIEST && (value as number) <= now + AHEAD
  );
}

/** An ISO date string whose moment passes `isMoment`. */
export function isIsoMoment(value: unknown, now = Date.now()): value is string {
  return typeof value === 'string' && value.length <= 40 && isMoment(Date.parse(value), now);
}

/** Text a person typed: one line, no control or bidi-override characters, trimmed. */
export function cleanLine(value: string): string {
  return value
    .replace(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
