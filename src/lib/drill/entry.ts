/**
 * What the drill runner calls to turn the engine's records into results-file entries: one
 * `decisionResult` per DecisionRecord (with the real-time latency the runner measured), one
 * `scenarioEntry` per scenario when it ends (or when the drill ends first), and
 * `resultsContent` for the whole run. Pure: no clock, no storage.
 */
import type { Evaluation } from '../scoring/types';
import { combineEvaluations } from '../sim/claims';
import type { DecisionRecord, SimContext } from '../sim/compile';
import type { Scenario } from '../sim/schema';
import { CRITERIA, OUTCOMES, type Lang, type PostKind } from '../vocabulary';
import type { RunContext } from './statements';
import { drillHash, type DrillPlan } from './plan';
import {
  MAX_TEXT,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  summarize,
  type DecisionResult,
  type DimensionScores,
  type ResultsContent,
  type ScenarioResult,
} from './results';

/** What the runner measured about one decision in real time. */
export interface DecisionTiming {
  /** Real milliseconds from the decision opening (timestamps, not interval counts). */
  latencyMs: number;
  /** The real-time limit ran out: the runner let the engine record no reply. */
  timedOut: boolean;
}

const scoresOf = (e: Evaluation): DimensionScores =>
  Object.fromEntries(CRITERIA.map((c) => [c, e.scores[c] ?? null])) as DimensionScores;

/**
 * A results-file entry for one decision the engine recorded. `context` is the machine's
 * context after the decision (its feed has the post and when it appeared).
 */
export function decisionEntry(
  scenario: Scenario,
  context: Pick<SimContext, 'feed'>,
  record: DecisionRecord,
  timing: DecisionTiming,
): DecisionResult {
  const post = context.feed.find((m) => m.id === record.target);
  const kind: PostKind = post?.kind ?? (scenario.kind === 'mixed' ? 'complaint' : scenario.kind);
  const a = record.action;
  const action = a.type === 'moderate' ? a.how : a.type;
  const channel =
    a.type === 'reply'
      ? a.channel
      : a.type === 'moderate'
        ? a.how
        : a.type === 'none'
          ? 'none'
          : null;
  const e = record.evaluation;
  return {
    scenario: scenario.id,
    beat: record.beat,
    target: record.target,
    kind,
    action,
    channel,
    text: a.type === 'reply' ? a.text.slice(0, MAX_TEXT) : '',
    ...(a.type !== 'none' && a.optionId ? { optionId: a.optionId } : {}),
    latencyMs: Math.max(0, Math.round(timing.latencyMs)),
    timedOut: timing.timedOut,
    responseMinutes: Math.max(0, record.at - (post?.at ?? record.at)),
    overall: e ? e.overall : null,
    scores: e ? scoresOf(e) : null,
    findings: (e?.findings ?? []).map((f) => ({ code: f.code, type: f.type, lesson: f.lesson })),
  };
}

/**
 * A scenario's result from its final context: the ending reached (`endingBeat`, the machine's
 * final state) or "unfinished" (undefined: the drill ended first, counted as a bad outcome),
 * and the scores the debrief shows (all decisions combined).
 */
export function scenarioEntry(
  scenario: Scenario,
  context: Pick<SimContext, 'decisions'>,
  endingBeat: string | undefined,
): ScenarioResult {
  const ending = endingBeat ? scenario.beats[endingBeat]?.ending : undefined;
  const combined = combineEvaluations(
    context.decisions.flatMap((d) => (d.evaluation ? [d.evaluation] : [])),
  );
  return {
    scenario: scenario.id,
    ending: ending && endingBeat ? endingBeat : 'unfinished',
    outcome: ending ? OUTCOMES[ending.outcome] : 'bad',
    overall: combined.overall,
    scores: scoresOf(combined),
  };
}

/** Everything the runner knows at the end of a run. */
export interface RunRecord {
  plan: DrillPlan;
  /** The run's UUID (xAPI registration). */
  run: string;
  trainee: { name: string };
  startedAt: Date;
  finishedAt: Date;
  decisions: DecisionResult[];
  scenarios: ScenarioResult[];
}

/** The results file's content for a run; seal it with `sealResults` before offering it. */
export async function resultsContent(record: RunRecord): Promise<ResultsContent> {
  const { plan } = record;
  return {
    format: RESULTS_FORMAT,
    v: RESULTS_VERSION,
    drill: { id: plan.id, hash: await drillHash(plan), name: plan.name, pass: plan.pass },
    run: record.run,
    trainee: {
      name: record.trainee.name.trim().slice(0, 80),
      kind: plan.names === 'required' ? 'name' : 'pseudonym',
    },
    lang: plan.lang satisfies Lang,
    startedAt: record.startedAt.toISOString(),
    finishedAt: record.finishedAt.toISOString(),
    decisions: record.decisions,
    scenarios: record.scenarios,
    summary: summarize(record.scenarios, plan.pass),
  };
}

/** What every xAPI statement of a run shares (statements.ts), for the runner to build once. */
export async function runContext(
  plan: DrillPlan,
  run: string,
  traineeName: string,
  homePage: string,
): Promise<RunContext> {
  return {
    plan,
    drillHash: await drillHash(plan),
    run,
    trainee: {
      name: traineeName.trim().slice(0, 80),
      kind: plan.names === 'required' ? 'name' : 'pseudonym',
    },
    homePage,
  };
}
