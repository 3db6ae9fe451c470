/**
 * The live drill link (docs/live-drills.md, Security): the drill link of the plan (its LRS
 * endpoint and writer key included) plus what a trainee needs to follow a live run, after a
 * "~" in the fragment, so it never reaches a server either:
 *
 *   #d1.<plan>~L1.<base64url of the JSON invite>
 *
 * The invite holds the room key (stores and reads back only the console's controls), the
 * facilitator's account name (whose controls to accept) and, optionally, the join code (a QR
 * code can carry it; otherwise the trainee types the code shown in the room). Never the
 * trainer key. "~" is outside base64url, so the split is unambiguous.
 */
import * as z from 'zod/mini';
import { decodeFragment, drillLink, type DecodedLink } from '../drill/link';
import type { DrillPlan } from '../drill/plan';
import { CODE_ALPHABET, CODE_LENGTH } from './join-code';

export const INVITE_VERSION = 1;
const MARK = `~L${INVITE_VERSION}.`;

export const invite = z.strictObject({
  /** The room key as an Authorization header value ("Basic …"). */
  room: z.string().check(z.maxLength(400), z.regex(/^Basic [A-Za-z0-9+/]+=*$/)),
  /** The facilitator's account name (12 URL-safe characters). */
  facilitator: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,32}$/)),
  /** The join code, when the link carries it. */
  code: z.optional(z.string().check(z.regex(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`)))),
});
export type Invite = z.infer<typeof invite>;

const toBase64Url = (text: string): string => {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): string => {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(binary, (c) => c.charCodeAt(0)),
  );
};

/** The live drill link on `origin`. The plan must name its LRS: trainees write there. */
export function liveLink(origin: string, plan: DrillPlan, inv: Invite): string {
  if (!plan.lrs) throw new Error('a live drill needs an LRS');
  return `${drillLink(origin, plan)}${MARK}${toBase64Url(JSON.stringify(invite.parse(inv)))}`;
}

export type DecodedLive =
  | { kind: 'solo'; link: DecodedLink }
  | { kind: 'live'; link: DecodedLink; invite: Invite }
  /** A "~" part that is not a readable invite (cut short, altered, another version). */
  | { kind: 'damaged'; link: DecodedLink };

/** Reads a fragment (or a whole link): the drill, and the invite if it is a live link. */
export function decodeLive(input: string): DecodedLive {
  const at = input.indexOf('~');
  if (at < 0) return { kind: 'solo', link: decodeFragment(input) };
  const link = decodeFragment(input.slice(0, at));
  const rest = input.slice(at);
  if (!rest.startsWith(MARK)) return { kind: 'damaged', link };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(rest.slice(MARK.length).trim()));
  } catch {
    return { kind: 'damaged', link };
  }
  const parsed = invite.safeParse(json);
  if (!parsed.success || (link.ok && !link.plan.lrs)) return { kind: 'damaged', link };
  return { kind: 'live', link, invite: parsed.data };
}
