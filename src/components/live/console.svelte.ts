/**
 * The facilitator's console (docs/live-drills.md): the one owner of a live run on this
 * machine. It opens the run, sends controls through an outbox (room key), polls the run's log
 * (trainer key) and derives everything it shows from that log: the phase and running time
 * (replay), the lobby, the live board and the alerts (board). A reload reads the run back from
 * this machine's storage and replays the whole log again; a second console picks a run up from
 * its live link.
 *
 * Kept on this machine only: the run (plan, endpoint, room key, facilitator id, code) in
 * localStorage under "replylab:live-console:v1"; the trainer key in sessionStorage (this tab
 * only, gone when the browser closes). Neither goes into any link.
 */
import type { DrillPlan } from '../../lib/drill/plan';
import type { Scenario } from '../../lib/sim/schema';
import type { LrsClient } from '../../lib/drill/xapi-client';
import { StatementQueue, type QueueState } from '../../lib/drill/xapi-queue';
import {
  board,
  groupPicture,
  openedAuthority,
  type Board,
  type GroupPicture,
} from '../../lib/live/board';
import { joinCode, registrationOf } from '../../lib/live/join-code';
import { liveLink } from '../../lib/live/link';
import {
  controlStatement,
  LIVE_VERBS,
  voidStatement,
  type ControlFields,
  type ControlKind,
  type LiveContext,
} from '../../lib/live/protocol';
import { replay, runningNow, type RunState, initialState } from '../../lib/live/replay';
import { Poller } from './poller';
import { uuidV4 } from '../../lib/uuid';

export const RUN_KEY = 'replylab:live-console:v1';
/** The debrief's chosen decision and examples, per run (the projector tab follows it). */
export const DEBRIEF_KEY = 'replylab:live-debrief:v1:';
export const TRAINER_KEY = 'replylab:live-console-trainer:v1';
const FACILITATOR_KEY = 'replylab:live-facilitator:v1';

/** A run this console holds (stored as JSON under RUN_KEY). */
export interface ConsoleRun {
  plan: DrillPlan;
  /** The room key's Authorization header value. */
  room: string;
  facilitator: { id: string; name: string };
  code: string;
  registration: string;
}

export const basic = (pair: string) => `Basic ${btoa(pair.trim())}`;

/** The browser's storage of that kind, or undefined where the browser blocks it. */
export function browserStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[kind];
  } catch {
    return undefined;
  }
}

function readJson(storage: Storage | undefined, key: string): unknown {
  try {
    return JSON.parse(storage?.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}
function write(storage: Storage | undefined, key: string, value: string | undefined): void {
  try {
    if (value === undefined) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Blocked storage: the console works in this page; a reload would need the details again.
  }
}

/** The facilitator id: made once on this machine and kept (docs/live-drills.md, Identities). */
export function facilitatorId(storage: Storage | undefined): string {
  const known = readJson(storage, FACILITATOR_KEY);
  if (typeof known === 'string' && /^[A-Za-z0-9_-]{12}$/.test(known)) return known;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const id = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => alphabet[b & 63]).join(
    '',
  );
  write(storage, FACILITATOR_KEY, JSON.stringify(id));
  return id;
}

export class LiveConsole {
  readonly #local: Storage | undefined;
  readonly #session: Storage | undefined;
  /** False for a view that only reads the run (the projector): it keeps no outbox of its own. */
  readonly #sends: boolean;

  run = $state.raw<ConsoleRun | undefined>(undefined);
  /** The trainer key's Authorization header (this tab only). */
  trainer = $state<string | undefined>(undefined);
  /** Every statement of the run this console has read, by id. */
  log = $state.raw<unknown[]>([]);
  state = $state.raw<RunState>(initialState());
  board = $state.raw<Board>({ trainees: [], alerts: [], newest: undefined });
  picture = $derived.by<GroupPicture>(() => groupPicture(this.board.trainees));
  outbox = $state.raw<QueueState>({ pending: 0, failures: 0, lastError: null });
  /** Whether the last poll reached the LRS; undefined before the first. */
  reachable = $state<boolean | undefined>(undefined);
  /** Milliseconds of the last polls (newest last): the refresh time the bench reports. */
  refreshes = $state.raw<number[]>([]);
  /** performance.now() when the last control was taken in: running time counts from it. */
  seenAt = $state(0);
  /** Ticks the clock display (set by the island's timer). */
  now = $state(0);
  /** Posts of the drill's scenarios that can be sent in, and decisions that can be skipped. */
  scripted = $state.raw<{ scenario: string; beat: string; text: string; decision: boolean }[]>([]);
  /**
   * The group debrief on this machine: the decision chosen (`debrief.ts` decisionKey) and the
   * reply marked as the example for each decision (its statement id). Kept in localStorage
   * under DEBRIEF_KEY + registration, so the console and the projector tab show the same.
   */
  debrief = $state.raw<{ key: string; examples: Record<string, string> }>({
    key: '',
    examples: {},
  });
  /** Ids of the controls this console sent (to tell "ignored" controls of its own). */
  #sent = new Set<string>();
  #byId = new Map<string, unknown>();
  #poller: Poller | undefined;
  #queue: StatementQueue | undefined;
  #trainerClient: Promise<LrsClient> | undefined;

  constructor(
    local: Storage | undefined,
    session: Storage | undefined,
    options: { sends?: boolean } = {},
  ) {
    this.#sends = options.sends ?? true;
    this.#local = local;
    this.#session = session;
  }

  /** Reads back a run and the trainer key this machine holds. */
  restore(): void {
    const saved = readJson(this.#local, RUN_KEY) as ConsoleRun | null;
    const key = readJson(this.#session, TRAINER_KEY);
    if (typeof key === 'string') this.trainer = key;
    if (saved && typeof saved === 'object' && saved.plan?.lrs && saved.registration) {
      this.run = saved;
      this.#readDebrief();
      if (this.trainer) this.#follow();
    }
  }

  get running(): number {
    void this.now;
    return runningNow(this.state, performance.now() - this.seenAt);
  }

  get link(): string {
    const run = this.run;
    if (!run) return '';
    return liveLink(location.origin, run.plan, {
      room: run.room,
      facilitator: run.facilitator.id,
      code: run.code,
    });
  }

  #ctx(): LiveContext | undefined {
    const run = this.run;
    if (!run?.plan.lrs) return undefined;
    return {
      drill: { id: run.plan.id, hash: this.#hash },
      registration: run.registration,
      facilitator: { homePage: location.origin, ...run.facilitator },
    };
  }
  #hash = '';

  async #client(auth: string): Promise<LrsClient> {
    const endpoint = this.run?.plan.lrs?.endpoint ?? '';
    const { connectLrs } = await import('../../lib/drill/xapi-client');
    return connectLrs({ endpoint, auth });
  }

  /**
   * Opens a new run: a join code whose registration the LRS does not hold yet, then the
   * `opened` control. `plan.lrs` is where trainees write (their writer key).
   */
  async open(plan: DrillPlan, room: string, trainer: string, name: string): Promise<void> {
    this.trainer = trainer;
    write(this.#session, TRAINER_KEY, JSON.stringify(trainer));
    const reader = await (
      await import('../../lib/drill/xapi-client')
    ).connectLrs({
      endpoint: plan.lrs?.endpoint ?? '',
      auth: trainer,
    });
    let code = '';
    let registration = '';
    for (let attempt = 0; attempt < 5; attempt++) {
      code = joinCode(crypto.getRandomValues(new Uint8Array(32)));
      registration = await registrationOf(plan.id, code);
      const page = await reader.page({
        kind: 'query',
        params: { registration, limit: '1', ascending: 'true' },
      });
      if (page.statements.length === 0) break;
    }
    this.#adopt({
      plan,
      room,
      facilitator: { id: facilitatorId(this.#local), name: name.trim().slice(0, 80) || 'Trainer' },
      code,
      registration,
    });
    await this.#control('opened', { code });
  }

  /** Picks up a run from its live link (a second console, another machine). */
  join(run: ConsoleRun, trainer: string): void {
    this.trainer = trainer;
    write(this.#session, TRAINER_KEY, JSON.stringify(trainer));
    this.#adopt(run);
  }

  /** The trainer key again (a reloaded tab whose session storage was cleared). */
  unlock(trainer: string): void {
    this.trainer = trainer;
    write(this.#session, TRAINER_KEY, JSON.stringify(trainer));
    if (this.run) this.#follow();
  }

  #adopt(run: ConsoleRun): void {
    this.run = run;
    write(this.#local, RUN_KEY, JSON.stringify(run));
    this.#readDebrief();
    this.#follow();
  }

  #readDebrief(): void {
    const run = this.run;
    const saved = run ? readJson(this.#local, DEBRIEF_KEY + run.registration) : null;
    const ok =
      saved &&
      typeof saved === 'object' &&
      typeof (saved as { key?: unknown }).key === 'string' &&
      typeof (saved as { examples?: unknown }).examples === 'object' &&
      (saved as { examples?: unknown }).examples !== null;
    this.debrief = ok
      ? (saved as { key: string; examples: Record<string, string> })
      : { key: '', examples: {} };
  }

  #writeDebrief(next: { key: string; examples: Record<string, string> }): void {
    this.debrief = next;
    if (this.run) write(this.#local, DEBRIEF_KEY + this.run.registration, JSON.stringify(next));
  }

  /** Chooses the decision the debrief shows. */
  choose(key: string): void {
    this.#writeDebrief({ ...this.debrief, key });
  }

  /** Marks a reply (statement id) as the example of a decision; the same id again unmarks it. */
  markExample(key: string, id: string): void {
    const examples = { ...this.debrief.examples };
    if (examples[key] === id) delete examples[key];
    else examples[key] = id;
    this.#writeDebrief({ ...this.debrief, examples });
  }

  /**
   * Follows changes another tab of this machine makes (the console's debrief on the projector,
   * a run opened or closed). Returns the unsubscribe.
   */
  listen(): () => void {
    const on = (e: StorageEvent) => {
      if (!this.run) {
        if (e.key === RUN_KEY) this.restore();
        return;
      }
      if (e.key === DEBRIEF_KEY + this.run.registration) this.#readDebrief();
    };
    addEventListener('storage', on);
    return () => removeEventListener('storage', on);
  }

  /**
   * Keeps the console live while a page shows it: takes the run up where this machine left it,
   * follows the other tabs and ticks running time. Returns the cleanup for `onMount`.
   */
  attach(): () => void {
    this.restore();
    const unlisten = this.listen();
    const timer = setInterval(() => (this.now = performance.now()), 250);
    return () => {
      clearInterval(timer);
      unlisten();
      this.stop();
    };
  }

  /** Leaves the run on this machine (the log stays in the LRS). */
  close(): void {
    this.#poller?.stop();
    this.#queue?.stop();
    this.#poller = undefined;
    this.#queue = undefined;
    this.run = undefined;
    this.log = [];
    this.#byId.clear();
    this.state = initialState();
    this.board = { trainees: [], alerts: [], newest: undefined };
    write(this.#local, RUN_KEY, undefined);
  }

  stop(): void {
    this.#poller?.stop();
    this.#queue?.stop();
  }

  #follow(): void {
    const run = this.run;
    const trainer = this.trainer;
    if (!run?.plan.lrs || !trainer) return;
    this.#poller?.stop();
    void import('../../lib/drill/plan').then(async (m) => {
      this.#hash = await m.drillHash(run.plan);
    });
    this.#trainerClient = this.#client(trainer);
    void this.#loadScripted(run.plan);
    const endpoint = run.plan.lrs.endpoint;
    let roomClient: Promise<LrsClient> | undefined;
    // The console's outbox lives in localStorage, shared by every tab of this machine: only a
    // console flushes it, so a projector tab never sends a control twice.
    if (this.#local && this.#sends) {
      this.#queue = new StatementQueue({
        storage: this.#local,
        key: `replylab:xapi-outbox:v1:live-console:${endpoint}`,
        send: async (batch) => {
          roomClient ??= this.#client(run.room);
          try {
            await (await roomClient).send(batch);
          } catch (error) {
            if (!(error instanceof Error && 'status' in error)) roomClient = undefined;
            throw error;
          }
          this.#poller?.poke();
        },
        onChange: (state) => (this.outbox = state),
      });
      this.outbox = this.#queue.state;
      void this.#queue.flush();
    }
    this.#poller = new Poller({
      client: () => this.#trainerClient!,
      endpoint,
      registration: run.registration,
      fresh: (statements) => this.#take(statements),
      status: (ok, ms) => {
        this.reachable = ok;
        if (ok) this.refreshes = [...this.refreshes.slice(-199), ms];
      },
    });
    this.#poller.start();
  }

  async #loadScripted(plan: DrillPlan): Promise<void> {
    const out: { scenario: string; beat: string; text: string; decision: boolean }[] = [];
    for (const id of plan.scenarios) {
      try {
        const response = await fetch(`/drill/scenarios/${encodeURIComponent(id)}.json`);
        if (!response.ok) continue;
        const s = (await response.json()) as Scenario;
        for (const [beat, b] of Object.entries(s.beats)) {
          const message = b.messages?.find((m) => m.from === 'customer');
          if (message || b.decision)
            out.push({
              scenario: id,
              beat,
              text: message?.text[plan.lang] ?? beat,
              decision: b.decision !== undefined,
            });
        }
      } catch {
        // Offline or a scenario this site no longer has: its posts are not offered.
      }
    }
    this.scripted = out;
  }

  #take(statements: unknown[]): void {
    const run = this.run;
    if (!run) return;
    for (const s of statements) {
      const id = String((s as { id?: unknown }).id).toLowerCase();
      if (!this.#byId.has(id)) this.#byId.set(id, s);
    }
    const log = [...this.#byId.values()];
    this.log = log;
    const authority = openedAuthority(log, run.registration, LIVE_VERBS.opened);
    const { state } = replay(log, run.registration, {
      facilitator: { homePage: location.origin, id: run.facilitator.id },
      ...(authority ? { authority } : {}),
    });
    if (state.last?.id !== this.state.last?.id) this.seenAt = performance.now();
    this.state = state;
    this.board = board(log, run.registration);
  }

  /** The drill's hash (plan.ts `drillHash`), as every statement of the run carries it. */
  async drillHash(): Promise<string> {
    if (!this.#hash && this.run) {
      const { drillHash } = await import('../../lib/drill/plan');
      this.#hash = await drillHash(this.run.plan);
    }
    return this.#hash;
  }

  /** Whether a control this console sent did nothing (and why), for the status line. */
  get ignoredOwn() {
    return this.state.ignored.filter((i) => this.#sent.has(i.id));
  }

  async #control<K extends ControlKind>(kind: K, fields: ControlFields[K]): Promise<void> {
    await this.drillHash();
    const ctx = this.#ctx();
    if (!ctx || !this.#queue) return;
    const meta = { id: uuidV4(), timestamp: new Date().toISOString() };
    this.#sent.add(meta.id);
    this.#queue.enqueue(controlStatement(kind, ctx, fields, meta));
  }

  start = () => this.#control('started', {});
  pause = () => this.#control('paused', {});
  resume = () => this.#control('resumed', {});
  end = () => this.#control('ended', {});
  inject = (fields: ControlFields['injected']) => this.#control('injected', fields);
  skip = (fields: ControlFields['skipped']) => this.#control('skipped', fields);

  /** Withdraws an inject (voids it). */
  withdraw(injectId: string): void {
    const ctx = this.#ctx();
    if (!ctx || !this.#queue) return;
    const meta = { id: uuidV4(), timestamp: new Date().toISOString() };
    this.#queue.enqueue(voidStatement(ctx, injectId, meta));
  }
}
