/**
 * A trainee's drill run as this browser keeps it in localStorage, so a reload (or a crash)
 * resumes the same decision with the time that is left. The runner writes it after every
 * change; `decodeRun` reads it back field by field and keeps what is sound: a damaged entry is
 * dropped, a damaged countdown starts afresh, and only a run whose identity (drill, run id,
 * trainee, start) cannot be read is given up. Pure: the caller reads and writes the storage.
 *
 * Stored shape (version 1, key `replylab:drill-run:v1:<drill id>`):
 * `{ v: 1, hash, run, trainee, startedAt, decisions: DecisionResult[],
 *    scenarios: ScenarioResult[], play?: ScenarioPlay, finishedAt?, reported? }`
 * The scenario in play is `plan.scenarios[scenarios.length]`.
 */
import * as z from 'zod/mini';
import type { Countdown } from './countdown';
import {
  decisionResult,
  scenarioResult,
  type DecisionResult,
  type ScenarioResult,
} from './results';

export const RUN_VERSION = 1;

export const runKey = (drillId: string) => `replylab:drill-run:v${RUN_VERSION}:${drillId}`;

/** The scenario being played. */
export interface ScenarioPlay {
  /** The engine's persisted snapshot (the session checks that it still fits the scenario). */
  snapshot: unknown;
  /** The order of the options in choice mode. */
  seed: number;
  /** The reply being written. */
  draft: string;
  /** When the scenario's clock started (epoch ms): simulated time is derived from it. */
  clockFrom: number;
  /** Simulated minutes already passed on to the engine from real time. */
  applied: number;
  /** The open decision's countdown, and which decision it belongs to. */
  countdown?: Countdown & { key: string };
}

export interface SavedRun {
  v: typeof RUN_VERSION;
  /** The drill's hash: a run of another version of the drill is not resumed. */
  hash: string;
  /** The run's UUID (xAPI registration). */
  run: string;
  trainee: string;
  /** ISO date the run started. */
  startedAt: string;
  /** Results-file entries of every decision so far. */
  decisions: DecisionResult[];
  /** Results of the scenarios finished so far, in the plan's order. */
  scenarios: ScenarioResult[];
  play?: ScenarioPlay;
  /** ISO date the drill ended (every scenario done). */
  finishedAt?: string;
  /** The final xAPI statements have been queued (so a reload does not queue them again). */
  reported?: boolean;
}

/** What `decodeRun` found: a run to resume (`repaired` when parts were dropped), or why not. */
export type DecodedRun =
  | { ok: true; run: SavedRun; repaired: boolean }
  | { ok: false; problem: 'none' | 'damaged' | 'other-drill' };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const text = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;
const isoDate = (v: unknown): v is string => text(v, 40) && !Number.isNaN(Date.parse(v));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keeps the entries that fit the schema; counts the ones dropped. */
function entries<T>(value: unknown, schema: z.ZodMiniType<T>): { kept: T[]; dropped: number } {
  if (!Array.isArray(value)) return { kept: [], dropped: value === undefined ? 0 : 1 };
  const kept: T[] = [];
  for (const item of value) {
    const parsed = schema.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
  }
  return { kept, dropped: value.length - kept.length };
}

function decodeCountdown(v: unknown): ScenarioPlay['countdown'] {
  if (!isRecord(v) || !text(v.key, 200) || !finite(v.openedAt) || !finite(v.deadline))
    return undefined;
  if (v.deadline < v.openedAt) return undefined;
  return { key: v.key, openedAt: v.openedAt, deadline: v.deadline };
}

function decodePlay(v: unknown, now: number): { play?: ScenarioPlay; repaired: boolean } {
  if (v === undefined) return { repaired: false };
  if (!isRecord(v) || !isRecord(v.snapshot)) return { repaired: true };
  let repaired = false;
  const pick = <T>(ok: boolean, value: T, fallback: T): T => {
    if (ok) return value;
    repaired = true;
    return fallback;
  };
  const countdown = decodeCountdown(v.countdown);
  if (v.countdown !== undefined && !countdown) repaired = true;
  const play: ScenarioPlay = {
    snapshot: v.snapshot,
    seed: pick(Number.isInteger(v.seed) && (v.seed as number) >= 0, v.seed as number, 0),
    draft: pick(typeof v.draft === 'string' && v.draft.length <= 20_000, v.draft as string, ''),
    clockFrom: pick(finite(v.clockFrom) && v.clockFrom <= now, v.clockFrom as number, now),
    applied: pick(
      Number.isInteger(v.applied) && (v.applied as number) >= 0,
      v.applied as number,
      0,
    ),
    ...(countdown ? { countdown } : {}),
  };
  return { play, repaired };
}

/**
 * Reads a stored run of the drill with hash `hash` that has `scenarioCount` scenarios.
 * `now` (epoch ms) bounds the timestamps: a clock start in the future is damage.
 */
export function decodeRun(
  raw: string | null,
  hash: string,
  scenarioCount: number,
  now: number,
): DecodedRun {
  if (raw === null) return { ok: false, problem: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (!isRecord(value) || value.v !== RUN_VERSION) return { ok: false, problem: 'damaged' };
  if (typeof value.hash === 'string' && value.hash !== hash)
    return { ok: false, problem: 'other-drill' };
  const { run, trainee, startedAt } = value;
  if (value.hash !== hash || typeof run !== 'string' || !UUID.test(run) || !text(trainee, 80))
    return { ok: false, problem: 'damaged' };
  if (!isoDate(startedAt)) return { ok: false, problem: 'damaged' };
  const decisions = entries(value.decisions, decisionResult);
  const scenarios = entries(value.scenarios, scenarioResult);
  const kept = scenarios.kept.slice(0, scenarioCount);
  const played = decodePlay(value.play, now);
  const finishedAt = isoDate(value.finishedAt) ? value.finishedAt : undefined;
  const result: SavedRun = {
    v: RUN_VERSION,
    hash,
    run,
    trainee,
    startedAt,
    decisions: decisions.kept,
    scenarios: kept,
    ...(played.play && kept.length < scenarioCount ? { play: played.play } : {}),
    ...(finishedAt && kept.length === scenarioCount ? { finishedAt } : {}),
    ...(value.reported === true ? { reported: true } : {}),
  };
  const repaired =
    decisions.dropped > 0 ||
    scenarios.dropped > 0 ||
    kept.length < scenarios.kept.length ||
    played.repaired ||
    (value.finishedAt !== undefined && !result.finishedAt);
  return { ok: true, run: result, repaired };
}
