import type { Lang } from '../../lib/vocabulary';
import type { Scenario } from '../../lib/sim/schema';
import type { ScoringEngine } from '../../lib/sim/player';
import { newSeed } from '../../lib/sim-ui/shuffle';
import { drillHash, type DrillPlan } from '../../lib/drill/plan';
import { decisionEntry, resultsContent, runContext, scenarioEntry } from '../../lib/drill/entry';
import { sealResults, type ResultsFile, type ScenarioResult } from '../../lib/drill/results';
import {
  decisionStatement,
  lifecycleStatement,
  type RunContext,
  type Statement,
} from '../../lib/drill/statements';
import { StatementQueue, outboxKey, type QueueState } from '../../lib/drill/xapi-queue';
import {
  cueBetween,
  latencyMs,
  minutesDue,
  openCountdown,
  remainingMs,
  secondsLeft,
  type Countdown,
} from '../../lib/drill/countdown';
import { decodeRun, runKey, type SavedRun, type ScenarioPlay } from '../../lib/drill/saved-run';
import { uuidV4 } from '../../lib/uuid';
import { fill } from '../../lib/i18n/format';
import type { DrillMessages } from '../../lib/i18n/drill';
import type { SimMessages } from '../sim/messages';
import type { PlaySession } from '../sim/session.svelte';
import type { Invite } from '../../lib/live/link';
import type { Phase, RunState } from '../../lib/live/replay';
import type { Anchor, Follower } from '../live/follower';
import type { LivePost } from '../live/injects';
import type { Channel } from '../../lib/vocabulary';

type Words = DrillMessages['runner'];

/**
 * Where the trainee is: giving their name, waiting for a scenario to load, playing it, reading a
 * scenario's result, or the drill's result at the end.
 */
export type Stage =
  | { kind: 'intro' }
  /** A live run: joined, waiting for the facilitator to start. */
  | { kind: 'lobby' }
  | { kind: 'loading'; failed: boolean }
  | { kind: 'play' }
  | { kind: 'scenario'; result: ScenarioResult }
  | { kind: 'done' };

/** The scorer of the drill's language, as its own chunk (loaded once the trainee starts). */
const ENGINES: Record<Lang, () => Promise<ScoringEngine>> = {
  de: () => import('../sim/engine-de'),
  en: () => import('../sim/engine-en'),
};

/**
 * The one owner of a drill run: the saved run (name, decisions, scenario results), the scenario
 * being played (its PlaySession, which owns the play itself), the drill clock and the
 * countdown, the announcements, the results file and the xAPI outbox. Components read it and
 * call its methods.
 *
 * Time comes from `Date.now()` on every tick, never from counting ticks: the simulated clock
 * owes `compression` minutes per real second since the scenario's clock started, and a
 * decision's deadline is a timestamp. A background tab whose timers the browser slows down,
 * or a reload, computes the same figures on its next tick.
 */
export class DrillRun {
  readonly plan: DrillPlan;
  readonly #words: Words;
  readonly #simWords: SimMessages;
  readonly #storage: Storage | undefined;

  stage = $state.raw<Stage>({ kind: 'intro' });
  /** The scenario being played (its session owns the feed, draft, channel and engine). */
  session = $state.raw<PlaySession | undefined>(undefined);
  /** Index in `plan.scenarios` of the scenario on screen. */
  index = $state(0);
  /** Milliseconds left for the open decision; undefined while no decision is open. */
  remaining = $state<number | undefined>(undefined);
  /** The countdown's announcement for screen readers (start, 30 s, 10 s, time up). */
  cue = $state('');
  /** A status line (resumed, repaired, damaged …). */
  note = $state('');
  /** The run so far (undefined before the trainee starts). */
  saved = $state.raw<SavedRun | undefined>(undefined);
  /** The sealed results file, once the drill has ended. */
  file = $state.raw<ResultsFile | undefined>(undefined);
  /** The xAPI outbox (drills with an LRS). */
  outbox = $state.raw<QueueState | undefined>(undefined);

  #hash = '';
  #scenarios = new Map<string, Scenario>();
  #play: ScenarioPlay | undefined;
  /** The saved play a scenario that failed to load would resume. */
  #resume: ScenarioPlay | undefined;
  #left = Infinity;
  /** While the runner lets a decision time out: the countdown that ran out. */
  #timingOut: Countdown | undefined;
  /** The moment a move takes place when the runner catches up on time (else now). */
  #at: number | undefined;
  #queue: StatementQueue | undefined;
  /** What every statement of this run shares (built once the run is known). */
  #ctx: RunContext | undefined;

  /** A live run's invite (from the live link); undefined for a solo drill. */
  readonly live: Invite | undefined;
  /** The live run's phase as this trainee last saw it. */
  livePhase = $state<Phase | undefined>(undefined);
  /** Announces the live run's changes (started, paused, resumed, ended). */
  liveNote = $state('');
  /** The controls could not be read the last time (the LRS is unreachable). */
  liveOffline = $state(false);
  #follower: Follower | undefined;
  #registration: string | undefined;
  /** A saved play to resume once the live run's state is known (after a reload). */
  #waiting: ScenarioPlay | undefined;
  #skipsDone = new Set<string>();
  #anchorWritten = 0;
  /** Posts the facilitator sent in for this trainee that are still open. */
  posts = $state.raw<LivePost[]>([]);
  /** The live run's running time (ms) at the last tick: the injects' countdowns read it. */
  liveClock = $state(0);
  #postsKnown = new Set<string>();
  #engine: Promise<ScoringEngine> | undefined;

  constructor(
    plan: DrillPlan,
    words: Words,
    simWords: SimMessages,
    storage?: Storage,
    live?: Invite,
  ) {
    this.plan = plan;
    this.#words = words;
    this.#simWords = simWords;
    this.#storage = storage;
    this.live = live;
  }

  /**
   * The drill's clock (ms): the real time in a solo drill; in a live run, the run's running
   * time (docs/live-drills.md, "Time"), which stands still while the facilitator pauses, so
   * every countdown and the simulated clock freeze and resume exactly.
   */
  #now(): number {
    return this.#follower ? this.#follower.now() : Date.now();
  }

  get #joinKey(): string {
    return `replylab:live-join:v1:${this.plan.id}`;
  }

  get scenarioId(): string {
    return this.plan.scenarios[this.index] ?? '';
  }

  /** On page load: the drill's hash, the outbox, and a run this browser was playing. */
  async open(): Promise<void> {
    this.#hash = await drillHash(this.plan);
    this.#connect();
    const raw = this.#read();
    if (this.live) return this.#openLive(raw);
    const decoded = decodeRun(raw, this.#hash, this.plan.scenarios.length, Date.now());
    if (!decoded.ok) {
      if (decoded.problem === 'damaged') this.note = this.#words.damaged;
      return;
    }
    this.saved = decoded.run;
    this.note = decoded.repaired ? this.#words.repaired : this.#words.resumed;
    await this.#context();
    await this.#continue(decoded.run.play);
  }

  /**
   * A live run after a reload: the saved run, the registration it joined and the running time
   * this browser last knew; the play resumes once the run's state is read from the log.
   */
  async #openLive(raw: string | null): Promise<void> {
    let join: { registration?: unknown; anchor?: unknown } | null;
    try {
      join = JSON.parse(this.#storage?.getItem(this.#joinKey) ?? 'null') as typeof join;
    } catch {
      return;
    }
    const registration = join?.registration;
    if (typeof registration !== 'string') return;
    // Saved times are running time, not dates: the clock is checked against the log instead.
    const decoded = decodeRun(raw, this.#hash, this.plan.scenarios.length, Number.MAX_SAFE_INTEGER);
    if (!decoded.ok) return;
    this.saved = decoded.run;
    this.#registration = registration;
    this.note = this.#words.resumed;
    await this.#context();
    if (decoded.run.finishedAt) return this.#continue(undefined);
    this.stage = { kind: 'lobby' };
    this.#waiting = decoded.run.play;
    const a = join?.anchor as Anchor | undefined;
    const anchor =
      a && typeof a.last === 'string' && Number.isFinite(a.running) && Number.isFinite(a.wall)
        ? a
        : undefined;
    await this.#follow(anchor);
  }

  async #follow(anchor: Anchor | undefined): Promise<void> {
    const lrs = this.plan.lrs;
    if (!this.live || !lrs || !this.#registration) return;
    const { Follower } = await import('../live/follower');
    this.#follower = new Follower({
      lrs,
      invite: this.live,
      registration: this.#registration,
      homePage: location.origin,
      anchor,
      changed: (state) => void this.#onLive(state),
      reachable: (ok) => (this.liveOffline = !ok),
    });
    this.#follower.start();
  }

  /** The live run changed (a control came in): follow it. */
  async #onLive(state: RunState): Promise<void> {
    const before = this.livePhase;
    this.livePhase = state.phase;
    if (before !== state.phase) this.liveNote = this.#words.live.phases[state.phase];
    if (state.phase === 'ended') {
      this.#follower?.stop();
      this.posts = [];
      if (this.stage.kind === 'intro' || this.stage.kind === 'done') return;
      const saved = this.saved;
      const played = this.session?.played;
      // The scenario in play ends unfinished.
      if (saved && played && this.#play) {
        saved.scenarios = [
          ...saved.scenarios,
          scenarioEntry(played.scenario, played.snapshot.context, undefined),
        ];
        this.#play = undefined;
      }
      return this.#finish();
    }
    if ((state.phase === 'running' || state.phase === 'paused') && this.stage.kind === 'lobby') {
      const play = this.#waiting;
      this.#waiting = undefined;
      await this.#continue(play);
    }
    this.#skip(state);
    await this.#takeInjects(state);
    this.tick();
  }

  /** New injects for this trainee arrive in their feed; withdrawn or skipped ones go. */
  async #takeInjects(state: RunState): Promise<void> {
    const saved = this.saved;
    if (!saved) return;
    const me = saved.run;
    const mine = state.injects.filter((i) => i.to === 'all' || i.to === me);
    const skipped = new Set(
      state.skips.filter((s) => s.to === 'all' || s.to === me).map((s) => s.decision),
    );
    const live = new Set(mine.filter((i) => !skipped.has(`inject:${i.id}`)).map((i) => i.id));
    if (this.posts.some((p) => !live.has(p.id)))
      this.posts = this.posts.filter((p) => live.has(p.id));
    const answered = new Set(
      saved.decisions.filter((d) => d.scenario.startsWith('inject:')).map((d) => d.target),
    );
    const fresh = mine.filter((i) => live.has(i.id) && !this.#postsKnown.has(i.id));
    if (!fresh.length) return;
    const { resolvePost } = await import('../live/injects');
    this.#engine ??= ENGINES[this.plan.lang]();
    for (const inject of fresh) {
      this.#postsKnown.add(inject.id);
      if (answered.has(inject.id)) continue;
      const post = await resolvePost(inject, this.plan.lang, (id) => this.#scenario(id)).catch(
        () => undefined,
      );
      if (!post) continue;
      this.posts = [...this.posts, post];
      this.liveNote = fill(this.#words.live.newPost, { name: post.persona.name });
    }
  }

  /** The trainee answers an inject (or its time ran out: channel "none", no text). */
  async answerPost(id: string, text: string, channel: Channel, timedOut = false): Promise<void> {
    const post = this.posts.find((p) => p.id === id);
    const saved = this.saved;
    if (!post || !saved || this.livePhase === 'ended') return;
    this.posts = this.posts.filter((p) => p.id !== id);
    const now = Math.min(this.#now(), post.deadlineMs);
    const latency = Math.max(0, now - post.openedAtMs);
    const responseMinutes = Math.round((latency / 1000) * this.plan.compression);
    const [{ scoringContext, injectDecision }, engine] = await Promise.all([
      import('../live/injects'),
      (this.#engine ??= ENGINES[this.plan.lang]()),
    ]);
    const evaluation = engine.scoreReply(
      scoringContext(post, this.plan.lang, responseMinutes, saved.trainee),
      { channel, reply: text },
    );
    const decision = injectDecision(post, { channel, text }, evaluation, {
      latencyMs: latency,
      timedOut,
      responseMinutes,
    });
    saved.decisions = [...saved.decisions, decision];
    this.saved = { ...saved };
    this.#report((ctx, meta) => [decisionStatement(ctx, decision, meta())]);
    this.cue = timedOut
      ? this.#words.timeUp
      : fill(this.#words.live.answered, { name: post.persona.name });
    this.#save();
  }

  /** Skips meant for this trainee that name the decision now open: it times out at once. */
  #skip(state: RunState): void {
    const me = this.saved?.run;
    const session = this.session;
    if (!me) return;
    for (const s of state.skips) {
      if ((s.to !== 'all' && s.to !== me) || this.#skipsDone.has(s.id)) continue;
      const countdown = this.#play?.countdown;
      const beat = session?.played?.snapshot.context.beat;
      if (!session || !countdown || session.phase !== 'play' || countdown.key !== this.#key())
        continue;
      if (s.decision !== `${this.scenarioId}#${beat}`) continue;
      this.#skipsDone.add(s.id);
      const now = this.#now();
      this.#clockTo(now);
      this.#timingOut = countdown;
      this.#at = now;
      try {
        session.timeOut();
      } finally {
        this.#timingOut = undefined;
        this.#at = undefined;
      }
      this.cue = this.#words.live.skipped;
      this.#countdown(now, true);
    }
  }

  /** The trainee gave their name (and, in a live run, the code) and pressed Start. */
  async start(name: string, code?: string): Promise<void> {
    this.note = '';
    if (this.live && code) {
      const { registrationOf } = await import('../live/follower');
      this.#registration = await registrationOf(this.plan.id, code);
      this.#writeJoin();
    }
    this.saved = {
      v: 1,
      hash: this.#hash,
      run: uuidV4(),
      trainee: name.trim().slice(0, 80),
      startedAt: new Date().toISOString(),
      decisions: [],
      scenarios: [],
    };
    this.#save();
    await this.#context();
    this.#report((ctx, meta) => [lifecycleStatement('initialized', ctx, meta())]);
    if (this.live) {
      this.stage = { kind: 'lobby' };
      return this.#follow(undefined);
    }
    await this.#continue(undefined);
  }

  #writeJoin(): void {
    if (!this.#registration) return;
    const anchor = this.#follower?.anchor();
    this.#anchorWritten = Date.now();
    try {
      this.#storage?.setItem(
        this.#joinKey,
        JSON.stringify({ registration: this.#registration, ...(anchor ? { anchor } : {}) }),
      );
    } catch {
      // Blocked storage: a reload rejoins from the log alone.
    }
  }

  /** Plays the drill again from the start (after the result; the old run is gone). */
  again(): void {
    try {
      this.#storage?.removeItem(runKey(this.plan.id));
    } catch {
      // Blocked storage: there is nothing kept to remove.
    }
    this.saved = undefined;
    this.file = undefined;
    this.session = undefined;
    this.#ctx = undefined;
    this.note = '';
    this.stage = { kind: 'intro' };
  }

  /** The scenario did not load (offline, a new deployment): try again. */
  async retry(): Promise<void> {
    await this.#playScenario(this.#resume);
  }

  /** From a scenario's result to the next scenario, or to the drill's result. */
  async next(): Promise<void> {
    await this.#continue(undefined);
  }

  /** The scenario has ended and its final reaction is on screen: on to its result. */
  showResult(): void {
    const result = this.saved?.scenarios.at(-1);
    if (result) this.stage = { kind: 'scenario', result };
  }

  /** Whatever comes next for the saved run: the scenario in play, a result, or the end. */
  async #continue(play: ScenarioPlay | undefined): Promise<void> {
    const saved = this.saved;
    if (!saved) return;
    const done = saved.scenarios.length;
    if (done >= this.plan.scenarios.length) return this.#finish();
    const last = saved.scenarios.at(-1);
    // A reload between scenarios shows the result the trainee was reading.
    if (!play && this.stage.kind !== 'scenario' && last) {
      this.index = done - 1;
      this.stage = { kind: 'scenario', result: last };
      return;
    }
    this.index = done;
    await this.#playScenario(play);
  }

  async #scenario(id: string): Promise<Scenario> {
    const known = this.#scenarios.get(id);
    if (known) return known;
    const response = await fetch(`/drill/scenarios/${encodeURIComponent(id)}.json`);
    if (!response.ok) throw new Error(`${id}: HTTP ${response.status}`);
    const scenario = (await response.json()) as Scenario;
    this.#scenarios.set(id, scenario);
    return scenario;
  }

  async #playScenario(play: ScenarioPlay | undefined): Promise<void> {
    const saved = this.saved;
    if (!saved) return;
    this.#resume = play;
    this.stage = { kind: 'loading', failed: false };
    this.session = undefined;
    this.remaining = undefined;
    let session: PlaySession;
    try {
      // The play (session, engine, components) loads when a scenario starts, not with the
      // briefing: the page's initial JavaScript stays within its budget.
      const [scenario, { PlaySession }] = await Promise.all([
        this.#scenario(this.scenarioId),
        import('../sim/session.svelte'),
      ]);
      session = new PlaySession(
        scenario,
        this.plan.lang,
        this.#simWords,
        '',
        ENGINES[this.plan.lang],
        {
          // compression is simulated minutes per real second; the session counts per minute.
          rate: this.plan.compression * 60,
          changed: (ended) => this.#changed(ended),
        },
      );
      // The clock starts once the trainee can act, as in the simulator.
      await session.loadEngine();
    } catch {
      this.stage = { kind: 'loading', failed: true };
      return;
    }
    this.session = session;
    const hosted = (snapshot: unknown) =>
      session.host({
        agentName: saved.trainee,
        input: this.plan.input,
        hints: this.plan.hints,
        seed: play?.seed ?? newSeed(),
        ...(snapshot === undefined ? {} : { snapshot, draft: play?.draft ?? '' }),
      });
    if (play && !hosted(play.snapshot)) {
      // The saved play no longer fits: the scenario starts again, without its old decisions.
      this.note = this.#words.restartedScenario;
      saved.decisions = saved.decisions.filter((d) => d.scenario !== this.scenarioId);
      play = undefined;
    }
    if (!play) hosted(undefined);
    this.#play = play ?? {
      snapshot: undefined,
      seed: session.seed,
      draft: '',
      clockFrom: this.#now(),
      applied: 0,
    };
    this.#left = play?.countdown ? remainingMs(play.countdown, this.#now()) : Infinity;
    this.stage = { kind: 'play' };
    const resumed = play?.countdown;
    this.tick();
    if (resumed && this.#play?.countdown === resumed && this.remaining !== undefined)
      this.cue = fill(this.#words.countdownResumed, { seconds: secondsLeft(this.remaining) });
    this.#save();
  }

  /**
   * Brings the drill up to the real time `now`: first to a deadline that has passed (the
   * simulated clock to that moment, then the time-out through the engine), then the simulated
   * clock to now, then the countdown of whichever decision is open.
   */
  tick(now = this.#now()): void {
    if (this.#follower) this.liveClock = now;
    if (this.#follower && Date.now() - this.#anchorWritten > 1000) this.#writeJoin();
    for (const post of this.posts)
      if (now >= post.deadlineMs && this.livePhase === 'running')
        void this.answerPost(post.id, '', 'none', true);
    const session = this.session;
    const play = this.#play;
    if (!session || !play || this.stage.kind !== 'play' || session.phase !== 'play') {
      this.remaining = undefined;
      return;
    }
    // A tab the browser kept asleep may have missed several deadlines: each decision times out
    // at its own deadline, and the one after it opens at that moment, not when the tab wakes.
    let timedOut = false;
    for (let step = 0; step < 100; step++) {
      const countdown = play.countdown;
      if (!countdown || now < countdown.deadline || countdown.key !== this.#key()) break;
      this.#clockTo(countdown.deadline);
      if (countdown.key === this.#key() && session.phase === 'play') {
        this.#timingOut = countdown;
        this.#at = countdown.deadline;
        try {
          session.timeOut();
        } finally {
          this.#timingOut = undefined;
          this.#at = undefined;
        }
        this.cue = this.#words.timeUp;
        timedOut = true;
      }
      if (session.phase !== 'play') break;
      this.#countdown(countdown.deadline, timedOut);
      if (play.countdown === countdown) break;
    }
    this.#clockTo(now);
    this.#countdown(now, timedOut);
  }

  /** Passes the simulated minutes the drill clock owes up to the real moment `at`. */
  #clockTo(at: number): void {
    const play = this.#play;
    const session = this.session;
    if (!play || !session) return;
    const due = minutesDue(play.clockFrom, at, this.plan.compression, play.applied);
    if (due <= 0 || session.phase !== 'play') return;
    play.applied += due;
    this.#at = at;
    try {
      session.pass(due);
    } finally {
      this.#at = undefined;
    }
  }

  /** Which decision is open: none, or one per scenario, engine record count and beat. */
  #key(): string | undefined {
    const played = this.session?.played;
    const view = this.session?.view;
    if (!played || !view?.awaiting || view.open.length === 0 || view.ending) return undefined;
    const c = played.snapshot.context;
    return `${this.index}:${c.decisions.length}:${c.beat}`;
  }

  /** Opens the countdown of a decision that has just opened (at `now`), and reads it. */
  #countdown(now: number, timedOut: boolean): void {
    const play = this.#play;
    const key = this.#key();
    if (!play || !key) {
      this.remaining = undefined;
      return;
    }
    if (play.countdown?.key !== key) {
      play.countdown = { key, ...openCountdown(now, this.plan.decisionSeconds) };
      this.#left = this.plan.decisionSeconds * 1000;
      const start = fill(this.#words.countdownStart, { seconds: this.plan.decisionSeconds });
      // The time-out and the next decision in one announcement, so neither hides the other.
      this.cue = timedOut ? `${this.#words.timeUp} ${start}` : start;
      this.#save();
    }
    const left = remainingMs(play.countdown, now);
    const cue = cueBetween(this.#left, left);
    if (cue !== undefined)
      this.cue = cue === 0 ? this.#words.timeUp : fill(this.#words.countdownLeft, { seconds: cue });
    this.#left = left;
    this.remaining = left;
  }

  /**
   * The session made a move (or the draft changed): every decision the engine recorded since
   * becomes a results-file entry (and a statement), the scenario's result when it ended, and
   * the run is saved.
   */
  #changed(ended: boolean): void {
    const saved = this.saved;
    const played = this.session?.played;
    if (!saved || !played) return;
    const context = played.snapshot.context;
    const id = played.scenario.id;
    const known = saved.decisions.filter((d) => d.scenario === id).length;
    const at = this.#at ?? this.#now();
    // The countdown belongs to the first new record's decision (its key counts the records
    // before it); a record of a decision that never opened (e.g. before `opensAfter`) took 0 ms.
    const open = this.#play?.countdown;
    const countdown = open?.key.startsWith(`${this.index}:${known}:`) ? open : undefined;
    const fresh = context.decisions.slice(known).map((record) => {
      const timedOut = this.#timingOut !== undefined && record.action.type === 'none';
      return decisionEntry(played.scenario, context, record, {
        latencyMs: countdown ? latencyMs(countdown, at, timedOut) : 0,
        timedOut,
      });
    });
    if (fresh.length) {
      saved.decisions = [...saved.decisions, ...fresh];
      this.#report((ctx, meta) => fresh.map((d) => decisionStatement(ctx, d, meta())));
    }
    if (ended) {
      const result = scenarioEntry(played.scenario, context, context.beat);
      saved.scenarios = [...saved.scenarios, result];
      this.#play = undefined;
      this.remaining = undefined;
      this.cue = this.#words.ended;
    }
    this.saved = { ...saved };
    this.#save();
  }

  /** Every scenario is done: the results file, sealed, and the final statements (once). */
  async #finish(): Promise<void> {
    const saved = this.saved;
    if (!saved) return;
    this.session = undefined;
    this.#play = undefined;
    this.remaining = undefined;
    this.stage = { kind: 'done' };
    const finishedAt = saved.finishedAt ?? new Date().toISOString();
    const content = await resultsContent({
      plan: this.plan,
      run: saved.run,
      trainee: { name: saved.trainee },
      startedAt: new Date(saved.startedAt),
      finishedAt: new Date(finishedAt),
      decisions: saved.decisions,
      scenarios: saved.scenarios,
    });
    this.file = await sealResults(content);
    if (!saved.reported) {
      const durationMs = Date.parse(finishedAt) - Date.parse(saved.startedAt);
      const verdict = content.summary.passed ? 'passed' : 'failed';
      this.#report((ctx, meta) => [
        lifecycleStatement('completed', ctx, { ...meta(), durationMs }),
        lifecycleStatement(verdict, ctx, {
          ...meta(),
          durationMs,
          summary: content.summary,
          scenarios: content.scenarios,
        }),
      ]);
    }
    this.saved = { ...saved, finishedAt, reported: true };
    this.#save();
  }

  #read(): string | null {
    try {
      return this.#storage?.getItem(runKey(this.plan.id)) ?? null;
    } catch {
      return null;
    }
  }

  #save(): void {
    const saved = this.saved;
    const session = this.session;
    if (!saved) return;
    const play =
      this.#play && session
        ? {
            ...this.#play,
            snapshot: session.persisted(),
            seed: session.seed,
            draft: session.draft,
          }
        : undefined;
    const { play: _old, ...rest } = saved;
    try {
      this.#storage?.setItem(runKey(this.plan.id), JSON.stringify(play ? { ...rest, play } : rest));
    } catch {
      // Storage full or blocked: the run goes on in this page; only a reload would lose it.
    }
  }

  /** The drill's LRS outbox: statements wait in localStorage and are retried with backoff. */
  #connect(): void {
    const lrs = this.plan.lrs;
    const storage = this.#storage;
    if (!lrs || !storage) return;
    let client: Promise<import('../../lib/drill/xapi-client').LrsClient> | undefined;
    this.#queue = new StatementQueue({
      storage,
      key: outboxKey(lrs.endpoint),
      send: async (batch) => {
        // The client (≈ 17 KB) loads only for drills with an LRS, and only when it sends.
        client ??= import('../../lib/drill/xapi-client').then((m) => m.connectLrs(lrs));
        try {
          await (await client).send(batch);
        } catch (error) {
          if (!(error instanceof Error && 'status' in error)) client = undefined;
          throw error;
        }
      },
      onChange: (state) => (this.outbox = state),
    });
    this.outbox = this.#queue.state;
    // What an earlier visit left in the outbox goes now.
    void this.#queue.flush();
  }

  /** Sends what is waiting again (the browser is back online). */
  flush(): void {
    void this.#queue?.flush();
  }

  async #context(): Promise<void> {
    const saved = this.saved;
    if (saved && this.#queue) {
      const ctx = await runContext(this.plan, saved.run, saved.trainee, location.origin);
      this.#ctx = this.#registration ? { ...ctx, registration: this.#registration } : ctx;
    }
  }

  /**
   * Queues statements in the same task as the run is saved, so a reload neither loses nor
   * repeats them.
   */
  #report(
    build: (ctx: RunContext, meta: () => { id: string; timestamp: string }) => Statement[],
  ): void {
    const ctx = this.#ctx;
    if (!this.#queue || !ctx) return;
    const meta = () => ({ id: uuidV4(), timestamp: new Date().toISOString() });
    this.#queue.enqueue(...build(ctx, meta));
  }
}
