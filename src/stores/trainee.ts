import { persistentAtom } from '@nanostores/persistent';
import { cleanLine } from '../lib/stored/decode';

/**
 * The trainee's first name, asked once by the simulator's setup and kept in this browser only
 * (localStorage). It signs the prepared replies and reaches the scorer's sign-off check.
 *
 * Stored under "replylab:trainee:v1" as the plain name (no JSON), at most 40 characters;
 * "" (or no key) means none given.
 *
 * Migrations: v1 is the first stored shape. Decoding never throws: control and bidi-override
 * characters become spaces, and anything longer than a short single line is dropped to "".
 */
export const TRAINEE_KEY = 'replylab:trainee:v1';
const MAX = 40;

/** The stored name as the simulator uses it: one line, trimmed, at most 40 characters. */
export function decodeTrainee(raw: string | undefined): string {
  if (typeof raw !== 'string' || raw.length > MAX * 4) return '';
  return [...cleanLine(raw)].slice(0, MAX).join('').trim();
}

export const trainee = persistentAtom<string>(TRAINEE_KEY, '', {
  encode: (name) => decodeTrainee(name),
  decode: decodeTrainee,
});

/** Remembers the name typed in the setup (blank forgets it). */
export function rememberTrainee(name: string): void {
  trainee.set(decodeTrainee(name));
}
