/**
 * The live board (docs/live-drills.md, "Polling"): what the console and the projector show of
 * the trainees, computed from the run's log as the trainer key returns it. Pure, like the
 * replay: the same set of statements gives the same board, whatever order they came in.
 *
 * - the lobby: every trainee who stored `initialized` with the run's registration;
 * - each trainee's decisions from `responded` (the results-file entry in EXT.decision);
 * - alerts that matter, derived from the scorer's finding codes in those entries;
 * - who is stale: nothing stored for longer than a decision's limit in running time;
 * - the group picture: per-dimension distribution and the most frequent findings.
 */
import { EXT, VERBS } from '../drill/statements';
import { CRITERIA, type Criterion } from '../vocabulary';
import { identityKey } from './protocol';
import { injectsFor, runningMsAt, skipsFor, type RunState } from './replay';

/** The finding codes the console raises as alerts, and the alert each one is. */
export const ALERT_CODES = {
  'channel.public-data-request': 'publicData',
  'channel.public-data-revealed': 'publicData',
  'channel.deleted-criticism': 'deletedCriticism',
  'resolution.feeding-troll': 'trollFed',
} as const;
export type AlertKind = (typeof ALERT_CODES)[keyof typeof ALERT_CODES];

/** The scenario name of an inject's answer (docs/live-drills.md, "The statements"). */
export const injectScenario = (injectId: string) => `inject:${injectId}`;

export interface BoardDecision {
  /** The `responded` statement's id. */
  id: string;
  /** Scenario id, or `inject:<statement id>` for an inject's answer. */
  scenario: string;
  beat: string;
  action: string;
  channel: string | null;
  /** The reply as the trainee sent it: plain text. */
  text: string;
  overall: number | null;
  scores: Partial<Record<Criterion, number | null>>;
  /** Finding codes, issues and strengths. */
  findings: { code: string; type: string }[];
  timedOut: boolean;
  stored: number;
}

export interface TraineeRow {
  /** The trainee's account name (their run UUID). */
  account: string;
  name: string;
  /** `stored` (epoch ms) of their first statement. */
  joined: number;
  /** `stored` of their newest statement. */
  last: number;
  decisions: BoardDecision[];
  completed: boolean;
  /** The drill summary of their passed/failed statement. */
  summary: { overall: number; passed: boolean } | undefined;
}

export interface Alert {
  account: string;
  name: string;
  /** The `responded` statement that raised it. */
  statement: string;
  code: string;
  kind: AlertKind;
  scenario: string;
}

export interface Board {
  trainees: TraineeRow[];
  alerts: Alert[];
  /** The newest `stored` in the log (epoch ms). */
  newest: number | undefined;
}

const get = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (v, key) =>
      typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined,
    value,
  );

const TRAINEE_VERBS = new Set<string>(Object.values(VERBS));
const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function decisionOf(statement: unknown, id: string, stored: number): BoardDecision {
  const entry = get(statement, 'result', 'extensions', EXT.decision);
  const codes = get(statement, 'result', 'extensions', EXT.findings);
  const entryFindings = get(entry, 'findings');
  const findings = Array.isArray(entryFindings)
    ? entryFindings.map((f) => ({ code: str(get(f, 'code')), type: str(get(f, 'type')) }))
    : Array.isArray(codes)
      ? codes.map((c) => ({ code: str(c), type: '' }))
      : [];
  const rawScores = get(entry, 'scores');
  const scores: Partial<Record<Criterion, number | null>> = {};
  for (const c of CRITERIA) scores[c] = num(get(rawScores, c));
  return {
    id,
    scenario: str(get(entry, 'scenario')),
    beat: str(get(entry, 'beat')),
    action: str(get(entry, 'action')),
    channel: typeof get(entry, 'channel') === 'string' ? str(get(entry, 'channel')) : null,
    text: str(get(entry, 'text')),
    overall: num(get(entry, 'overall')),
    scores,
    findings: findings.filter((f) => f.code !== ''),
    timedOut: get(entry, 'timedOut') === true,
    stored,
  };
}

/**
 * The board from the run's log. Statements of other registrations, controls (whose verbs are
 * not the drill verbs) and statements without an account actor are passed over; each id counts
 * once.
 */
export function board(log: readonly unknown[], registration: string): Board {
  const seen = new Set<string>();
  const items: { s: unknown; id: string; stored: number }[] = [];
  let newest: number | undefined;
  for (const s of log) {
    const id = str(get(s, 'id')).toLowerCase();
    const stored = Date.parse(str(get(s, 'stored')));
    if (!id || Number.isNaN(stored) || seen.has(id)) continue;
    seen.add(id);
    newest = newest === undefined ? stored : Math.max(newest, stored);
    if (get(s, 'context', 'registration') !== registration) continue;
    if (!TRAINEE_VERBS.has(str(get(s, 'verb', 'id')))) continue;
    if (typeof get(s, 'actor', 'account', 'name') !== 'string') continue;
    items.push({ s, id, stored });
  }
  items.sort((a, b) => a.stored - b.stored || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = new Map<string, TraineeRow>();
  const alerts: Alert[] = [];
  for (const { s, id, stored } of items) {
    const account = str(get(s, 'actor', 'account', 'name'));
    let row = rows.get(account);
    if (!row) {
      row = {
        account,
        name: str(get(s, 'actor', 'name')).slice(0, 80),
        joined: stored,
        last: stored,
        decisions: [],
        completed: false,
        summary: undefined,
      };
      rows.set(account, row);
    }
    row.last = Math.max(row.last, stored);
    const verb = str(get(s, 'verb', 'id'));
    if (verb === VERBS.responded) {
      const d = decisionOf(s, id, stored);
      row.decisions.push(d);
      for (const f of d.findings) {
        const kind = (ALERT_CODES as Record<string, AlertKind | undefined>)[f.code];
        if (kind)
          alerts.push({
            account,
            name: row.name,
            statement: id,
            code: f.code,
            kind,
            scenario: d.scenario,
          });
      }
    } else if (verb === VERBS.completed) row.completed = true;
    else if (verb === VERBS.passed || verb === VERBS.failed) {
      const overall = num(get(s, 'result', 'extensions', EXT.summary, 'overall'));
      row.completed = true;
      row.summary = { overall: overall ?? 0, passed: verb === VERBS.passed };
    }
  }
  const trainees = [...rows.values()].sort(
    (a, b) => a.joined - b.joined || (a.account < b.account ? -1 : 1),
  );
  return { trainees, alerts, newest };
}

/** The mean of a trainee's scored decisions (rounded), or null before the first. */
export function meanOverall(row: TraineeRow): number | null {
  const scored = row.decisions.flatMap((d) => (d.overall === null ? [] : [d.overall]));
  if (scored.length === 0) return null;
  return Math.round(scored.reduce((a, b) => a + b, 0) / scored.length);
}

/**
 * A trainee is stale when, in running time, more than `limitMs` passed between their newest
 * statement and the newest statement of the log: the LRS's clock only, and a pause does not
 * count. Trainees who finished are never stale.
 */
export function isStale(
  row: TraineeRow,
  state: Pick<RunState, 'intervals'>,
  newest: number | undefined,
  limitMs: number,
): boolean {
  if (row.completed || newest === undefined) return false;
  return runningMsAt(state, newest) - runningMsAt(state, row.last) > limitMs;
}

/**
 * What a trainee has left on the clock, in running time, as the console can know it from the
 * log: an open inject's countdown exactly (its deadline is in the log), otherwise the drill's
 * decision limit counted from their newest answer (or from the start): the decision that opened
 * after that answer cannot have opened earlier, so this is an upper bound ("about"). Undefined
 * for a trainee who finished, or a run that is not running or paused.
 */
export function timeLeft(
  row: TraineeRow,
  state: Pick<RunState, 'phase' | 'intervals' | 'injects' | 'skips'>,
  runningNow: number,
  limitMs: number,
): { ms: number; exact: boolean } | undefined {
  if (row.completed || (state.phase !== 'running' && state.phase !== 'paused')) return undefined;
  const answered = new Set(row.decisions.map((d) => d.scenario));
  const skipped = new Set(skipsFor(state, row.account).map((s) => s.decision));
  const open = injectsFor(state, row.account).filter(
    (i) =>
      !answered.has(injectScenario(i.id)) &&
      !skipped.has(injectScenario(i.id)) &&
      i.deadlineMs > runningNow,
  );
  if (open.length)
    return { ms: Math.min(...open.map((i) => i.deadlineMs)) - runningNow, exact: true };
  const lastAnswer = row.decisions.filter((d) => !d.scenario.startsWith('inject:')).at(-1);
  const from = lastAnswer ? runningMsAt(state, lastAnswer.stored) : 0;
  return { ms: Math.max(0, limitMs - (runningNow - from)), exact: false };
}

/** The authority of the run's first `opened` control, as the LRS set it (the room key's). */
export function openedAuthority(
  log: readonly unknown[],
  registration: string,
  opened: string,
): string | undefined {
  let first: { stored: number; id: string; authority: string | undefined } | undefined;
  for (const s of log) {
    if (get(s, 'verb', 'id') !== opened || get(s, 'context', 'registration') !== registration)
      continue;
    const stored = Date.parse(str(get(s, 'stored')));
    const id = str(get(s, 'id')).toLowerCase();
    if (Number.isNaN(stored)) continue;
    if (!first || stored < first.stored || (stored === first.stored && id < first.id))
      first = { stored, id, authority: identityKey(get(s, 'authority')) };
  }
  return first?.authority;
}

/** The group picture: how many decisions fell in each score band per dimension. */
export const BANDS = ['0-39', '40-59', '60-79', '80-100'] as const;
export type Band = (typeof BANDS)[number];
export const bandOf = (score: number): Band =>
  score < 40 ? '0-39' : score < 60 ? '40-59' : score < 80 ? '60-79' : '80-100';

export interface GroupPicture {
  decisions: number;
  distribution: Record<Criterion, Record<Band, number>>;
  /** Issue codes by how many decisions raised them, most first (ties by code), at most `top`. */
  topIssues: { code: string; count: number }[];
}

export function groupPicture(rows: readonly TraineeRow[], top = 5): GroupPicture {
  const distribution = Object.fromEntries(
    CRITERIA.map((c) => [c, Object.fromEntries(BANDS.map((b) => [b, 0]))]),
  ) as Record<Criterion, Record<Band, number>>;
  const issues = new Map<string, number>();
  let decisions = 0;
  for (const row of rows)
    for (const d of row.decisions) {
      decisions++;
      for (const c of CRITERIA) {
        const v = d.scores[c];
        if (typeof v === 'number') distribution[c][bandOf(v)]++;
      }
      for (const code of new Set(
        d.findings.filter((f) => f.type !== 'strength').map((f) => f.code),
      ))
        issues.set(code, (issues.get(code) ?? 0) + 1);
    }
  const topIssues = [...issues.entries()]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1))
    .slice(0, top);
  return { decisions, distribution, topIssues };
}
