/**
 * The join code of a live run: six characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L, no U), shown on the projector as "ABC-234" and typed on a phone in any case, with or
 * without the hyphen or spaces. 30⁶ ≈ 729 million codes.
 *
 * The code names the run: with the drill id it gives the run's registration
 * (`registrationOf`), so a trainee who has the drill link and types the code finds the run
 * without any lookup. It carries no key and no right to anything.
 */
import { sha256Hex } from '../drill/hash';

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 6;

/**
 * A code from random bytes (e.g. crypto.getRandomValues(new Uint8Array(16))). Bytes of 240
 * and more are skipped so that every character is equally likely (240 = 8 × 30).
 */
export function joinCode(randomBytes: Uint8Array): string {
  let code = '';
  for (const byte of randomBytes) {
    if (byte >= 240) continue;
    code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    if (code.length === CODE_LENGTH) return code;
  }
  throw new RangeError('not enough random bytes for a join code');
}

export type CodeProblem = 'empty' | 'length' | 'characters';

/** A typed code in its canonical form (upper case, no separators), or what is wrong with it. */
export function normalizeCode(
  input: string,
): { ok: true; code: string } | { ok: false; problem: CodeProblem } {
  const code = input.toUpperCase().replace(/[\s\-–—._]/g, '');
  if (code === '') return { ok: false, problem: 'empty' };
  if ([...code].some((c) => !CODE_ALPHABET.includes(c)))
    return { ok: false, problem: 'characters' };
  if (code.length !== CODE_LENGTH) return { ok: false, problem: 'length' };
  return { ok: true, code };
}

/** "ABC234" → "ABC-234", for the projector. */
export const formatCode = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;

/**
 * The run's registration: the first 16 bytes of SHA-256("replylab-live|<drill id>|<code>") as
 * a UUID of version 8 (RFC 9562, custom) with the RFC variant.
 */
export async function registrationOf(drillId: string, code: string): Promise<string> {
  const hex = (await sha256Hex(`replylab-live|${drillId}|${code}`)).slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
