/**
 * The xAPI 1.0.3 statements of a drill run, in one module so the drill runner, the cmi5 player
 * (issue 13) and the live room (issue 14) send the same shapes, and the dashboard reads them
 * back (`runsFromStatements`). Pure: ids and timestamps are passed in.
 *
 * - one `responded` statement per decision: result.score from the decision's overall score,
 *   result.response the reply text, result.duration the real latency, and as result
 *   extensions the six dimensions, the latency in ms, the channel, the finding codes and the
 *   rest of the decision entry;
 * - `initialized` when the run starts, `completed` when it ends, then `passed` or `failed`
 *   with the drill summary.
 * Every statement carries context.registration = the run's UUID and the drill activity as
 * parent (decisions) or object (lifecycle). docs/drills.md lists every IRI.
 */
import { CRITERIA, type Lang } from '../vocabulary';
import type { DrillPlan } from './plan';
import type { DecisionResult, DrillSummary, ScenarioResult } from './results';

/** Where ReplyLab's own IRIs live (the same namespace as the cmi5 export's extensions). */
export const XAPI_BASE = 'https://replylab.example/xapi';

export const EXT = {
  /** { "<criterion>": 0-100 } — dimensions that did not apply are left out. */
  dimensions: `${XAPI_BASE}/extensions/dimensions`,
  /** Integer: real milliseconds from the decision opening to the action. */
  latencyMs: `${XAPI_BASE}/extensions/latency-ms`,
  /** "public" | "private" | "email" | "phone" | "none" | "hide" | "delete" | null (hand-off). */
  channel: `${XAPI_BASE}/extensions/channel`,
  /** ["tone.sarcasm", …]: the scorer's finding codes, strengths and issues. */
  findings: `${XAPI_BASE}/extensions/findings`,
  /** The whole decision entry of the results file (scenario, beat, target, kind, …). */
  decision: `${XAPI_BASE}/extensions/decision`,
  /** The drill summary of the results file (passed/failed statements). */
  summary: `${XAPI_BASE}/extensions/drill-summary`,
  /** The results file's scenario results (passed/failed statements): ending, outcome, scores. */
  scenarios: `${XAPI_BASE}/extensions/scenario-results`,
  /** Context: the drill's hash (plan.ts `drillHash`). */
  drillHash: `${XAPI_BASE}/extensions/drill-hash`,
  /** Context: the trainee's kind of name, "name" or "pseudonym". */
  traineeKind: `${XAPI_BASE}/extensions/trainee-kind`,
} as const;

export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  responded: 'http://adlnet.gov/expapi/verbs/responded',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;
export type DrillVerb = keyof typeof VERBS;

/** A statement as plain JSON (the shape @xapi/xapi sends). */
export type Statement = Record<string, unknown>;

/** What every statement of one run shares. */
export interface RunContext {
  plan: Pick<DrillPlan, 'id' | 'name' | 'lang'>;
  /** The drill's hash. */
  drillHash: string;
  /** The trainee's run UUID: the actor's account name, and context.registration in a solo drill. */
  run: string;
  /**
   * A live run's registration (docs/live-drills.md): shared by every trainee of the room, so
   * one query finds them all. Absent in a solo drill, where the registration is `run`.
   */
  registration?: string;
  trainee: { name: string; kind: 'name' | 'pseudonym' };
  /**
   * The account's home page: the site's origin. The trainee is identified by an account on it
   * (name + run), never by an e-mail address.
   */
  homePage: string;
}

const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-US' };

export const drillActivityId = (drillId: string) =>
  `${XAPI_BASE}/drills/${encodeURIComponent(drillId)}`;
export const scenarioActivityId = (drillId: string, scenario: string) =>
  `${drillActivityId(drillId)}/scenarios/${encodeURIComponent(scenario)}`;

function drillActivity(ctx: RunContext) {
  return {
    objectType: 'Activity',
    id: drillActivityId(ctx.plan.id),
    definition: {
      type: 'http://adlnet.gov/expapi/activities/assessment',
      name: { [LOCALE[ctx.plan.lang]]: ctx.plan.name },
    },
  };
}

/**
 * The trainee as an xAPI Agent: an account named "<run>" on the site, with the typed name as
 * display name. Keying the account on the run keeps two trainees who chose the same pseudonym
 * apart.
 */
function actor(ctx: RunContext) {
  return {
    objectType: 'Agent',
    name: ctx.trainee.name,
    account: { homePage: ctx.homePage, name: ctx.run },
  };
}

function context(ctx: RunContext, parent: boolean) {
  return {
    registration: ctx.registration ?? ctx.run,
    language: LOCALE[ctx.plan.lang],
    ...(parent ? { contextActivities: { parent: [{ id: drillActivityId(ctx.plan.id) }] } } : {}),
    extensions: { [EXT.drillHash]: ctx.drillHash, [EXT.traineeKind]: ctx.trainee.kind },
  };
}

/** ISO 8601 duration of a number of milliseconds, e.g. "PT12.34S". */
export function isoDuration(ms: number): string {
  return `PT${(Math.max(0, Math.round(ms)) / 1000).toFixed(2).replace(/\.?0+$/, '')}S`;
}

/** The statement of one decision. */
export function decisionStatement(
  ctx: RunContext,
  decision: DecisionResult,
  meta: { id: string; timestamp: string },
): Statement {
  const dimensions = Object.fromEntries(
    CRITERIA.flatMap((c) => {
      const v = decision.scores?.[c];
      return typeof v === 'number' ? [[c, v]] : [];
    }),
  );
  return {
    id: meta.id,
    actor: actor(ctx),
    verb: { id: VERBS.responded, display: { 'en-US': 'responded' } },
    object: {
      objectType: 'Activity',
      id: scenarioActivityId(ctx.plan.id, decision.scenario),
      definition: {
        type: 'http://adlnet.gov/expapi/activities/interaction',
        name: { 'en-US': decision.scenario },
      },
    },
    result: {
      ...(decision.overall === null
        ? {}
        : {
            score: { scaled: decision.overall / 100, raw: decision.overall, min: 0, max: 100 },
          }),
      response: decision.text,
      duration: isoDuration(decision.latencyMs),
      extensions: {
        [EXT.dimensions]: dimensions,
        [EXT.latencyMs]: decision.latencyMs,
        [EXT.channel]: decision.channel,
        [EXT.findings]: decision.findings.map((f) => f.code),
        [EXT.decision]: decision,
      },
    },
    context: context(ctx, true),
    timestamp: meta.timestamp,
  };
}

/** initialized, completed, passed or failed for the run (passed/failed carry the summary). */
export function lifecycleStatement(
  verb: Exclude<DrillVerb, 'responded'>,
  ctx: RunContext,
  meta: {
    id: string;
    timestamp: string;
    summary?: DrillSummary;
    scenarios?: readonly ScenarioResult[];
    durationMs?: number;
  },
): Statement {
  const result: Record<string, unknown> = {};
  if (verb === 'completed') result.completion = true;
  if ((verb === 'passed' || verb === 'failed') && meta.summary) {
    const s = meta.summary;
    result.score = { scaled: s.overall / 100, raw: s.overall, min: 0, max: 100 };
    result.success = verb === 'passed';
    result.completion = true;
    result.extensions = {
      [EXT.summary]: s,
      ...(meta.scenarios ? { [EXT.scenarios]: meta.scenarios } : {}),
    };
  }
  if (meta.durationMs !== undefined && verb !== 'initialized')
    result.duration = isoDuration(meta.durationMs);
  return {
    id: meta.id,
    actor: actor(ctx),
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: drillActivity(ctx),
    ...(Object.keys(result).length ? { result } : {}),
    context: context(ctx, false),
    timestamp: meta.timestamp,
  };
}

/** A run as the dashboard rebuilds it from an LRS. */
export interface LrsRun {
  run: string;
  drillHash: string;
  trainee: { name: string; kind: 'name' | 'pseudonym' };
  startedAt: string | undefined;
  finishedAt: string | undefined;
  decisions: unknown[];
  summary: unknown;
  /** The scenario results of the passed/failed statement (absent from older runners). */
  scenarios?: unknown;
}

const get = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (v, key) =>
      typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined,
    value,
  );

/**
 * Groups a drill's statements by run (the actor's account name, which is the trainee's run
 * UUID; the registration for statements without one), in timestamp order. In a live run all
 * trainees share the registration, and the account keeps them apart. The entries are left as the LRS
 * returned them (`unknown`): the dashboard validates them with the results schemas like any
 * imported file.
 */
export function runsFromStatements(statements: readonly unknown[], drillId: string): LrsRun[] {
  const activity = drillActivityId(drillId);
  const runs = new Map<string, LrsRun & { seen: Set<string> }>();
  const sorted = [...statements].sort((a, b) =>
    String(get(a, 'timestamp')).localeCompare(String(get(b, 'timestamp'))),
  );
  for (const s of sorted) {
    const account = get(s, 'actor', 'account', 'name');
    const run = typeof account === 'string' ? account : get(s, 'context', 'registration');
    const verb = get(s, 'verb', 'id');
    const objectId = get(s, 'object', 'id');
    const parent = get(s, 'context', 'contextActivities', 'parent');
    const ofDrill =
      objectId === activity ||
      (Array.isArray(parent) && parent.some((p) => get(p, 'id') === activity));
    if (typeof run !== 'string' || !ofDrill) continue;
    const id = String(get(s, 'id'));
    let entry = runs.get(run);
    if (!entry) {
      const kind = get(s, 'context', 'extensions', EXT.traineeKind);
      const hash = get(s, 'context', 'extensions', EXT.drillHash);
      const name = get(s, 'actor', 'name');
      entry = {
        run,
        drillHash: typeof hash === 'string' ? hash : '',
        trainee: {
          name: typeof name === 'string' ? name : '',
          kind: kind === 'pseudonym' ? 'pseudonym' : 'name',
        },
        startedAt: undefined,
        finishedAt: undefined,
        decisions: [],
        summary: undefined,
        scenarios: undefined,
        seen: new Set(),
      };
      runs.set(run, entry);
    }
    // An LRS may return a statement twice across pages; each id counts once.
    if (entry.seen.has(id)) continue;
    entry.seen.add(id);
    const timestamp = get(s, 'timestamp');
    if (verb === VERBS.initialized && typeof timestamp === 'string') entry.startedAt = timestamp;
    if (verb === VERBS.completed && typeof timestamp === 'string') entry.finishedAt = timestamp;
    if (verb === VERBS.responded)
      entry.decisions.push(get(s, 'result', 'extensions', EXT.decision));
    if (verb === VERBS.passed || verb === VERBS.failed) {
      entry.summary = get(s, 'result', 'extensions', EXT.summary);
      entry.scenarios = get(s, 'result', 'extensions', EXT.scenarios);
    }
  }
  return [...runs.values()].map(({ seen: _seen, ...run }) => run);
}
