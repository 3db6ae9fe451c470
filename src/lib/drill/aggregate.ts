/**
 * The dashboard's figures from many runs: a row per trainee, per-dimension distributions,
 * per-scenario finding frequencies, response times against the guideline norms and pass
 * rates. Pure and linear in the number of decisions (500 files aggregate in milliseconds).
 */
import { CRITERIA, RESPONSE_NORMS, type Criterion, type PostKind } from '../vocabulary';
import type { PassThresholds } from './plan';
import type { DecisionResult, DrillSummary } from './results';

/** What a run contributes, from a results file or rebuilt from an LRS. */
export interface RunData {
  run: string;
  trainee: { name: string; kind: 'name' | 'pseudonym' };
  finishedAt?: string | undefined;
  decisions: readonly DecisionResult[];
  summary: DrillSummary;
}

export interface Filter {
  /** Only decisions of this scenario ("" = all); trainee rows are then recomputed from them. */
  scenario: string;
  /** Only trainees whose name contains this (case-insensitive; "" = all). */
  trainee: string;
  /** Only passed or failed runs ("" = all). */
  result: '' | 'passed' | 'failed';
}
export const NO_FILTER: Filter = { scenario: '', trainee: '', result: '' };

export interface TraineeRow {
  run: string;
  name: string;
  kind: 'name' | 'pseudonym';
  /** The drill summary's overall (or, filtered to one scenario, the mean of its decisions). */
  overall: number | null;
  scores: Record<Criterion, number | null>;
  passed: boolean;
  decisions: number;
  timeouts: number;
  /** Median real latency in ms over the run's decisions (null without decisions). */
  medianLatencyMs: number | null;
}

/** Ten bins 0-9, 10-19, … 90-100 (100 falls in the last). */
export interface Distribution {
  bins: number[];
  count: number;
  mean: number | null;
  median: number | null;
  /** Share of values at or above the threshold (0-1; null without values). */
  passRate: number | null;
  threshold: number;
}

export interface FindingCount {
  code: string;
  type: 'strength' | 'issue';
  lesson: string;
  /** Decisions with this finding. */
  count: number;
  /** count / decisions of the scenario. */
  share: number;
}

export interface ScenarioFindings {
  scenario: string;
  decisions: number;
  findings: FindingCount[];
}

/** Where a decision's simulated response time fell against the guideline norms. */
export type NormBand = 'exemplary' | 'in-time' | 'late' | 'no-norm';

export interface ResponseTimes {
  /** Real latency in bins of `latencyBinSeconds`, the last bin open-ended; time-outs apart. */
  latencyBins: number[];
  latencyBinSeconds: number;
  timeouts: number;
  /** Per kind of post: decisions in each band of the simulated response time. */
  norms: Record<PostKind, Record<NormBand, number>>;
}

export interface Aggregate {
  runs: number;
  trainees: TraineeRow[];
  dimensions: Record<Criterion, Distribution>;
  overall: Distribution;
  findings: ScenarioFindings[];
  /** The most frequent issue codes across scenarios (the heatmap's columns). */
  topIssues: { code: string; lesson: string; count: number }[];
  responseTimes: ResponseTimes;
  passRate: number | null;
}

const mean = (v: readonly number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : null);
function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
const round = (v: number | null) => (v === null ? null : Math.round(v));

export function distribution(values: readonly number[], threshold: number): Distribution {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const v of values) bins[Math.min(9, Math.max(0, Math.floor(v / 10)))]! += 1;
  return {
    bins,
    count: values.length,
    mean: round(mean(values)),
    median: median(values),
    passRate: values.length ? values.filter((v) => v >= threshold).length / values.length : null,
    threshold,
  };
}

/** The band of a simulated response time for a kind of post (RESPONSE_NORMS). */
export function normBand(kind: PostKind, minutes: number): NormBand {
  if (kind === 'troll') return 'no-norm';
  const norm = RESPONSE_NORMS[kind];
  if (norm.exemplary !== undefined && minutes <= norm.exemplary) return 'exemplary';
  return minutes <= norm.limit ? 'in-time' : 'late';
}

function traineeRow(
  run: RunData,
  decisions: readonly DecisionResult[],
  whole: boolean,
): TraineeRow {
  const scored = decisions.filter((d) => d.scores !== null);
  const scores = Object.fromEntries(
    CRITERIA.map((c) => [
      c,
      whole
        ? run.summary.scores[c]
        : round(mean(scored.flatMap((d) => (d.scores?.[c] == null ? [] : [d.scores[c]])))),
    ]),
  ) as Record<Criterion, number | null>;
  return {
    run: run.run,
    name: run.trainee.name,
    kind: run.trainee.kind,
    overall: whole ? run.summary.overall : round(mean(scored.map((d) => d.overall ?? 0))),
    scores,
    passed: run.summary.passed,
    decisions: decisions.length,
    timeouts: decisions.filter((d) => d.timedOut).length,
    medianLatencyMs: round(median(decisions.map((d) => d.latencyMs))),
  };
}

export const LATENCY_BIN_SECONDS = 15;
const LATENCY_BINS = 8;

export function aggregate(
  runs: readonly RunData[],
  pass: PassThresholds,
  filter: Filter = NO_FILTER,
): Aggregate {
  const needle = filter.trainee.trim().toLowerCase();
  const chosen = runs.filter(
    (r) =>
      (!needle || r.trainee.name.toLowerCase().includes(needle)) &&
      (filter.result === '' || (filter.result === 'passed') === r.summary.passed),
  );
  const whole = filter.scenario === '';
  const decisionsOf = (r: RunData) =>
    whole ? r.decisions : r.decisions.filter((d) => d.scenario === filter.scenario);

  const trainees = chosen.map((r) => traineeRow(r, decisionsOf(r), whole));
  const dimensions = Object.fromEntries(
    CRITERIA.map((c) => [
      c,
      distribution(
        trainees.flatMap((t) => (t.scores[c] === null ? [] : [t.scores[c]])),
        pass.dimensions[c] ?? 60,
      ),
    ]),
  ) as Record<Criterion, Distribution>;
  const overall = distribution(
    trainees.flatMap((t) => (t.overall === null ? [] : [t.overall])),
    pass.overall,
  );

  const perScenario = new Map<string, { decisions: number; counts: Map<string, FindingCount> }>();
  const issueTotals = new Map<string, { code: string; lesson: string; count: number }>();
  const latencyBins = Array.from({ length: LATENCY_BINS }, () => 0);
  let timeouts = 0;
  const bands = (): Record<NormBand, number> => ({
    exemplary: 0,
    'in-time': 0,
    late: 0,
    'no-norm': 0,
  });
  const norms: Record<PostKind, Record<NormBand, number>> = {
    complaint: bands(),
    question: bands(),
    praise: bands(),
    troll: bands(),
  };

  for (const r of chosen) {
    for (const d of decisionsOf(r)) {
      let s = perScenario.get(d.scenario);
      if (!s) perScenario.set(d.scenario, (s = { decisions: 0, counts: new Map() }));
      s.decisions += 1;
      // A finding counts once per decision, however often the scorer listed it.
      for (const f of new Map(d.findings.map((x) => [x.code, x])).values()) {
        const c = s.counts.get(f.code);
        if (c) c.count += 1;
        else
          s.counts.set(f.code, {
            code: f.code,
            type: f.type,
            lesson: f.lesson,
            count: 1,
            share: 0,
          });
        if (f.type === 'issue') {
          const t = issueTotals.get(f.code);
          if (t) t.count += 1;
          else issueTotals.set(f.code, { code: f.code, lesson: f.lesson, count: 1 });
        }
      }
      if (d.timedOut) timeouts += 1;
      else {
        const bin = Math.min(
          LATENCY_BINS - 1,
          Math.floor(d.latencyMs / 1000 / LATENCY_BIN_SECONDS),
        );
        latencyBins[bin]! += 1;
      }
      // A hand-off answers nobody: it has no response time of its own.
      if (d.action !== 'escalate') norms[d.kind][normBand(d.kind, d.responseMinutes)] += 1;
    }
  }

  const byCount = (a: { count: number; code: string }, b: { count: number; code: string }) =>
    b.count - a.count || a.code.localeCompare(b.code);
  const findings = [...perScenario.entries()]
    .map(([scenario, s]) => ({
      scenario,
      decisions: s.decisions,
      findings: [...s.counts.values()]
        .map((f) => ({ ...f, share: f.count / s.decisions }))
        .sort(byCount),
    }))
    .sort((a, b) => a.scenario.localeCompare(b.scenario));

  return {
    runs: chosen.length,
    trainees,
    dimensions,
    overall,
    findings,
    topIssues: [...issueTotals.values()].sort(byCount).slice(0, 8),
    responseTimes: { latencyBins, latencyBinSeconds: LATENCY_BIN_SECONDS, timeouts, norms },
    passRate: chosen.length ? chosen.filter((r) => r.summary.passed).length / chosen.length : null,
  };
}

export type SortKey =
  'name' | 'overall' | 'passed' | 'decisions' | 'timeouts' | 'medianLatencyMs' | Criterion;

/** Trainee rows sorted by a column; nulls last in either direction, ties by name. */
export function sortRows(
  rows: readonly TraineeRow[],
  key: SortKey,
  ascending: boolean,
): TraineeRow[] {
  const value = (r: TraineeRow): string | number | null =>
    key === 'name'
      ? r.name.toLowerCase()
      : key === 'passed'
        ? Number(r.passed)
        : (CRITERIA as readonly string[]).includes(key)
          ? r.scores[key as Criterion]
          : (r[key as 'overall' | 'decisions' | 'timeouts' | 'medianLatencyMs'] ?? null);
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null)
      return va === vb ? a.name.localeCompare(b.name) : va === null ? 1 : -1;
    const cmp = va < vb ? -1 : va > vb ? 1 : 0;
    return (ascending ? cmp : -cmp) || a.name.localeCompare(b.name);
  });
}
