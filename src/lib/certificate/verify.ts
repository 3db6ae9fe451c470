/**
 * Verification codes for certificates, checkable offline on /verify.
 *
 * The code carries the certificate's fields itself (80 bits, Crockford base32, shown as
 * RL-XXXX-XXXX-XXXX-XXXX):
 *   bits  0-15  course version: major (4 bits), minor (6), patch (6)
 *   bits 16-31  date: days since 2020-01-01 (UTC)
 *   bits 32-38  score in percent (0-100)
 *   bits 39-55  17 bits of SHA-256 of the canonical name – lets /verify tell "wrong name" apart
 *   bits 56-79  24 bits of SHA-256 over the canonical string "RL1|name|date|score|version"
 * Any changed character changes the payload or the check and is caught (a random change slips
 * through with probability 2^-24). There is no secret: the code proves the fields were not
 * mistyped or edited by hand, not who issued them – a static site cannot keep a key.
 * Names are compared in canonical form (Unicode NFC, trimmed, inner spaces collapsed, lower case),
 * so "anna  Weber" verifies a certificate for "Anna Weber".
 */
import { sha256 } from './sha256';

export interface CertificateFields {
  name: string;
  /** UTC date, YYYY-MM-DD, from 2020-01-01 on. */
  date: string;
  /** Whole percent, 0-100. */
  score: number;
  /** Course version "major.minor.patch" (major < 16, minor and patch < 64). */
  version: string;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const EPOCH = Date.UTC(2020, 0, 1);
const DAY = 86_400_000;

export function canonicalName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function hashBits(text: string, bits: number): bigint {
  const digest = sha256(text);
  let value = 0n;
  for (let i = 0; i < Math.ceil(bits / 8); i++) value = (value << 8n) | BigInt(digest[i]!);
  return value >> BigInt(Math.ceil(bits / 8) * 8 - bits);
}

function checkString(f: CertificateFields): string {
  return `RL1|${canonicalName(f.name)}|${f.date}|${f.score}|${f.version}`;
}

function parseVersion(version: string): [number, number, number] | null {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) return null;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return major < 16 && minor < 64 && patch < 64 ? [major, minor, patch] : null;
}

function dayNumber(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return null;
  const days = (ms - EPOCH) / DAY;
  return days >= 0 && days < 65_536 ? days : null;
}

/** Builds the code; throws (naming the field) when a field cannot be encoded. */
export function encodeCertificate(f: CertificateFields): string {
  const v = parseVersion(f.version);
  if (!v) throw new Error(`version "${f.version}": expected major.minor.patch below 16.64.64`);
  const days = dayNumber(f.date);
  if (days === null) throw new Error(`date "${f.date}": expected YYYY-MM-DD from 2020-01-01`);
  if (!Number.isInteger(f.score) || f.score < 0 || f.score > 100) {
    throw new Error(`score ${f.score}: expected a whole percent 0-100`);
  }
  if (!canonicalName(f.name)) throw new Error('name: must not be empty');
  let value = BigInt((v[0] << 12) | (v[1] << 6) | v[2]);
  value = (value << 16n) | BigInt(days);
  value = (value << 7n) | BigInt(f.score);
  value = (value << 17n) | hashBits(canonicalName(f.name), 17);
  value = (value << 24n) | hashBits(checkString(f), 24);
  let text = '';
  for (let i = 15; i >= 0; i--) text += ALPHABET[Number((value >> BigInt(i * 5)) & 31n)];
  return `RL-${text.match(/.{4}/g)!.join('-')}`;
}

export type VerifyResult =
  { ok: true; fields: CertificateFields } | { ok: false; reason: 'format' | 'checksum' | 'name' };

/**
 * Checks a code against a name. Accepts lower case, missing hyphens and spaces, and the
 * look-alikes O→0, I/L→1 (Crockford). "format": not a code at all; "name": the code is intact
 * but was issued to someone else; "checksum": the code was mistyped or altered.
 */
export function verifyCertificate(code: string, name: string): VerifyResult {
  const cleaned = code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/^RL/, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{16}$/.test(cleaned)) return { ok: false, reason: 'format' };
  let value = 0n;
  for (const ch of cleaned) value = (value << 5n) | BigInt(ALPHABET.indexOf(ch));
  const check = value & 0xffffffn;
  const nameHash = (value >> 24n) & 0x1ffffn;
  const score = Number((value >> 41n) & 0x7fn);
  const days = Number((value >> 48n) & 0xffffn);
  const v = Number(value >> 64n);
  const fields: CertificateFields = {
    name: name.normalize('NFC').trim().replace(/\s+/g, ' '),
    date: new Date(EPOCH + days * DAY).toISOString().slice(0, 10),
    score,
    version: `${v >> 12}.${(v >> 6) & 63}.${v & 63}`,
  };
  const nameOk = canonicalName(name) !== '' && hashBits(canonicalName(name), 17) === nameHash;
  const checkOk = hashBits(checkString(fields), 24) === check;
  // An intact code under another name fails the name hash; anything else is damage. (A code
  // damaged exactly in its name bits also reads as "name" – the advice is the same: check both.)
  if (!nameOk) return { ok: false, reason: 'name' };
  if (!checkOk || score > 100) return { ok: false, reason: 'checksum' };
  return { ok: true, fields };
}
