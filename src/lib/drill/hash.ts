/**
 * SHA-256 over a canonical JSON form, for the drill's hash and the results file's integrity.
 * WebCrypto does the hashing; on a plain-http origin (a copy of the site on an intranet
 * server) `crypto.subtle` is missing, and the project's own small SHA-256 takes over.
 */
import { sha256 } from '../certificate/sha256';

/**
 * JSON with object keys sorted at every level and no whitespace, so the same data always gives
 * the same text (and hash) whichever order its fields were written in. `undefined` fields are
 * left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return hex(sha256(text));
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return hex(new Uint8Array(digest));
}

/** SHA-256 of the canonical JSON of `value`. */
export function hashOf(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}
