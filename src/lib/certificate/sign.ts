/**
 * Issuer-signed certificates (WebCrypto ECDSA P-256 with SHA-256).
 *
 * A trainer creates a key pair on the trainer page; the private key never leaves their machine
 * (they keep it as a file), the public key is published with the site in config/issuers.json
 * (read at build time). A certificate the trainer issues carries, besides the verification
 * code of verify.ts, the issuer's key id and a signature over
 *   "RLS1|<key id>|<canonical name>|<date>|<score>|<version>"
 * /verify checks the code, then the signature with the published key, and names the issuer.
 * Without a signature a code is a self-assessment: it proves the fields were not altered, not
 * who issued them (anyone can compute such a code). See docs/trust.md.
 */
import { canonicalName, verifyCertificate, type CertificateFields } from './verify';
import { sha256, toHex } from './sha256';

/** A published issuer: who they are and their public key (config/issuers.json). */
export interface Issuer {
  /** Key id: the first 16 hex digits of SHA-256 over the key's "x.y" (see `keyIdOf`). */
  id: string;
  /** Name of the trainer or organisation, as /verify shows it. */
  name: string;
  /** The public key as a JSON Web Key (kty EC, crv P-256, x, y). */
  publicKey: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
}

/** The private key file a trainer keeps (never published, never in a link). */
export interface SigningKeyFile {
  format: 'replylab-signing-key';
  version: 1;
  issuer: string;
  keyId: string;
  /** Private JWK (with d). */
  privateKey: JsonWebKey;
  publicKey: Issuer['publicKey'];
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** WebCrypto, where the page may use it (https or localhost); undefined elsewhere. */
export function subtleCrypto(): SubtleCrypto | undefined {
  return (globalThis.crypto as Crypto | undefined)?.subtle;
}

export function keyIdOf(publicKey: { x: string; y: string }): string {
  return toHex(sha256(`${publicKey.x}.${publicKey.y}`)).slice(0, 16);
}

/** The exact text that is signed. */
export function signedText(keyId: string, f: CertificateFields): string {
  return `RLS1|${keyId}|${canonicalName(f.name)}|${f.date}|${f.score}|${f.version}`;
}

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
function fromB64url(text: string): Uint8Array | null {
  const clean = text.replace(/\s/g, '');
  if (!/^[A-Za-z0-9_-]{80,100}$/.test(clean)) return null;
  try {
    const raw = atob(clean.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(raw, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Creates a signing key pair; the key file holds both halves (the trainer keeps it). */
export async function createSigningKey(issuer: string): Promise<SigningKeyFile> {
  const subtle = subtleCrypto();
  if (!subtle) throw new Error('WebCrypto is not available (open the page over https)');
  const pair = await subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const privateKey = await subtle.exportKey('jwk', pair.privateKey);
  const pub = await subtle.exportKey('jwk', pair.publicKey);
  const publicKey = { kty: 'EC', crv: 'P-256', x: pub.x!, y: pub.y! } as const;
  return {
    format: 'replylab-signing-key',
    version: 1,
    issuer: issuer.trim(),
    keyId: keyIdOf(publicKey),
    privateKey,
    publicKey,
  };
}

/** The entry to add to config/issuers.json for a key file. */
export function issuerEntry(key: SigningKeyFile): Issuer {
  return { id: key.keyId, name: key.issuer, publicKey: key.publicKey };
}

/** Signs a certificate; returns the signature (base64url, 86 characters). */
export async function signCertificate(key: SigningKeyFile, f: CertificateFields): Promise<string> {
  const subtle = subtleCrypto();
  if (!subtle) throw new Error('WebCrypto is not available (open the page over https)');
  const privateKey = await subtle.importKey('jwk', key.privateKey, ALGORITHM, false, ['sign']);
  const text = new TextEncoder().encode(signedText(key.keyId, f));
  return b64url(new Uint8Array(await subtle.sign(SIGN, privateKey, text)));
}

export type SignedResult =
  | { ok: true; kind: 'issued'; fields: CertificateFields; issuer: Issuer }
  | { ok: true; kind: 'self'; fields: CertificateFields }
  | {
      ok: false;
      reason: 'format' | 'checksum' | 'name' | 'issuer' | 'signature' | 'crypto';
    };

/**
 * Verifies a certificate: the code against the name, then (when a signature is given) the
 * signature with a published issuer's key. No signature: a self-assessment.
 */
export async function verifySigned(
  code: string,
  name: string,
  signature: string,
  keyId: string,
  issuers: readonly Issuer[],
): Promise<SignedResult> {
  const base = verifyCertificate(code, name);
  if (!base.ok) return base;
  if (!signature.trim() && !keyId.trim()) return { ok: true, kind: 'self', fields: base.fields };
  const issuer = issuers.find((i) => i.id === keyId.trim().toLowerCase());
  if (!issuer) return { ok: false, reason: 'issuer' };
  const bytes = fromB64url(signature);
  if (!bytes || bytes.length !== 64) return { ok: false, reason: 'signature' };
  const subtle = subtleCrypto();
  if (!subtle) return { ok: false, reason: 'crypto' };
  try {
    const key = await subtle.importKey('jwk', issuer.publicKey, ALGORITHM, false, ['verify']);
    const text = new TextEncoder().encode(signedText(issuer.id, base.fields));
    const good = await subtle.verify(SIGN, key, bytes as BufferSource, text);
    return good
      ? { ok: true, kind: 'issued', fields: base.fields, issuer }
      : { ok: false, reason: 'signature' };
  } catch {
    return { ok: false, reason: 'signature' };
  }
}
