/**
 * The results file of one trainee's drill run (JSON), its integrity hash, its check on import
 * and its CSV. docs/drills.md describes the format and what the hash does and does not prove.
 *
 * The integrity hash is SHA-256 over the canonical JSON of the whole file without its
 * `integrity` field. It shows that the file is as the runner wrote it, or else that someone
 * changed it and did not recompute the hash: damage in transit, a hand-edited score. It
 * proves neither who made the file nor that the runner made it: there is no secret in a
 * static site, so anyone who knows this format can write a file with a matching hash. Files
 * that must be trusted come from the LRS (written with the drill's key) or are played in the
 * room under the trainer's eyes.
 */
import * as z from 'zod/mini';
import { CHANNELS, CRITERIA, KINDS, LANGUAGES, type Criterion } from '../vocabulary';
import { canonicalJson, sha256Hex } from './hash';
import { passThresholds, type PassThresholds } from './plan';
import { problemLines } from './problems';

export const RESULTS_FORMAT = 'replylab-drill-results';
/** Version of the results file layout. */
export const RESULTS_VERSION = 1;
/** Longest reply text kept per decision (the scorer reads at most 8,000 characters). */
export const MAX_TEXT = 8000;

const score = z.int().check(z.minimum(0), z.maximum(100));
const iso = z.iso.datetime();
const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected 64 hex digits (SHA-256)'));
const id = z.string().check(z.minLength(1), z.maxLength(120));

/** The six dimension scores; null where a dimension did not apply. */
export const dimensionScores = z.strictObject(
  Object.fromEntries(CRITERIA.map((c) => [c, z.nullable(score)])) as Record<
    Criterion,
    z.ZodMiniNullable<typeof score>
  >,
);
export type DimensionScores = z.infer<typeof dimensionScores>;

/** A finding of the scorer on one decision. */
export const findingRef = z.strictObject({
  /** Stable finding code, e.g. "tone.sarcasm" (docs/scoring-rules.md). */
  code: id,
  /** A strength or an issue. */
  type: z.enum(['strength', 'issue']),
  /** Id of the lesson that teaches the guideline behind it ("" when no lesson does). */
  lesson: z.string().check(z.maxLength(120)),
});
export type FindingRef = z.infer<typeof findingRef>;

/** One decision of the trainee: what they did on one post, how fast, and how it was scored. */
export const decisionResult = z.strictObject({
  /** Scenario id. */
  scenario: id,
  /** The beat of the scenario the decision was taken in. */
  beat: id,
  /** The post acted on (message id in the scenario). */
  target: id,
  /** What kind of post it was (for the response-time norms). */
  kind: z.enum(KINDS),
  /** What the trainee did: a written reply, hide, delete, an internal hand-off, or nothing in time. */
  action: z.enum(['reply', 'hide', 'delete', 'escalate', 'none']),
  /** The channel as the scorer saw it ("public" … "delete", "none"); null for a hand-off. */
  channel: z.nullable(z.enum(CHANNELS)),
  /** The reply text as sent ("" without one). Plain text: never rendered as HTML. */
  text: z.string().check(z.maxLength(MAX_TEXT)),
  /** In choice mode: the prepared option picked. */
  optionId: z.optional(id),
  /** Real milliseconds from the moment the decision opened to the action (or the time-out). */
  latencyMs: z.int().check(z.minimum(0)),
  /** True when the real-time limit ran out and the engine recorded no reply. */
  timedOut: z.boolean(),
  /** Simulated minutes the customer waited, as the scorer judged the timing. */
  responseMinutes: z.number().check(z.minimum(0)),
  /** Overall score of the decision (0-100); null for an internal hand-off (nothing scored). */
  overall: z.nullable(score),
  /** The six dimension scores; null for an internal hand-off. */
  scores: z.nullable(dimensionScores),
  /** The scorer's findings, strengths and issues. */
  findings: z.array(findingRef),
});
export type DecisionResult = z.infer<typeof decisionResult>;

/** One scenario of the drill as it ended. */
export const scenarioResult = z.strictObject({
  /** Scenario id. */
  scenario: id,
  /** The ending reached (an ending beat id); "unfinished" when the drill ended first. */
  ending: id,
  /** How the ending counts. */
  outcome: z.enum(['good', 'neutral', 'bad']),
  /** The scenario's overall score (mean of its decisions, as the debrief shows it). */
  overall: score,
  /** The scenario's dimension scores. */
  scores: dimensionScores,
});
export type ScenarioResult = z.infer<typeof scenarioResult>;

/** The drill as a whole against its thresholds. */
export const drillSummary = z.strictObject({
  /** Mean of the scenarios' overall scores. */
  overall: score,
  /** Mean per dimension over the scenarios where it applied. */
  scores: dimensionScores,
  /** Every threshold of the plan reached. */
  passed: z.boolean(),
  /** The thresholds not reached: "overall" and/or dimension names. */
  failedOn: z.array(z.enum(['overall', ...CRITERIA])),
});
export type DrillSummary = z.infer<typeof drillSummary>;

const resultsShape = {
  /** Always "replylab-drill-results". */
  format: z.literal(RESULTS_FORMAT),
  /** Version of this layout: 1. */
  v: z.literal(RESULTS_VERSION),
  /** The drill that was played. */
  drill: z.strictObject({
    /** The plan's id. */
    id,
    /** The drill's hash (plan.ts `drillHash`): the dashboard refuses files of another drill. */
    hash: hex64,
    /** The drill's name at the time. */
    name: z.string().check(z.maxLength(200)),
    /** The plan's pass thresholds, so the dashboard can judge without the drill file. */
    pass: passThresholds,
  }),
  /** This run: a UUID, the xAPI context registration of its statements. */
  run: z
    .string()
    .check(
      z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'expected a UUID'),
    ),
  /** Who played. Plain text: never rendered as HTML. */
  trainee: z.strictObject({
    /** The name or pseudonym as typed. */
    name: z.string().check(z.minLength(1), z.maxLength(80)),
    /** Whether the plan asked for a real name or allowed a pseudonym. */
    kind: z.enum(['name', 'pseudonym']),
  }),
  /** The language played in. */
  lang: z.enum(LANGUAGES),
  /** When the run started and finished, ISO 8601. */
  startedAt: iso,
  finishedAt: iso,
  /** Every decision, in the order taken. */
  decisions: z.array(decisionResult).check(z.maxLength(500)),
  /** Every scenario of the drill, in the plan's order. */
  scenarios: z.array(scenarioResult).check(z.maxLength(20)),
  /** The drill against its thresholds. */
  summary: drillSummary,
};

/** A results file before its integrity hash is added. */
export const resultsContent = z.strictObject(resultsShape);
export type ResultsContent = z.infer<typeof resultsContent>;

export const resultsFile = z.strictObject({
  ...resultsShape,
  /** SHA-256 over the canonical JSON of everything above (see the module comment). */
  integrity: z.strictObject({ alg: z.literal('SHA-256'), hash: hex64 }),
});
export type ResultsFile = z.infer<typeof resultsFile>;

/** Adds the integrity hash. */
export async function sealResults(content: ResultsContent): Promise<ResultsFile> {
  const hash = await sha256Hex(canonicalJson(content));
  return { ...content, integrity: { alg: 'SHA-256', hash } };
}

/** The file's text as the runner offers it for download. */
export function resultsJson(file: ResultsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The file name the runner suggests: drill, trainee and date, in safe characters. */
export function resultsFileName(file: ResultsContent): string {
  const safe = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'x';
  return `drill-${safe(file.drill.name)}-${safe(file.trainee.name)}-${file.finishedAt.slice(0, 10)}.json`;
}

/**
 * The drill summary from the scenario results: means over scenarios (null dimensions left
 * out), then every threshold of the plan compared. The runner and the LRS import both use it.
 */
export function summarize(
  scenarios: readonly ScenarioResult[],
  pass: PassThresholds,
): DrillSummary {
  const mean = (values: number[]) =>
    values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null;
  const scores = Object.fromEntries(
    CRITERIA.map((c) => [
      c,
      mean(scenarios.flatMap((s) => (s.scores[c] === null ? [] : [s.scores[c]]))),
    ]),
  ) as DimensionScores;
  const overall = mean(scenarios.map((s) => s.overall)) ?? 0;
  const failedOn: DrillSummary['failedOn'] = [];
  if (overall < pass.overall) failedOn.push('overall');
  for (const c of CRITERIA) {
    const needed = pass.dimensions[c];
    const got = scores[c];
    if (needed !== undefined && got !== null && got < needed) failedOn.push(c);
  }
  return { overall, scores, passed: failedOn.length === 0, failedOn };
}

/** Why an imported file was not taken; one per file. */
export type ResultsProblem =
  | 'malformed'
  | 'not-results'
  | 'outdated'
  | 'newer'
  | 'invalid'
  | 'tampered'
  | 'foreign'
  | 'duplicate';

export type CheckedResults =
  { ok: true; file: ResultsFile } | { ok: false; problem: ResultsProblem; details: string[] };

/**
 * What the dashboard has seen so far, so that duplicates are caught: the runs and the
 * integrity hashes of files already taken.
 */
export interface SeenResults {
  runs: Set<string>;
  hashes: Set<string>;
}

export const emptySeen = (): SeenResults => ({ runs: new Set(), hashes: new Set() });

/** A file that is well-formed and intact, before it is compared with the others. */
export type VerifiedResults = CheckedResults;

/**
 * The checks that need only the file itself: JSON, format and version, schema, integrity.
 * Independent per file, so an import can run them for many files at once.
 */
export async function verifyResults(text: string): Promise<VerifiedResults> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'malformed', details: [(error as Error).message] };
  }
  const head = json as { format?: unknown; v?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== RESULTS_FORMAT)
    return { ok: false, problem: 'not-results', details: [] };
  if (typeof head.v === 'number' && head.v !== RESULTS_VERSION)
    return { ok: false, problem: head.v < RESULTS_VERSION ? 'outdated' : 'newer', details: [] };
  const parsed = resultsFile.safeParse(json);
  if (!parsed.success)
    return { ok: false, problem: 'invalid', details: problemLines(parsed.error.issues) };
  const file = parsed.data;
  const { integrity, ...content } = file;
  const actual = await sha256Hex(canonicalJson(content));
  if (actual !== integrity.hash) return { ok: false, problem: 'tampered', details: [] };
  return { ok: true, file };
}

/**
 * The checks against what was imported before, in import order: the drill it belongs to
 * (when `drillHash` is given) and whether it was already taken (by run or hash). A file that
 * passes is added to `seen`.
 */
export function admitResults(
  verified: VerifiedResults,
  seen: SeenResults,
  drillHash?: string,
): CheckedResults {
  if (!verified.ok) return verified;
  const file = verified.file;
  if (drillHash !== undefined && file.drill.hash !== drillHash)
    return { ok: false, problem: 'foreign', details: [file.drill.name] };
  if (seen.runs.has(file.run) || seen.hashes.has(file.integrity.hash))
    return { ok: false, problem: 'duplicate', details: [file.trainee.name] };
  seen.runs.add(file.run);
  seen.hashes.add(file.integrity.hash);
  return verified;
}

/** Checks one imported file's text completely (`verifyResults` then `admitResults`). Never throws. */
export async function checkResults(
  text: string,
  seen: SeenResults,
  drillHash?: string,
): Promise<CheckedResults> {
  return admitResults(await verifyResults(text), seen, drillHash);
}
