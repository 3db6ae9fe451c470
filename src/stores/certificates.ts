import { persistentAtom } from '@nanostores/persistent';
import { cleanLine, isMoment, isRecord } from '../lib/stored/decode';

/**
 * Signed certificates this trainee received from a trainer (the trainer page's certificate
 * link: /<lang>/certificate/#signed=…), kept in this browser only (localStorage) so the
 * certificate page can show and print them. Whether a signature is genuine is decided by
 * /verify against the published keys, never by this store.
 *
 * Stored under "replylab:certificates:v1" as JSON:
 *   {
 *     "v": 1,
 *     "signed": [ {                         // newest last, at most 10, one per code
 *       "name": "<as issued>", "date": "YYYY-MM-DD", "score": 0-100, "version": "x.y.z",
 *       "code": "RL-…", "issuer": "<issuer's name>", "keyId": "<16 hex>",
 *       "signature": "<86 base64url characters>"
 *     } ]
 *   }
 *
 * Migrations: v1 is the first stored shape. A value with another "v" is ignored. Decoding never
 * throws: a broken entry is dropped on its own (`recovered` says so), a code stored twice is
 * kept once, prototype keys are never read (entries are read by name only).
 */
export const CERTIFICATES_KEY = 'replylab:certificates:v1';
export const MAX_SIGNED = 10;

export interface SignedCertificate {
  name: string;
  date: string;
  score: number;
  version: string;
  code: string;
  issuer: string;
  keyId: string;
  signature: string;
}

export interface Certificates {
  v: 1;
  signed: SignedCertificate[];
  /** Set (not stored) when decoding had to drop damaged parts. */
  recovered?: boolean;
}

/** A calendar day from 2020 to tomorrow, written YYYY-MM-DD (30 February is not one). */
function isDay(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const ms = Date.parse(`${v}T00:00:00Z`);
  return isMoment(ms) && new Date(ms).toISOString().slice(0, 10) === v;
}

/** One signed certificate, if every field has its shape (the signature is checked on /verify). */
export function decodeSigned(v: unknown): SignedCertificate | undefined {
  if (!isRecord(v)) return undefined;
  const name = typeof v.name === 'string' ? cleanLine(v.name) : '';
  const issuer = typeof v.issuer === 'string' ? cleanLine(v.issuer) : '';
  const { date, score, version, code, keyId, signature } = v;
  if (
    !/[\p{L}\p{N}]/u.test(name) ||
    name.length > 120 ||
    !issuer ||
    issuer.length > 120 ||
    !isDay(date) ||
    !Number.isInteger(score) ||
    (score as number) < 0 ||
    (score as number) > 100 ||
    typeof version !== 'string' ||
    !/^\d{1,2}\.\d{1,2}\.\d{1,2}$/.test(version) ||
    typeof code !== 'string' ||
    !/^RL(-[0-9A-HJKMNP-TV-Z]{4}){4}$/.test(code) ||
    typeof keyId !== 'string' ||
    !/^[0-9a-f]{16}$/.test(keyId) ||
    typeof signature !== 'string' ||
    !/^[A-Za-z0-9_-]{86}$/.test(signature)
  )
    return undefined;
  return { name, date, score: score as number, version, code, issuer, keyId, signature };
}

export function decodeCertificates(raw: string | undefined): Certificates {
  if (raw === undefined || raw === '') return { v: 1, signed: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { v: 1, signed: [], recovered: true };
  }
  if (!isRecord(data) || data.v !== 1) return { v: 1, signed: [], recovered: true };
  let dropped = !Array.isArray(data.signed) && data.signed !== undefined;
  const signed: SignedCertificate[] = [];
  for (const entry of Array.isArray(data.signed) ? data.signed.slice(-MAX_SIGNED * 2) : []) {
    const c = decodeSigned(entry);
    if (c && !signed.some((s) => s.code === c.code && s.signature === c.signature)) signed.push(c);
    else dropped = true;
  }
  const out: Certificates = { v: 1, signed: signed.slice(-MAX_SIGNED) };
  if (dropped) out.recovered = true;
  return out;
}

export const certificates = persistentAtom<Certificates>(
  CERTIFICATES_KEY,
  { v: 1, signed: [] },
  {
    encode: ({ recovered: _r, ...stored }) => JSON.stringify(stored),
    decode: decodeCertificates,
  },
);

/** Keeps a certificate received from a trainer (once per code and signature). */
export function keepSigned(c: SignedCertificate): void {
  const current = certificates.get();
  const others = current.signed.filter((s) => !(s.code === c.code && s.signature === c.signature));
  certificates.set({ v: 1, signed: [...others, c].slice(-MAX_SIGNED) });
}

/** The fragment of a certificate link (base64url of the JSON), and back. */
export function signedToFragment(c: SignedCertificate): string {
  const bytes = new TextEncoder().encode(JSON.stringify(c));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function signedFromFragment(fragment: string): SignedCertificate | undefined {
  if (fragment.length > 2000 || !/^[A-Za-z0-9_-]*$/.test(fragment)) return undefined;
  try {
    const raw = atob(fragment.replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder().decode(Uint8Array.from(raw, (ch) => ch.charCodeAt(0)));
    return decodeSigned(JSON.parse(json));
  } catch {
    return undefined;
  }
}
