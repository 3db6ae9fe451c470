/**
 * The drill link: the whole plan in the URL fragment, so it never reaches a server (browsers
 * do not send the fragment). Layout of the fragment:
 *
 *   #d<version>.<base64url of zlib(JSON of the plan)>
 *
 * zlib (fflate's `zlibSync`, level 9) rather than raw deflate: its Adler-32 checksum tells a
 * truncated or altered link from a valid one before the JSON is even read. fflate's
 * `unzlibSync` does not check that checksum, so `inflateChecked` does. The decoded JSON
 * is then checked against the plan schema. Every failure has a code the runner's error page
 * turns into advice in the page's language (see docs/drills.md).
 */
import { unzlibSync, zlibSync } from 'fflate';
import { drillPlan, PLAN_VERSION, type DrillPlan } from './plan';
import { problemLines } from './problems';

/** Version of the link layout (the "1" in "#d1."), the same as the plan version it carries. */
export const LINK_VERSION = PLAN_VERSION;

/**
 * Why a link could not be opened:
 * - `missing`: there is no drill in the address (no fragment, or not one of ours);
 * - `outdated`: made by an earlier version of ReplyLab; `newer`: by a later one;
 * - `damaged`: cut short, altered or mangled (checksum, base64 or JSON broken);
 * - `invalid`: readable, but the plan breaks the schema (`details` says where).
 */
export type LinkProblem = 'missing' | 'outdated' | 'newer' | 'damaged' | 'invalid';

export type DecodedLink =
  { ok: true; plan: DrillPlan } | { ok: false; problem: LinkProblem; details: string[] };

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array => {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

/** Adler-32 (RFC 1950 §9) of `bytes`, as zlib stores it after the deflate stream. */
function adler32(bytes: Uint8Array): number {
  const MOD = 65521;
  let a = 1;
  let b = 0;
  // 5552 bytes is the longest run whose sums cannot overflow before the modulo (zlib's NMAX).
  for (let start = 0; start < bytes.length; start += 5552) {
    const end = Math.min(start + 5552, bytes.length);
    for (let i = start; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= MOD;
    b %= MOD;
  }
  return ((b << 16) | a) >>> 0;
}

/** Inflates a zlib stream and throws unless its Adler-32 trailer matches what came out. */
function inflateChecked(stream: Uint8Array): Uint8Array {
  if (stream.length < 6) throw new Error('zlib stream too short');
  const bytes = unzlibSync(stream);
  const t = stream.length - 4;
  const stored =
    ((stream[t]! << 24) | (stream[t + 1]! << 16) | (stream[t + 2]! << 8) | stream[t + 3]!) >>> 0;
  if (stored !== adler32(bytes)) throw new Error('checksum mismatch');
  return bytes;
}

/** The fragment (without "#") that carries `plan`. The plan is validated first. */
export function encodeFragment(plan: DrillPlan): string {
  const valid = drillPlan.parse(plan);
  const bytes = zlibSync(new TextEncoder().encode(JSON.stringify(valid)), { level: 9 });
  return `d${LINK_VERSION}.${toBase64Url(bytes)}`;
}

/** The runner's path for a plan's language: the link opens the drill in that language. */
export function runnerPath(lang: DrillPlan['lang']): string {
  return `/${lang}/drill/`;
}

/** The full drill link on `origin` (e.g. "https://replylab.example"). */
export function drillLink(origin: string, plan: DrillPlan): string {
  return `${origin.replace(/\/+$/, '')}${runnerPath(plan.lang)}#${encodeFragment(plan)}`;
}

/** Reads a fragment (with or without "#"), or a whole link, back into a plan. */
export function decodeFragment(input: string): DecodedLink {
  const hashAt = input.indexOf('#');
  const fragment = (hashAt >= 0 ? input.slice(hashAt + 1) : input).trim();
  const head = /^d(\d{1,4})\.(.*)$/s.exec(fragment);
  if (!head) return { ok: false, problem: 'missing', details: [] };
  const version = Number(head[1]);
  if (version < LINK_VERSION)
    return { ok: false, problem: 'outdated', details: [`link version ${version}`] };
  if (version > LINK_VERSION)
    return { ok: false, problem: 'newer', details: [`link version ${version}`] };
  let json: unknown;
  try {
    json = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        inflateChecked(fromBase64Url(head[2] ?? '')),
      ),
    );
  } catch (error) {
    return { ok: false, problem: 'damaged', details: [(error as Error).message] };
  }
  const result = drillPlan.safeParse(json);
  if (!result.success)
    return { ok: false, problem: 'invalid', details: problemLines(result.error.issues) };
  return { ok: true, plan: result.data };
}
