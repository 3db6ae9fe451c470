/**
 * The control statements of a live run (docs/live-drills.md): what the facilitator's console
 * stores in the LRS to open, start, pause, resume, inject, skip and end a run, and how every
 * reader turns a statement it got back from the LRS into a checked control.
 *
 * Pure: ids and timestamps are passed in. The statements follow the drill statements'
 * conventions (statements.ts): IRIs under XAPI_BASE, an Agent with an account on the site,
 * context.registration = the run, the drill hash as a context extension.
 */
import * as z from 'zod/mini';
import { KINDS, PLATFORMS } from '../vocabulary';
import { drillActivityId, EXT, XAPI_BASE, type Statement } from '../drill/statements';
import { CODE_ALPHABET, CODE_LENGTH } from './join-code';

export const LIVE_BASE = `${XAPI_BASE}/live`;

export const CONTROLS = [
  'opened',
  'started',
  'paused',
  'resumed',
  'injected',
  'skipped',
  'ended',
] as const;
export type ControlKind = (typeof CONTROLS)[number];

export const LIVE_VERBS = Object.fromEntries(
  CONTROLS.map((c) => [c, `${LIVE_BASE}/verbs/${c}`]),
) as Record<ControlKind, string>;

export const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

export const LIVE_EXT = {
  /** Context: the control's own fields (per kind, `controlFields`). */
  control: `${LIVE_BASE}/extensions/control`,
} as const;

export const RUN_ACTIVITY_TYPE = `${LIVE_BASE}/activity-types/run`;

export const runActivityId = (drillId: string, registration: string) =>
  `${drillActivityId(drillId)}/runs/${encodeURIComponent(registration)}`;

/** The key of a decision a skip names: a scenario's beat, or an inject. */
export const decisionKey = {
  beat: (scenario: string, beat: string) => `${scenario}#${beat}`,
  inject: (statementId: string) => `inject:${statementId}`,
};

export const LIMITS = {
  text: { min: 1, max: 1000 },
  personaName: { max: 80 },
  limitSeconds: { min: 15, max: 900 },
} as const;

const uuid = z
  .string()
  .check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i));
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));
const plainName = z.string().check(z.minLength(1), z.maxLength(LIMITS.personaName.max));

/** Who a control is for: everyone, or one trainee by their account name (their run UUID). */
export const target = z.union([z.literal('all'), uuid]);
export type Target = z.infer<typeof target>;

/** The customer the facilitator plays in a typed inject: the scorer's context. */
export const persona = z.strictObject({
  /** The customer's display name (plain text). */
  name: plainName,
  /** Where the post appears. */
  platform: z.enum(PLATFORMS),
  /** What kind of post it is; decides which guideline the answer is scored against. */
  kind: z.enum(KINDS),
  /** Whether the company is at fault (the scorer expects an apology then). */
  companyAtFault: z.boolean(),
  /** Whether solving it needs personal data (the scorer expects a private channel then). */
  privateDataNeeded: z.boolean(),
});
export type Persona = z.infer<typeof persona>;

/** The post an inject brings into the feed. Text only, never HTML. */
export const injectPost = z.discriminatedUnion('source', [
  z.strictObject({
    /** A post written in one of the drill's scenarios. */
    source: z.literal('scripted'),
    /** The scenario's id. */
    scenario: slug,
    /** The beat whose post is injected. */
    beat: z.string().check(z.minLength(1), z.maxLength(80)),
  }),
  z.strictObject({
    /** A post the facilitator typed live as a persona. */
    source: z.literal('typed'),
    /** The post's text, plain. */
    text: z.string().check(z.minLength(LIMITS.text.min), z.maxLength(LIMITS.text.max)),
    persona,
  }),
]);
export type InjectPost = z.infer<typeof injectPost>;

const empty = z.strictObject({});

/** The fields of each control, in the context extension LIVE_EXT.control. */
export const controlFields = {
  opened: z.strictObject({
    /** The join code shown in the room (join-code.ts). */
    code: z.string().check(z.regex(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`))),
  }),
  started: empty,
  paused: empty,
  resumed: empty,
  injected: z.strictObject({
    /** Everyone, or one trainee. */
    to: target,
    /** Seconds to answer, in running time. */
    limitSeconds: z
      .int()
      .check(z.minimum(LIMITS.limitSeconds.min), z.maximum(LIMITS.limitSeconds.max)),
    post: injectPost,
  }),
  skipped: z.strictObject({
    /** Everyone, or one trainee. */
    to: target,
    /** `decisionKey.beat(…)` or `decisionKey.inject(…)`. */
    decision: z.string().check(z.minLength(1), z.maxLength(200)),
  }),
  ended: empty,
} as const;

export type ControlFields = {
  [K in ControlKind]: z.infer<(typeof controlFields)[K]>;
};

/** What every control of one run shares. */
export interface LiveContext {
  drill: { id: string; hash: string };
  /** The run: context.registration. */
  registration: string;
  /** The facilitator: an account on the site, named by the facilitator id. */
  facilitator: { homePage: string; id: string; name: string };
}

/** The statement of one control, ready for the outbox. */
export function controlStatement<K extends ControlKind>(
  kind: K,
  ctx: LiveContext,
  fields: ControlFields[K],
  meta: { id: string; timestamp: string },
): Statement {
  // Builders refuse what parsers would refuse: a console never stores a control no one accepts.
  const checked = controlFields[kind].parse(fields);
  return {
    id: meta.id,
    actor: {
      objectType: 'Agent',
      name: ctx.facilitator.name,
      account: { homePage: ctx.facilitator.homePage, name: ctx.facilitator.id },
    },
    verb: { id: LIVE_VERBS[kind], display: { 'en-US': kind } },
    object: {
      objectType: 'Activity',
      id: runActivityId(ctx.drill.id, ctx.registration),
      definition: { type: RUN_ACTIVITY_TYPE },
    },
    context: {
      registration: ctx.registration,
      contextActivities: { grouping: [{ id: drillActivityId(ctx.drill.id) }] },
      extensions: { [EXT.drillHash]: ctx.drill.hash, [LIVE_EXT.control]: checked },
    },
    timestamp: meta.timestamp,
  };
}

/** Voids (withdraws) an inject: only injects may be voided in this protocol. */
export function voidStatement(
  ctx: LiveContext,
  injectId: string,
  meta: { id: string; timestamp: string },
): Statement {
  return {
    id: meta.id,
    actor: {
      objectType: 'Agent',
      name: ctx.facilitator.name,
      account: { homePage: ctx.facilitator.homePage, name: ctx.facilitator.id },
    },
    verb: { id: VOIDED, display: { 'en-US': 'voided' } },
    object: { objectType: 'StatementRef', id: injectId },
    context: { registration: ctx.registration },
    timestamp: meta.timestamp,
  };
}

/** A stable text key of an Agent (or a Group authority: its members' keys, sorted). */
export function identityKey(agent: unknown): string | undefined {
  if (typeof agent !== 'object' || agent === null) return undefined;
  const a = agent as Record<string, unknown>;
  if (a.objectType === 'Group' && Array.isArray(a.member)) {
    const members = a.member.map(identityKey);
    if (members.some((m) => m === undefined)) return undefined;
    return `group(${(members as string[]).sort().join(',')})`;
  }
  const account = a.account as Record<string, unknown> | undefined;
  if (account && typeof account.homePage === 'string' && typeof account.name === 'string')
    return `account:${account.homePage}|${account.name}`;
  for (const key of ['mbox', 'mbox_sha1sum', 'openid'] as const)
    if (typeof a[key] === 'string') return `${key}:${a[key]}`;
  return undefined;
}

/** Whose controls a reader accepts (docs/live-drills.md, Security). */
export interface Trust {
  /** The facilitator account named in the live drill link. */
  facilitator: { homePage: string; id: string };
  /**
   * The authority controls must carry (`identityKey` of the room key's authority), or
   * `undefined` for a reader that cannot know it yet; then only the actor is checked.
   */
  authority?: string;
}

const storedStatement = z.object({
  id: uuid,
  stored: z.string(),
  actor: z.unknown(),
  verb: z.object({ id: z.string() }),
  object: z.object({ id: z.string() }),
  authority: z.optional(z.unknown()),
  context: z.optional(
    z.object({
      registration: z.optional(z.string()),
      extensions: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
});

/** A control as the replay uses it: checked, from the facilitator, with its LRS time. */
export type Control = {
  [K in ControlKind]: {
    kind: K;
    id: string;
    /** `stored` as epoch milliseconds: the LRS's clock. */
    stored: number;
    fields: ControlFields[K];
  };
}[ControlKind];

/** A void of an inject, by the facilitator. */
export interface Void {
  kind: 'voided';
  id: string;
  stored: number;
  target: string;
}

export type ParsedStatement =
  | { ok: true; control: Control | Void }
  | { ok: false; reason: 'not-control' | 'foreign' | 'invalid' | 'other-run' };

const CONTROL_BY_VERB = new Map<string, ControlKind>(CONTROLS.map((c) => [LIVE_VERBS[c], c]));

/**
 * Reads one statement from the LRS. `not-control`: a trainee's statement or anything else the
 * run's log holds; `foreign`: a control not from the trusted facilitator (or authority);
 * `invalid`: a control whose fields break the schema; `other-run`: another registration.
 */
export function parseStatement(
  statement: unknown,
  registration: string,
  trust: Trust,
): ParsedStatement {
  const verb = (statement as { verb?: { id?: unknown } } | null)?.verb?.id;
  const kind = typeof verb === 'string' ? CONTROL_BY_VERB.get(verb) : undefined;
  if (!kind && verb !== VOIDED) return { ok: false, reason: 'not-control' };
  const s = storedStatement.safeParse(statement);
  if (!s.success) return { ok: false, reason: 'invalid' };
  const { data } = s;
  if (data.context?.registration !== registration) return { ok: false, reason: 'other-run' };
  const facilitator = `account:${trust.facilitator.homePage}|${trust.facilitator.id}`;
  if (identityKey(data.actor) !== facilitator) return { ok: false, reason: 'foreign' };
  if (trust.authority !== undefined && identityKey(data.authority) !== trust.authority)
    return { ok: false, reason: 'foreign' };
  const stored = Date.parse(data.stored);
  if (Number.isNaN(stored)) return { ok: false, reason: 'invalid' };
  // Ids are UUIDs: compared, deduplicated and ordered in lower case whatever the LRS returns.
  const id = data.id.toLowerCase();
  if (!kind) {
    const target = (statement as { object: { objectType?: unknown; id: string } }).object;
    if (target.objectType !== 'StatementRef') return { ok: false, reason: 'invalid' };
    return {
      ok: true,
      control: { kind: 'voided', id, stored, target: target.id.toLowerCase() },
    };
  }
  const fields = controlFields[kind].safeParse(data.context?.extensions?.[LIVE_EXT.control]);
  if (!fields.success) return { ok: false, reason: 'invalid' };
  return { ok: true, control: { kind, id, stored, fields: fields.data } as Control };
}
