import type { Lang } from '../../lib/vocabulary';
import type { Finding } from '../../lib/scoring/types';
import type { Scenario } from '../../lib/sim/schema';
import { firstBeat, startMinutes, type SimEvent, type TraineeAction } from '../../lib/sim/compile';
import { waitSteps } from '../../lib/sim/waits';
import {
  replaySimulation,
  restoreSimulation,
  startSimulation,
  textIn,
  type Simulation,
} from '../../lib/sim/driver';
import type { KeptPlay } from '../../lib/export/suspend';
import { decodeMoves, encodeMoves } from '../../lib/sim/moves';
import { cleanName, withEngine, type ScoringEngine } from '../../lib/sim/player';
import { gameView, type SnapshotLike } from '../../lib/sim-ui/to-view';
import type { DebriefData, GameView, MessageChannel } from '../../lib/sim-ui/view';
import { combineEvaluations } from '../../lib/sim/claims';
import { formatDuration, minutesUntilMorning, thinkingMinutes } from '../../lib/sim-ui/clock';
import { lengthLimit, replyLength } from '../../lib/sim-ui/length';
import { newSeed } from '../../lib/sim-ui/shuffle';
import { fill } from '../../lib/i18n/format';
import {
  attachDebrief,
  attempts,
  clearInProgress,
  findAttempt,
  recordAttempt,
  saveInProgress,
  type Attempts,
  type InProgress,
  type InputMode,
  type Mode,
} from '../../stores/attempts';
import { rememberTrainee, trainee } from '../../stores/trainee';
import { ActorState } from './actor-state.svelte';
import type { SimMessages } from './messages';
import { watchTabs } from './tabs';

export type ScenarioData = Scenario;

/**
 * Where the trainee is: choosing how to practise, playing, watching the final reaction after
 * the ending, or reading a debrief (the one just played, or a past one reopened).
 */
export type Phase = 'setup' | 'play' | 'reaction' | 'debrief';

/** A wait button: simulated minutes, or until 08:00 the next day. */
export type Wait = number | 'morning';

import { DEBRIEF_PARAM } from './play-address';
export { DEBRIEF_PARAM };

/**
 * A second Send this soon after the last, with nothing new on screen since, is the rest of a
 * double press, not a new reply: it is dropped instead of answered with "write a reply first".
 */
const SEND_DEBOUNCE_MS = 600;
/** The draft is saved this long after the last keystroke (and when the page is hidden). */
const DRAFT_SAVE_MS = 500;

/**
 * Parts of the screen that only some plays need, loaded when a play needs them: the option
 * list (choice mode), the live hints (coaching with free text) and the debrief (at the end).
 * They stay out of the page's initial JavaScript (60 KB budget); each loads once, and the
 * screen shows it as soon as it is there.
 */
class Parts {
  choices = $state.raw<typeof import('./ChoiceList.svelte').default>();
  hints = $state.raw<typeof import('./LiveHints.svelte').default>();
  debrief = $state.raw<typeof import('./DebriefPart.svelte').default>();

  load(part: 'choices' | 'hints' | 'debrief'): void {
    if (this[part]) return;
    const loaded =
      part === 'choices'
        ? import('./ChoiceList.svelte')
        : part === 'hints'
          ? import('./LiveHints.svelte')
          : import('./DebriefPart.svelte');
    void loaded.then((m) => (this[part] = m.default as never));
  }
}

/** Whether two saved games are the same moment of the same game (another tab may have moved on). */
function sameProgress(a: InProgress | undefined, b: InProgress | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.startedAt === b.startedAt &&
    a.elapsedMs === b.elapsedMs &&
    (a.draft ?? '') === (b.draft ?? '') &&
    JSON.stringify(a.snapshot) === JSON.stringify(b.snapshot)
  );
}

/**
 * A host other than the simulator page (the drill runner): it keeps the play's state itself,
 * so the session neither writes the simulator's saved game nor records an attempt.
 */
export interface SessionHost {
  /** Simulated minutes per real minute, instead of the scenario's own rate. */
  rate: number;
  /** Called after every change the host may want to keep; `ended` once the scenario ends. */
  changed(ended: boolean): void;
}

/** How a host starts (or resumes) a play without the setup form. */
export interface HostedPlay {
  agentName: string | undefined;
  input: InputMode;
  /** Coaching hints while typing (free text only). */
  hints: boolean;
  /** The option order in choice mode (kept across a reload). */
  seed: number;
  /** A snapshot from `persisted()` to resume; absent for a new play. */
  snapshot?: unknown;
  /** The draft to put back on resume. */
  draft?: string;
}

/**
 * A play that reached its ending, for whoever embeds the simulator (the LMS player reports
 * each decision): the scenario, the engine's context at the end (decisions and feed), and per
 * decision the real milliseconds since the previous move of this session (0 when unknown,
 * e.g. for moves made before a reload).
 */
export interface FinishedPlay {
  scenario: Scenario;
  decisions: SnapshotLike['context']['decisions'];
  feed: SnapshotLike['context']['feed'];
  latenciesMs: number[];
  overall: number;
}

/**
 * Where a play in progress is also kept outside this browser (the LMS player: suspend_data).
 * A play it holds is resumed in preference to the browser's saved game, rebuilt from its moves
 * once the scorer has loaded; every change is handed to it, and an ending or giving up clears it.
 */
export interface PlayKeeper {
  /** The play kept for this scenario, if any. */
  kept(): KeptPlay | undefined;
  /**
   * The play as it stands now; undefined once it has ended, was given up or cannot be kept.
   * `clock` when only thinking time moved the clock (the keeper may write it less often).
   */
  keep(play: KeptPlay | undefined, clock?: boolean): void;
  /** What the feed shows for a free-text reply whose words were not kept. */
  lostReply: string;
}

/** A link the status line offers (e.g. to the same scenario in the language it was played in). */
export interface NoteLink {
  href: string;
  text: string;
}

/**
 * The one owner of a play's state: the engine's simulation, the draft, the channel and the post
 * the trainee answers, their name, the clock (thinking time, pause), saving, the other tabs and
 * the attempt record with its debrief. Components receive the session and call its methods;
 * nothing else holds a copy, so the hints, the composer and the engine always agree on which
 * channel and post are meant.
 */
export class PlaySession {
  readonly lang: Lang;
  readonly #scenario: Scenario;
  readonly #words: SimMessages;
  readonly #fingerprint: string;
  readonly #loadEngine: () => Promise<ScoringEngine>;
  readonly #host: SessionHost | undefined;
  /** The scorer, once its chunk has loaded; moves and hints wait for it. */
  #engine = $state.raw<ScoringEngine | undefined>(undefined);
  #engineLoading: Promise<ScoringEngine> | undefined;
  /** The move asked for while the scorer was still loading; it runs as soon as it is there. */
  #queued: (() => void) | undefined;

  phase = $state<Phase>('setup');
  mode = $state<Mode>('coaching');
  input = $state<InputMode>('free');
  /** The trainee's name as typed in the setup (saved in this browser). */
  agentName = $state('');
  draft = $state('');
  channel = $state<MessageChannel>('public');
  /** The option picked in choice mode. */
  choice = $state<string | undefined>(undefined);
  paused = $state(false);
  /** A status line above the game (resumed, damaged save …), with an optional link. */
  note = $state('');
  noteLink = $state.raw<NoteLink | undefined>(undefined);
  /** What a screen reader hears after a move (new posts, an escalation). */
  announcement = $state('');
  /** Why the last send did not go through. */
  error = $state('');
  /** A send waits for the scorer to load. */
  sending = $state(false);
  /**
   * The language a saved game of this scenario was started in, when it is not the page's: the
   * game is not resumed here (languages would mix); the trainee finishes it there or restarts.
   */
  conflict = $state<Lang | undefined>(undefined);
  /** The same scenario is open in another tab of this browser. */
  otherTab = $state(false);
  /** Another tab has moved this game on or ended it: this tab's state is out of date. */
  stale = $state(false);
  /** The debrief on screen: the one just played, or a past one reopened. */
  debrief = $state.raw<DebriefData | undefined>(undefined);
  /** When the attempt whose debrief is on screen ended (ISO date: its id in links). */
  debriefDate = $state<string | undefined>(undefined);
  /** Whether the debrief on screen is a past one (reopened from a link), not this play's. */
  reopened = $state(false);

  #chosenTarget = $state('');
  #sim = $state.raw<Simulation | undefined>(undefined);
  #actor = $state.raw<ActorState<SnapshotLike, SimEvent> | undefined>(undefined);
  #seed = 0;
  #startedAt = '';
  #elapsedMs = 0;
  #thinkingMs = 0;
  #saved = false;
  #lastSend = { at: -Infinity, feed: -1 };
  #draftTimer: ReturnType<typeof setTimeout> | undefined;
  /** The saved game as this tab last wrote it; anything else in the store came from elsewhere. */
  #written: InProgress | undefined;
  /** When the attempt just played ended (its id). */
  #attemptDate = '';
  readonly #onFinish: ((play: FinishedPlay) => void) | undefined;
  readonly #keeper: PlayKeeper | undefined;
  /** Real latency per decision index of this game (see FinishedPlay). */
  #latencies: number[] = [];
  #lastMoveAt = 0;
  /** A move of thinking time is being made (see `PlayKeeper.keep`). */
  #ticking = false;

  constructor(
    scenario: Scenario,
    lang: Lang,
    words: SimMessages,
    fingerprint: string,
    loadEngine: () => Promise<ScoringEngine>,
    host?: SessionHost,
    onFinish?: (play: FinishedPlay) => void,
    keeper?: PlayKeeper,
  ) {
    this.#host = host;
    this.#keeper = keeper;
    this.#scenario = scenario;
    this.lang = lang;
    this.#words = words;
    this.#fingerprint = fingerprint;
    this.#loadEngine = loadEngine;
    this.#onFinish = onFinish;
  }

  readonly parts = new Parts();

  get scenarioId(): string {
    return this.#scenario.id;
  }

  /** Whether the scorer has loaded (until then Send and the hints wait). */
  get ready(): boolean {
    return this.#engine !== undefined;
  }

  /**
   * Starts loading the scorer (once). A play starts it (`#use`): on a phone, loading and
   * compiling the scorer while the scenario's introduction is read would block the page just
   * after first paint, and the trainee needs it only once a post is on screen.
   */
  loadEngine(): Promise<ScoringEngine> {
    this.#engineLoading ??= this.#loadEngine().then(
      (engine) => {
        this.#engine = engine;
        const queued = this.#queued;
        this.#queued = undefined;
        this.sending = false;
        if (queued) queued();
        else this.#warmUp(engine);
        return engine;
      },
      (error: unknown) => {
        // A failed chunk (offline, a new deployment) may load on the next try.
        this.#engineLoading = undefined;
        this.#queued = undefined;
        this.sending = false;
        this.error = this.#words.engineFailed;
        throw error;
      },
    );
    return this.#engineLoading;
  }

  /**
   * The scorer's first call is several times slower than the next ones (its patterns compile,
   * the browser optimises): it is made once, when the browser is idle, on the scenario's own
   * first post and model reply, so the trainee's first Send is as quick as every other.
   */
  #warmUp(engine: ScoringEngine): void {
    const run = () => {
      const beat = this.#scenario.beats[firstBeat(this.#scenario)];
      const decision = beat?.decision;
      const model = decision?.options.find((o) => o.id === decision.model);
      const post = textIn(beat?.messages[0]?.text, this.lang);
      const kind = this.#scenario.kind === 'mixed' ? 'complaint' : this.#scenario.kind;
      engine.scoreReply(
        {
          lang: this.lang,
          kind,
          customerName: this.#scenario.customer.name,
          post,
          responseMinutes: 0,
        },
        { channel: 'public', reply: textIn(model?.text, this.lang) || post },
      );
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 0);
  }

  /** The driver's scorer calls go through here, so a game can be on screen before it loads. */
  readonly #proxy: ScoringEngine = {
    scoreReply: (context, action) => this.#need().scoreReply(context, action),
    liveHints: (context, draft, channel) => this.#need().liveHints(context, draft, channel),
  };
  #need(): ScoringEngine {
    if (!this.#engine) throw new Error('The scorer is called before it has loaded.');
    return this.#engine;
  }

  /** Runs a move now, or as soon as the scorer is there (the last one asked for wins). */
  #whenReady(move: () => void): void {
    if (this.#engine) return move();
    this.#queued = move;
    this.sending = true;
    void this.loadEngine().catch(() => undefined);
  }

  #options(agentName: string | undefined) {
    return withEngine({ lang: this.lang, agentName }, this.#proxy);
  }

  /** The scenario as played (`{agent}` filled) and the engine's snapshot. */
  get played(): { scenario: Scenario; snapshot: SnapshotLike } | undefined {
    const sim = this.#sim;
    const actor = this.#actor;
    return sim && actor ? { scenario: sim.scenario, snapshot: actor.snapshot } : undefined;
  }

  /** Simulated minutes per real minute of thinking. */
  get rate(): number {
    return this.#host?.rate ?? this.#scenario.timeRate;
  }

  get platform(): string {
    return this.#scenario.platform;
  }

  /** Everything the screen shows now; undefined before the game starts. */
  readonly view: GameView | undefined = $derived.by(() => {
    const sim = this.#sim;
    const actor = this.#actor;
    if (!sim || !actor) return undefined;
    return gameView(
      sim.scenario,
      actor.snapshot,
      this.lang,
      this.#words,
      cleanName(this.agentName),
      this.input === 'choice' ? this.#seed : undefined,
    );
  });

  /**
   * The post the trainee acts on: their pick while it is open; the only open post; none while
   * several wait and nothing is picked (deciding which comes first is part of the exercise).
   */
  readonly target: string = $derived.by(() => {
    const open = this.view?.open ?? [];
    if (open.some((o) => o.id === this.#chosenTarget)) return this.#chosenTarget;
    return open.length === 1 ? (open[0]?.id ?? '') : '';
  });

  /** The most characters a reply on the chosen channel may have here (X: 280 in public). */
  get limit(): number {
    return lengthLimit(this.#scenario.platform, this.channel);
  }
  /** The draft's length as the platform counts it. */
  get length(): number {
    return replyLength(this.draft, this.#scenario.platform);
  }

  /** Coaching hints on the draft, scored on the channel and post the trainee picked. */
  readonly hints: Finding[] = $derived.by(() => {
    const sim = this.#sim;
    if (!sim || !this.#engine || this.mode !== 'coaching' || this.input !== 'free') return [];
    // Read the snapshot so the hints follow the clock.
    void this.#actor?.snapshot;
    const on = this.target || this.view?.awaiting?.postId || '';
    return on ? sim.hints(this.draft, this.channel, on) : [];
  });

  setDraft(text: string): void {
    this.draft = text;
    if (this.error === this.#words.emptyReply) this.error = '';
    clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(() => this.#persist(), DRAFT_SAVE_MS);
  }
  setChannel(channel: MessageChannel): void {
    this.channel = channel;
    this.#persist();
  }
  setTarget(id: string): void {
    this.#chosenTarget = id;
    this.error = '';
    this.#persist();
  }
  choose(id: string): void {
    this.choice = id;
    this.error = '';
  }
  togglePause(): void {
    this.paused = !this.paused;
  }

  /** Saves what is pending now (the page is being hidden or left). */
  flush(): void {
    if (this.#draftTimer === undefined) return;
    clearTimeout(this.#draftTimer);
    this.#draftTimer = undefined;
    this.#persist();
  }

  /** The setup form was submitted: take the trainee's choices and start a new game. */
  begin(form: FormData): void {
    this.mode = form.get('sim-mode') === 'assessment' ? 'assessment' : 'coaching';
    this.input = form.get('sim-input') === 'choice' ? 'choice' : 'free';
    const name = form.get('sim-name');
    if (typeof name === 'string') {
      rememberTrainee(name);
      this.agentName = trainee.get();
    }
    this.#start();
  }

  /** Plays again from the start, in the same or the other mode. */
  restart(otherMode: boolean): void {
    if (otherMode) this.mode = this.mode === 'coaching' ? 'assessment' : 'coaching';
    this.#start();
  }

  /** Gives up the game in progress: nothing is scored or kept; the setup shows again. */
  abandon(): void {
    this.#leave();
    this.phase = 'setup';
    this.#written = undefined;
    clearInProgress(this.#scenario.id);
    this.#keeper?.keep(undefined);
    this.note = this.#words.abandoned;
  }

  /** The saved game was started in another language: drop it and start afresh here. */
  startOverHere(): void {
    this.conflict = undefined;
    this.noteLink = undefined;
    this.note = '';
    this.#written = undefined;
    clearInProgress(this.#scenario.id);
  }

  /** Another tab moved the game on: take over its saved state (or its end). */
  loadLatest(): void {
    this.stale = false;
    this.#leave();
    this.phase = 'setup';
    this.#resume(attempts.get());
  }

  /**
   * On page load: the saved name; the past debrief the address asks for (`?debrief=`), else the
   * game in progress if it still fits the scenario and the page's language (which starts loading
   * the scorer). Starts watching other tabs; returns what stops the watching.
   */
  open(search: string): () => void {
    this.agentName = trainee.get();
    // Say hello to other tabs first: one that is playing stops its clock as soon as it hears.
    const unwatch = watchTabs(this.#scenario.id, (present) => (this.otherTab = present));
    const stored = attempts.get();
    if (stored.recovered) this.note = this.#words.recovered;
    const wanted = new URLSearchParams(search).get(DEBRIEF_PARAM);
    const kept = this.#keeper?.kept();
    const local = stored.scenarios[this.#scenario.id]?.inProgress;
    if (wanted && this.#reopen(stored, wanted)) {
      // A past debrief is on screen.
    } else if (kept && local?.moves !== encodeMoves(kept.moves)) this.#resumeKept(kept);
    // This browser's saved game is the kept one (with the words of its replies), or none is kept.
    else this.#resume(stored);
    const unlisten = attempts.listen((value) => this.#changedElsewhere(value));
    return () => {
      unlisten();
      unwatch();
    };
  }

  /** Shows a past debrief; false if it is not stored (any more) or belongs to another language. */
  #reopen(stored: Attempts, date: string): boolean {
    const attempt = findAttempt(stored, this.#scenario.id, date);
    const debrief = attempt?.debrief;
    if (!debrief) {
      this.note = this.#words.debriefGone;
      this.#setAddress(undefined);
      return false;
    }
    if (debrief.lang !== this.lang) {
      const language = this.#words.languageNames[debrief.lang];
      this.note = fill(this.#words.debriefOtherLang, { language });
      this.noteLink = {
        href: `/${debrief.lang}/scenarios/${this.#scenario.id}/?${DEBRIEF_PARAM}=${encodeURIComponent(date)}`,
        text: fill(this.#words.openIn, { language }),
      };
      return false;
    }
    this.mode = attempt.mode;
    this.input = attempt.input;
    this.debrief = debrief;
    this.debriefDate = date;
    this.reopened = true;
    this.parts.load('debrief');
    this.phase = 'debrief';
    return true;
  }

  #resume(stored: Attempts): void {
    const progress = stored.scenarios[this.#scenario.id]?.inProgress;
    if (!progress) return;
    if (progress.lang !== this.lang) {
      this.conflict = progress.lang;
      return;
    }
    const sim =
      progress.fingerprint === this.#fingerprint
        ? restoreSimulation(
            this.#scenario,
            progress.snapshot,
            this.#options(progress.agentName),
            progress.moves === undefined ? undefined : decodeMoves(progress.moves),
          )
        : undefined;
    if (!sim || sim.actor.getSnapshot().status !== 'active') {
      this.#written = undefined;
      clearInProgress(this.#scenario.id);
      this.note = this.#words.resumeFailed;
      return;
    }
    ({ mode: this.mode, input: this.input, startedAt: this.#startedAt } = progress);
    this.#elapsedMs = progress.elapsedMs;
    this.#thinkingMs = 0;
    this.#seed = progress.seed ?? 0;
    this.agentName = progress.agentName ?? '';
    this.draft = progress.draft ?? '';
    this.channel = progress.channel ?? 'public';
    this.#chosenTarget = progress.target ?? '';
    this.#written = progress;
    this.#use(sim);
    this.note = this.#words.resumed;
  }

  /**
   * Rebuilds the play the keeper holds from its moves, once the scorer is there (its options
   * and waits are scored again); the setup form shows meanwhile. A play that no longer fits
   * the scenario is dropped with a note.
   */
  #resumeKept(play: KeptPlay): void {
    const keeper = this.#keeper;
    if (!keeper) return;
    void this.loadEngine().then(
      () => {
        // The trainee started a game while the scorer loaded: theirs wins.
        if (this.#sim || this.phase !== 'setup') return;
        const name = cleanName(play.agentName);
        const sim = replaySimulation(
          this.#scenario,
          play.moves,
          this.#options(name),
          keeper.lostReply,
        );
        if (!sim || sim.actor.getSnapshot().status !== 'active') {
          keeper.keep(undefined);
          this.note = this.#words.resumeFailed;
          return;
        }
        this.mode = play.mode;
        this.input = play.input;
        this.#seed = play.seed;
        this.agentName = name ?? '';
        this.#startedAt = new Date().toISOString();
        this.#elapsedMs = play.seconds * 1000;
        this.#thinkingMs = 0;
        this.#use(sim);
        this.draft = play.draft;
        this.channel = play.channel;
        this.note = this.#words.resumed;
        this.#persist();
      },
      () => undefined,
    );
  }

  /** The store changed: if another tab wrote this game, this tab's copy is out of date. */
  #changedElsewhere(value: Attempts): void {
    if (this.phase !== 'play' || this.stale) return;
    const progress = value.scenarios[this.#scenario.id]?.inProgress;
    if (!sameProgress(progress, this.#written)) this.stale = true;
  }

  /** Sends the draft (free text) or the picked option (choice mode) on the chosen post. */
  send(): void {
    const now = performance.now();
    const view = this.view;
    if (!view?.awaiting || this.stale) return;
    const last = this.#lastSend;
    if (now - last.at < SEND_DEBOUNCE_MS && view.feed.length === last.feed) return;
    if (this.input === 'choice') {
      const option = view.awaiting.options.find((o) => o.id === this.choice);
      if (!option) return void (this.error = this.#words.emptyReply);
      const target = option.target ?? this.target;
      if (!target) return void (this.error = this.#words.chooseTarget);
      const action: TraineeAction =
        option.move === 'escalate'
          ? { type: 'escalate', optionId: option.id, target }
          : option.move
            ? { type: 'moderate', how: option.move, optionId: option.id, target }
            : {
                type: 'reply',
                channel: option.channel as MessageChannel,
                text: option.text,
                optionId: option.id,
                target,
              };
      return this.#whenReady(() => {
        this.choice = undefined;
        this.#act(action);
        this.#sent(now);
      });
    }
    if (this.draft.trim() === '') return void (this.error = this.#words.emptyReply);
    if (!this.target) return void (this.error = this.#words.chooseTarget);
    if (this.length > this.limit)
      return void (this.error = fill(this.#words.tooLong, {
        n: this.length - this.limit,
        max: this.limit,
      }));
    const action: TraineeAction = {
      type: 'reply',
      channel: this.channel,
      text: this.draft,
      target: this.target,
    };
    this.#whenReady(() => {
      this.draft = '';
      clearTimeout(this.#draftTimer);
      this.#act(action);
      this.#sent(now);
    });
  }

  #sent(at: number): void {
    this.#lastSend = { at, feed: this.view?.feed.length ?? -1 };
  }

  moderate(how: 'hide' | 'delete'): void {
    if (!this.target) return void (this.error = this.#words.chooseTarget);
    const target = this.target;
    this.#whenReady(() => this.#act({ type: 'moderate', how, target }));
  }

  /** An internal hand-off: time passes, the post stays open (unless the scenario says more). */
  escalate(): void {
    const target = this.target;
    this.#whenReady(() => this.#act({ type: 'escalate', ...(target ? { target } : {}) }));
  }

  wait(w: Wait): void {
    this.#whenReady(() => {
      const sim = this.#sim;
      if (!sim || this.stale) return;
      const now = sim.actor.getSnapshot().context.now;
      this.#move(() => sim.advance(w === 'morning' ? minutesUntilMorning(now) : w));
    });
  }

  /** Real time passing while the trainee plays: thinking time moves the simulated clock. */
  tick(ms: number): void {
    const sim = this.#sim;
    // Until the scorer is there the trainee cannot act, so the clock does not run either; nor
    // while another tab has the game open (each would move it on and overwrite the other).
    if (!sim || !this.#engine || this.phase !== 'play' || this.paused || this.stale) return;
    if (this.otherTab) return;
    this.#elapsedMs += ms;
    const before = thinkingMinutes(this.#thinkingMs, this.rate);
    this.#thinkingMs += ms;
    const step = thinkingMinutes(this.#thinkingMs, this.rate) - before;
    if (step <= 0) return;
    this.#ticking = true;
    try {
      this.#move(() => sim.advance(step));
    } finally {
      this.#ticking = false;
    }
  }

  /**
   * A host starts a play, or resumes one from `persisted()`; false when the snapshot no longer
   * fits the scenario (the host then starts afresh or says so).
   */
  host(play: HostedPlay): boolean {
    this.#leave();
    this.agentName = play.agentName ?? '';
    this.input = play.input;
    this.mode = play.hints && play.input === 'free' ? 'coaching' : 'assessment';
    this.#seed = play.seed;
    const options = this.#options(cleanName(this.agentName));
    const sim =
      play.snapshot === undefined
        ? startSimulation(this.#scenario, options)
        : restoreSimulation(this.#scenario, play.snapshot, options);
    if (!sim) return false;
    this.#use(sim);
    this.draft = play.draft ?? '';
    if (sim.actor.getSnapshot().status === 'done') this.#finish();
    return true;
  }

  /** The engine's snapshot as plain JSON, for a host to keep and hand back to `host()`. */
  persisted(): unknown {
    return this.#sim?.persist();
  }

  get seed(): number {
    return this.#seed;
  }

  /** Simulated minutes pass on a host's own clock (the drill's, derived from timestamps). */
  pass(minutes: number): void {
    const sim = this.#sim;
    if (!sim || !this.#engine || this.phase !== 'play' || !(minutes > 0)) return;
    this.#move(() => sim.advance(minutes));
  }

  /**
   * The trainee let the time for a decision run out: the same move as waiting in the simulator.
   * Simulated time passes, step by step to each moment at which the scenario's own rules for an
   * unanswered post could apply (`waitSteps`), until the engine has recorded no reply and the
   * customer reacts as authored.
   */
  timeOut(): void {
    this.#whenReady(() => {
      const sim = this.#sim;
      if (!sim || this.phase !== 'play') return;
      const start = sim.actor.getSnapshot();
      const recorded = () => {
        const now = sim.actor.getSnapshot();
        return (
          now.status !== 'active' ||
          now.context.beat !== start.context.beat ||
          now.context.decisions.length > start.context.decisions.length
        );
      };
      for (const at of waitSteps(sim.scenario, start.context)) {
        const now = sim.actor.getSnapshot().context.now;
        if (at > now) this.#move(() => sim.advance(at - now));
        if (recorded() || this.phase !== 'play') return;
      }
    });
  }

  /** After the final reaction: on to the debrief (its address reopens it, e.g. after Back). */
  showDebrief(): void {
    if (this.phase !== 'reaction') return;
    this.phase = 'debrief';
    this.debriefDate = this.#attemptDate;
    this.#setAddress(this.#attemptDate);
  }

  /** Keeps `?debrief=` in the address while a debrief is on screen, and only then. */
  #setAddress(date: string | undefined): void {
    const url = new URL(location.href);
    if (date) url.searchParams.set(DEBRIEF_PARAM, date);
    else url.searchParams.delete(DEBRIEF_PARAM);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  /** Leaves the current game or debrief on screen (nothing is saved or cleared here). */
  #leave(): void {
    clearTimeout(this.#draftTimer);
    this.#sim = undefined;
    this.#actor = undefined;
    this.#queued = undefined;
    this.sending = false;
    this.debrief = undefined;
    this.debriefDate = undefined;
    this.reopened = false;
    this.draft = '';
    this.channel = 'public';
    this.#chosenTarget = '';
    this.choice = undefined;
    this.error = '';
    this.note = '';
    this.noteLink = undefined;
    this.stale = false;
    this.#setAddress(undefined);
  }

  #start(): void {
    this.#leave();
    this.conflict = undefined;
    this.#seed = newSeed();
    this.#startedAt = new Date().toISOString();
    this.#elapsedMs = 0;
    this.#thinkingMs = 0;
    this.#use(startSimulation(this.#scenario, this.#options(cleanName(this.agentName))));
    this.#persist();
  }

  #use(sim: Simulation): void {
    // Fetch what this play will show while the trainee reads the first post.
    void this.loadEngine().catch(() => undefined);
    if (this.input === 'choice') this.parts.load('choices');
    else if (this.mode === 'coaching') this.parts.load('hints');
    this.#sim = sim;
    this.#actor = new ActorState<SnapshotLike, SimEvent>(sim.actor);
    this.#latencies = [];
    this.#lastMoveAt = performance.now();
    this.#saved = false;
    this.paused = false;
    this.phase = 'play';
  }

  #act(action: TraineeAction): void {
    const sim = this.#sim;
    if (!sim || this.stale) return;
    this.error = '';
    const before = sim.actor.getSnapshot();
    const at = performance.now();
    // Recorded before the move: an ending move finishes the attempt inside #move.
    this.#latencies[before.context.decisions.length] = at - this.#lastMoveAt;
    this.#lastMoveAt = at;
    this.#move(() => sim.act(action));
    const after = sim.actor.getSnapshot();
    if (action.type === 'escalate' && after.context.beat === before.context.beat)
      this.announcement = fill(this.#words.escalated, {
        time: formatDuration(after.context.now - before.context.now, this.#words.time),
      });
  }

  /** Runs a move, announces what arrived, then saves, or finishes the attempt at an ending. */
  #move(move: () => void): void {
    const before = new Set(this.view?.feed.map((i) => i.id));
    move();
    const view = this.view;
    if (!view) return;
    const fresh = view.feed.filter((i) => !before.has(i.id) && i.from !== 'agent');
    if (fresh.length > 0)
      this.announcement = fresh
        .map((i) => `${fill(this.#words.newPost, { author: i.author })}: ${i.text}`)
        .join(' ');
    if (view.ending) this.#finish();
    else this.#persist();
  }

  #persist(): void {
    this.#draftTimer = undefined;
    const sim = this.#sim;
    if (!sim || this.phase !== 'play' || this.stale) return;
    if (this.#host) return this.#host.changed(false);
    const name = cleanName(this.agentName);
    const progress: InProgress = {
      fingerprint: this.#fingerprint,
      mode: this.mode,
      input: this.input,
      lang: this.lang,
      startedAt: this.#startedAt,
      elapsedMs: this.#elapsedMs,
      snapshot: sim.persist(),
      seed: this.#seed,
      ...(name ? { agentName: name } : {}),
      ...(this.draft ? { draft: this.draft } : {}),
      channel: this.channel,
      ...(this.#chosenTarget ? { target: this.#chosenTarget } : {}),
      ...(sim.log.broken ? {} : { moves: encodeMoves(sim.log.moves) }),
    };
    this.#written = progress;
    saveInProgress(this.#scenario.id, progress);
    this.#keeper?.keep(
      sim.log.broken
        ? undefined
        : {
            id: this.#scenario.id,
            input: this.input,
            mode: this.mode,
            channel: this.channel,
            seed: this.#seed,
            seconds: Math.round(this.#elapsedMs / 1000),
            agentName: name,
            moves: sim.log.moves.map((m) => ({ ...m })),
            draft: this.draft,
          },
      this.#ticking,
    );
  }

  #finish(): void {
    const view = this.view;
    const sim = this.#sim;
    const played = this.played;
    if (!sim || !played || !view?.ending || this.#saved) return;
    this.#saved = true;
    this.phase = 'reaction';
    if (this.#host) return this.#host.changed(true);
    this.#written = undefined;
    this.#keeper?.keep(undefined);
    this.parts.load('debrief');
    const context = sim.actor.getSnapshot().context;
    const total = combineEvaluations(
      context.decisions.flatMap((d) => (d.evaluation ? [d.evaluation] : [])),
    );
    const date = new Date().toISOString();
    this.#attemptDate = date;
    recordAttempt(this.#scenario.id, {
      date,
      mode: this.mode,
      input: this.input,
      lang: this.lang,
      overall: total.overall,
      scores: total.scores,
      ending: view.ending.id,
      outcome: view.ending.outcome,
      durationMs: this.#elapsedMs,
      simMinutes: Math.max(0, view.now - startMinutes(this.#scenario)),
    });
    this.#onFinish?.({
      scenario: this.#scenario,
      decisions: context.decisions,
      feed: context.feed,
      latenciesMs: context.decisions.map((_, i) => this.#latencies[i] ?? 0),
      overall: total.overall,
    });
    // The debrief's mapping loads with the debrief; once it is there the debrief is built and
    // stored with the attempt, so it can be reopened (from the library, or after Back).
    const ending = view.ending;
    const feed = view.feed;
    const agent = cleanName(this.agentName);
    void import('../../lib/sim-ui/debrief-view').then(({ debriefData }) => {
      const data = debriefData(
        played.scenario,
        played.snapshot,
        feed,
        ending,
        this.lang,
        this.#words,
        agent,
      );
      const { timeline: _timeline, ...stored } = data;
      attachDebrief(this.#scenario.id, date, stored);
      // Unless the trainee has already moved on to another game.
      if (this.#attemptDate === date && this.#sim === sim) this.debrief = data;
    });
  }
}
