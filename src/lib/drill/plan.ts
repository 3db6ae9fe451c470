/**
 * The drill plan: everything a trainee's browser needs to run a timed drill, and nothing
 * else. It travels in the drill link (./link.ts) and in the trainer's drill file (./file.ts);
 * docs/drills.md describes every field and what a link may carry.
 *
 * `zod/mini` rather than `zod`: the same validation, but tree-shaken to what the plan uses, so
 * the runner page (which also carries the simulator) stays inside its budget.
 */
import * as z from 'zod/mini';
import { CRITERIA, LANGUAGES } from '../vocabulary';
import { hashOf } from './hash';

/** Version of the plan format. A link or file of another version is refused with advice. */
export const PLAN_VERSION = 1;

/** Limits the builder offers and the schema enforces. */
export const LIMITS = {
  scenarios: { min: 1, max: 8 },
  decisionSeconds: { min: 15, max: 900 },
  compression: { min: 0.1, max: 60 },
  name: { max: 100 },
  endpoint: { max: 300 },
  auth: { max: 400 },
} as const;

const slug = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a scenario id: lower-case words joined by "-"'),
    z.maxLength(80),
  );
const percent = z.int().check(z.minimum(0), z.maximum(100));

/**
 * Where the runner sends xAPI statements. The link is handed to every trainee, so `auth` must
 * be a credential that can only *write* statements (e.g. a Learning Locker client with the
 * single scope "statements/write", or the writer key that `npm run lrs` prints): anyone with
 * the link can read it. A credential that can read statements belongs in the trainer's
 * dashboard, typed in there, never in a plan.
 */
export const lrsTarget = z.strictObject({
  /** The LRS's xAPI endpoint (http or https), e.g. "https://lrs.example.org/data/xAPI/". */
  endpoint: z
    .string()
    .check(
      z.maxLength(LIMITS.endpoint.max),
      z.regex(/^https?:\/\/[^\s/?#]+[^\s?#]*$/, 'use an http(s) address without query or fragment'),
    ),
  /**
   * The value of the Authorization header: "Basic " + base64("key:secret") of a
   * statements-write-only client.
   */
  auth: z
    .string()
    .check(
      z.maxLength(LIMITS.auth.max),
      z.regex(/^Basic [A-Za-z0-9+/]+=*$/, 'use "Basic " followed by the base64 of key:secret'),
    ),
});
export type LrsTarget = z.infer<typeof lrsTarget>;

/** Pass thresholds (0-100): the drill is passed when every threshold given is reached. */
export const passThresholds = z.strictObject({
  /** The lowest overall score (mean of the scenarios' overall scores) that passes. */
  overall: percent,
  /**
   * The lowest score per dimension (mean over the scenarios where it applied). A dimension left
   * out is not required; one that never applied in a run does not fail it.
   */
  dimensions: z.partialRecord(z.enum(CRITERIA), percent),
});
export type PassThresholds = z.infer<typeof passThresholds>;

export const drillPlan = z
  .strictObject({
    /** Format version: always 1 for this schema. */
    v: z.literal(PLAN_VERSION),
    /**
     * A random id given when the drill is first created (8-32 letters, digits, "-" or "_"); it
     * stays while the trainer edits the drill, and names the drill's xAPI activity.
     */
    id: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,32}$/, 'use 8-32 letters, digits, - or _')),
    /** The drill's name as trainees and the dashboard see it. */
    name: z.string().check(
      z.minLength(1, 'give the drill a name'),
      z.maxLength(LIMITS.name.max),
      z.refine((s) => s.trim().length > 0, 'give the drill a name'),
    ),
    /** The language the drill is played in (scenario texts, messages, scoring). */
    lang: z.enum(LANGUAGES),
    /**
     * "sequence": the scenarios one after another in the given order; "inbox": all of them open
     * at once in one inbox, so the trainee must also prioritise (questions and complaints first).
     */
    order: z.enum(['sequence', 'inbox']),
    /** Scenario ids (scenarios/<id>.yaml), each at most once, in the order they are played. */
    scenarios: z.array(slug).check(
      z.minLength(LIMITS.scenarios.min, 'choose at least one scenario'),
      z.maxLength(LIMITS.scenarios.max, `choose at most ${LIMITS.scenarios.max} scenarios`),
      z.refine((ids) => new Set(ids).size === ids.length, 'a scenario may appear only once'),
    ),
    /** Real seconds a trainee has for each decision; when they run out, it counts as no reply. */
    decisionSeconds: z
      .int()
      .check(z.minimum(LIMITS.decisionSeconds.min), z.maximum(LIMITS.decisionSeconds.max)),
    /**
     * Time compression: simulated minutes that pass per real second (so 1 turns a 90-second
     * decision into an hour and a half of the customer's waiting time).
     */
    compression: z
      .number()
      .check(z.minimum(LIMITS.compression.min), z.maximum(LIMITS.compression.max)),
    /** "free": trainees write their replies; "choice": they pick from prepared options. */
    input: z.enum(['free', 'choice']),
    /** Coaching hints while typing (free text only): on for practice, off for assessment. */
    hints: z.boolean(),
    /** Pass thresholds per dimension and overall. */
    pass: passThresholds,
    /**
     * "required": trainees give their name; "pseudonym": any name they choose (the dashboard
     * cannot tell who is behind it).
     */
    names: z.enum(['required', 'pseudonym']),
    /** Optional: the LRS that receives the drill's statements, with a write-only credential. */
    lrs: z.optional(lrsTarget),
  })
  .check(
    z.refine((p) => p.input === 'free' || !p.hints, {
      message: 'coaching hints need free-text mode',
      path: ['hints'],
    }),
  );
export type DrillPlan = z.infer<typeof drillPlan>;

/** The pass thresholds a new drill starts with: the guideline mark on every dimension. */
export const DEFAULT_PASS: PassThresholds = {
  overall: 60,
  dimensions: Object.fromEntries(CRITERIA.map((c) => [c, 60])),
};

/** A fresh plan with the builder's defaults; `id` comes from `newDrillId()`. */
export function defaultPlan(id: string, lang: DrillPlan['lang']): DrillPlan {
  return {
    v: PLAN_VERSION,
    id,
    name: '',
    lang,
    order: 'sequence',
    scenarios: [],
    decisionSeconds: 90,
    compression: 1,
    input: 'free',
    hints: false,
    pass: structuredClone(DEFAULT_PASS),
    names: 'required',
  };
}

/** 12 random URL-safe characters (72 bits) from the platform's CSPRNG. */
export function newDrillId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => alphabet[b & 63]).join('');
}

/**
 * The drill's identity: SHA-256 (hex) of the canonical JSON of the plan without its `lrs`
 * part. Everything that shapes the play and its judgement is in it, so a results file made on
 * another plan (other scenarios, limits or thresholds) does not match; moving the drill to
 * another LRS, or renewing its write key, keeps it the same drill.
 */
export function drillHash(plan: DrillPlan): Promise<string> {
  const { lrs: _lrs, ...rest } = plan;
  return hashOf(rest);
}
