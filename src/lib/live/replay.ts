/**
 * The run's state from its log (docs/live-drills.md, "Ordering" and "Time"): a pure function
 * of the *set* of statements, so every reader (consoles, projector, trainees) that holds the
 * same statements computes the same state, whatever order and however often they arrived.
 *
 * 1. parse: keep the facilitator's valid controls and voids of this run;
 * 2. deduplicate by statement id, drop every statement a void names;
 * 3. sort by (stored instant, id);
 * 4. fold through the phase rules; a control the phase does not accept is a no-op, listed.
 */
import {
  parseStatement,
  type Control,
  type ControlKind,
  type InjectPost,
  type Target,
  type Trust,
  type Void,
} from './protocol';

export type Phase = 'none' | 'lobby' | 'running' | 'paused' | 'ended';

/** An inject as every reader sees it, with its times in running time. */
export interface Inject {
  id: string;
  to: Target;
  post: InjectPost;
  limitSeconds: number;
  /** Running time (ms) when it was stored: its countdown starts here. */
  openedAtMs: number;
  /** openedAtMs + limitSeconds × 1000. */
  deadlineMs: number;
}

export interface Skip {
  id: string;
  to: Target;
  decision: string;
  /** Running time (ms) when it was stored. */
  atMs: number;
}

export interface Ignored {
  id: string;
  kind: ControlKind;
  /** `phase`: not accepted in the phase it came in; `repeat`: the same skip again. */
  reason: 'phase' | 'repeat';
  phase: Phase;
}

export interface RunState {
  phase: Phase;
  /** The join code of the accepted `opened`. */
  code: string | undefined;
  /**
   * The running intervals on the LRS's clock (epoch ms of `stored`): [from, to), `to`
   * undefined for the one still running.
   */
  intervals: { from: number; to: number | undefined }[];
  /** The last accepted control: its stored instant and the running time at it. */
  last: { id: string; stored: number; runningMs: number } | undefined;
  /** Accepted injects not voided, in log order. */
  injects: Inject[];
  /** Accepted skips, once per (to, decision), in log order. */
  skips: Skip[];
  /** Controls that did nothing, in log order (the console says why). */
  ignored: Ignored[];
}

const ACCEPTS: Record<ControlKind, readonly Phase[]> = {
  opened: ['none'],
  started: ['lobby'],
  paused: ['running'],
  resumed: ['paused'],
  injected: ['lobby', 'running', 'paused'],
  skipped: ['running', 'paused'],
  ended: ['lobby', 'running', 'paused'],
};

/** The running time (ms) at an LRS instant, from the intervals alone. */
export function runningMsAt(state: Pick<RunState, 'intervals'>, stored: number): number {
  let total = 0;
  for (const { from, to } of state.intervals) {
    if (stored <= from) break;
    total += Math.min(stored, to ?? stored) - from;
  }
  return total;
}

/**
 * The running time to show now: the value at the last control this reader has seen, plus,
 * while running, what this reader's own monotonic clock measured since it saw that control.
 * One machine measuring its own interval; no two clocks are compared.
 */
export function runningNow(state: RunState, msSinceLastSeen: number): number {
  if (!state.last) return 0;
  const base = state.last.runningMs;
  return state.phase === 'running' ? base + Math.max(0, msSinceLastSeen) : base;
}

/** The injects meant for one trainee (to all, or to them), in log order. */
export function injectsFor(state: Pick<RunState, 'injects'>, account: string): Inject[] {
  return state.injects.filter((i) => i.to === 'all' || i.to === account);
}

/** The skips meant for one trainee, in log order. */
export function skipsFor(state: Pick<RunState, 'skips'>, account: string): Skip[] {
  return state.skips.filter((s) => s.to === 'all' || s.to === account);
}

export const initialState = (): RunState => ({
  phase: 'none',
  code: undefined,
  intervals: [],
  last: undefined,
  injects: [],
  skips: [],
  ignored: [],
});

const byLogOrder = (a: { stored: number; id: string }, b: { stored: number; id: string }) =>
  a.stored - b.stored || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Folds checked controls (and voids) into the run's state. Order and repeats do not matter.
 * An id names one statement (an LRS refuses a different statement with an id it holds), so a
 * repeat of an id is the same statement and is read once.
 */
export function replayControls(items: readonly (Control | Void)[]): RunState {
  const unique = new Map<string, Control | Void>();
  for (const item of items) if (!unique.has(item.id)) unique.set(item.id, item);
  // An LRS stops returning a voided statement, so a late reader never sees it: removing it
  // whatever it is gives early and late readers the same state.
  const voided = new Set<string>();
  for (const item of unique.values()) if (item.kind === 'voided') voided.add(item.target);
  const controls = [...unique.values()]
    .filter((c): c is Control => c.kind !== 'voided' && !voided.has(c.id))
    .sort(byLogOrder);

  const state = initialState();
  const skipped = new Set<string>();
  for (const c of controls) {
    if (!ACCEPTS[c.kind].includes(state.phase)) {
      state.ignored.push({ id: c.id, kind: c.kind, reason: 'phase', phase: state.phase });
      continue;
    }
    const at = runningMsAt(state, c.stored);
    switch (c.kind) {
      case 'opened':
        state.phase = 'lobby';
        state.code = c.fields.code;
        break;
      case 'started':
      case 'resumed':
        state.phase = 'running';
        state.intervals.push({ from: c.stored, to: undefined });
        break;
      case 'paused':
      case 'ended': {
        const open = state.intervals.at(-1);
        if (open && open.to === undefined) open.to = c.stored;
        state.phase = c.kind === 'paused' ? 'paused' : 'ended';
        break;
      }
      case 'injected': {
        const f = c.fields;
        state.injects.push({
          id: c.id,
          to: f.to,
          post: f.post,
          limitSeconds: f.limitSeconds,
          openedAtMs: at,
          deadlineMs: at + f.limitSeconds * 1000,
        });
        break;
      }
      case 'skipped': {
        const f = c.fields;
        const key = `${f.to}\u0000${f.decision}`;
        if (skipped.has(key)) {
          state.ignored.push({ id: c.id, kind: c.kind, reason: 'repeat', phase: state.phase });
          continue;
        }
        skipped.add(key);
        state.skips.push({ id: c.id, to: f.to, decision: f.decision, atMs: at });
        break;
      }
    }
    state.last = { id: c.id, stored: c.stored, runningMs: at };
  }
  return state;
}

/** What the replay set aside: statements that claimed to be controls but were not accepted. */
export interface SetAside {
  id: string | undefined;
  reason: 'foreign' | 'invalid';
}

/**
 * The run's state from statements as the LRS returned them (trainees' statements and
 * anything else are passed over), with the would-be controls that were refused.
 */
export function replay(
  log: readonly unknown[],
  registration: string,
  trust: Trust,
): { state: RunState; setAside: SetAside[] } {
  const items: (Control | Void)[] = [];
  const setAside = new Map<string, SetAside>();
  for (const statement of log) {
    const parsed = parseStatement(statement, registration, trust);
    if (parsed.ok) items.push(parsed.control);
    else if (parsed.reason === 'foreign' || parsed.reason === 'invalid') {
      const raw = (statement as { id?: unknown } | null)?.id;
      const id = typeof raw === 'string' ? raw.toLowerCase() : undefined;
      setAside.set(id ?? `#${setAside.size}`, { id, reason: parsed.reason });
    }
  }
  const refused = [...setAside.values()].sort((a, b) =>
    (a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : 0,
  );
  return { state: replayControls(items), setAside: refused };
}
