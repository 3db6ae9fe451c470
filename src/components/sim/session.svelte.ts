// The language pack is loaded by SimulatorDe / SimulatorEn, so each page bundles one language.
import type { Finding, Lang } from '../../lib/scoring/types';
import type { Scenario } from '../../lib/sim/schema';
import { startMinutes, type SimEvent, type TraineeAction } from '../../lib/sim/compile';
import { restoreSimulation, startSimulation, type Simulation } from '../../lib/sim/driver';
import { cleanName, driverOptions } from '../../lib/sim/options';
import { gameView, type SnapshotLike } from '../../lib/sim-ui/to-view';
import type { GameView, MessageChannel } from '../../lib/sim-ui/view';
import { combineEvaluations } from '../../lib/sim/claims';
import { formatDuration, minutesUntilMorning, thinkingMinutes } from '../../lib/sim-ui/clock';
import { newSeed } from '../../lib/sim-ui/shuffle';
import { fill } from '../../lib/i18n/format';
import {
  attempts,
  clearInProgress,
  recordAttempt,
  saveInProgress,
  type InputMode,
  type Mode,
} from '../../stores/attempts';
import { rememberTrainee, trainee } from '../../stores/trainee';
import { ActorState } from './actor-state.svelte';
import type { SimMessages } from './messages';

export type ScenarioData = Scenario;

/**
 * Where the trainee is: choosing how to practise, playing, watching the final reaction after
 * the ending, or reading the debrief.
 */
export type Phase = 'setup' | 'play' | 'reaction' | 'debrief';

/** A wait button: simulated minutes, or until 08:00 the next day. */
export type Wait = number | 'morning';

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

/**
 * The one owner of a play's state: the engine's simulation, the draft, the channel and the post
 * the trainee answers, their name, the clock (thinking time, pause), saving and the attempt
 * record. Components receive the session and call its methods; nothing else holds a copy, so
 * the hints, the composer and the engine always agree on which channel and post are meant.
 */
export class PlaySession {
  readonly lang: Lang;
  readonly #scenario: Scenario;
  readonly #words: SimMessages;
  readonly #fingerprint: string;

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
  /** A status line above the game (resumed, damaged save …). */
  note = $state('');
  /** What a screen reader hears after a move (new posts, an escalation). */
  announcement = $state('');
  /** Why the last send did not go through. */
  error = $state('');
  #chosenTarget = $state('');
  #sim = $state.raw<Simulation | undefined>(undefined);
  #actor = $state.raw<ActorState<SnapshotLike, SimEvent> | undefined>(undefined);
  #seed = 0;
  #startedAt = '';
  #elapsedMs = 0;
  #thinkingMs = 0;
  #saved = false;

  constructor(scenario: Scenario, lang: Lang, words: SimMessages, fingerprint: string) {
    this.#scenario = scenario;
    this.lang = lang;
    this.#words = words;
    this.#fingerprint = fingerprint;
  }

  readonly parts = new Parts();

  /** The scenario as played (`{agent}` filled) and the engine's snapshot, for the debrief. */
  get played(): { scenario: Scenario; snapshot: SnapshotLike } | undefined {
    const sim = this.#sim;
    const actor = this.#actor;
    return sim && actor ? { scenario: sim.scenario, snapshot: actor.snapshot } : undefined;
  }

  /** Simulated minutes per real minute of thinking. */
  get rate(): number {
    return this.#scenario.timeRate;
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

  /** Coaching hints on the draft, scored on the channel and post the trainee picked. */
  readonly hints: Finding[] = $derived.by(() => {
    const sim = this.#sim;
    if (!sim || this.mode !== 'coaching' || this.input !== 'free') return [];
    // Read the snapshot so the hints follow the clock.
    void this.#actor?.snapshot;
    const on = this.target || this.view?.awaiting?.postId || '';
    return on ? sim.hints(this.draft, this.channel, on) : [];
  });

  setDraft(text: string): void {
    this.draft = text;
  }
  setChannel(channel: MessageChannel): void {
    this.channel = channel;
  }
  setTarget(id: string): void {
    this.#chosenTarget = id;
    this.error = '';
  }
  choose(id: string): void {
    this.choice = id;
    this.error = '';
  }
  togglePause(): void {
    this.paused = !this.paused;
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

  /** Plays again, in the same or the other mode. */
  restart(otherMode: boolean): void {
    if (otherMode) this.mode = this.mode === 'coaching' ? 'assessment' : 'coaching';
    this.#start();
  }

  /** On page load: the saved name, and the game in progress if it still fits the scenario. */
  resume(): void {
    this.agentName = trainee.get();
    const stored = attempts.get();
    if (stored.recovered) this.note = this.#words.recovered;
    const progress = stored.scenarios[this.#scenario.id]?.inProgress;
    if (!progress) return;
    const sim =
      progress.fingerprint === this.#fingerprint
        ? restoreSimulation(
            this.#scenario,
            progress.snapshot,
            driverOptions({ lang: this.lang, agentName: progress.agentName }),
          )
        : undefined;
    if (!sim || sim.actor.getSnapshot().status !== 'active') {
      clearInProgress(this.#scenario.id);
      this.note = this.#words.resumeFailed;
      return;
    }
    ({ mode: this.mode, input: this.input, startedAt: this.#startedAt } = progress);
    this.#elapsedMs = progress.elapsedMs;
    this.#seed = progress.seed ?? 0;
    this.agentName = progress.agentName ?? '';
    this.#use(sim);
    this.note = this.#words.resumed;
  }

  /** Sends the draft (free text) or the picked option (choice mode) on the chosen post. */
  send(): void {
    const view = this.view;
    if (!view?.awaiting) return;
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
      this.choice = undefined;
      return this.#act(action);
    }
    if (this.draft.trim() === '') return void (this.error = this.#words.emptyReply);
    if (!this.target) return void (this.error = this.#words.chooseTarget);
    const text = this.draft;
    this.draft = '';
    this.#act({ type: 'reply', channel: this.channel, text, target: this.target });
  }

  moderate(how: 'hide' | 'delete'): void {
    if (!this.target) return void (this.error = this.#words.chooseTarget);
    this.#act({ type: 'moderate', how, target: this.target });
  }

  /** An internal hand-off: time passes, the post stays open (unless the scenario says more). */
  escalate(): void {
    this.#act({ type: 'escalate', ...(this.target ? { target: this.target } : {}) });
  }

  wait(w: Wait): void {
    const sim = this.#sim;
    if (!sim) return;
    const now = sim.actor.getSnapshot().context.now;
    this.#move(() => sim.advance(w === 'morning' ? minutesUntilMorning(now) : w));
  }

  /** Real time passing while the trainee plays: thinking time moves the simulated clock. */
  tick(ms: number): void {
    const sim = this.#sim;
    if (!sim || this.phase !== 'play' || this.paused) return;
    this.#elapsedMs += ms;
    const before = thinkingMinutes(this.#thinkingMs, this.rate);
    this.#thinkingMs += ms;
    const step = thinkingMinutes(this.#thinkingMs, this.rate) - before;
    if (step > 0) this.#move(() => sim.advance(step));
  }

  /** After the final reaction: on to the debrief. */
  showDebrief(): void {
    if (this.phase === 'reaction') this.phase = 'debrief';
  }

  #start(): void {
    this.#seed = newSeed();
    this.#startedAt = new Date().toISOString();
    this.#elapsedMs = 0;
    this.#thinkingMs = 0;
    this.draft = '';
    this.channel = 'public';
    this.#chosenTarget = '';
    this.choice = undefined;
    this.note = '';
    this.error = '';
    this.#use(
      startSimulation(
        this.#scenario,
        driverOptions({ lang: this.lang, agentName: cleanName(this.agentName) }),
      ),
    );
    this.#persist();
  }

  #use(sim: Simulation): void {
    // Fetch what this play will show while the trainee reads the first post.
    if (this.input === 'choice') this.parts.load('choices');
    else if (this.mode === 'coaching') this.parts.load('hints');
    this.#sim = sim;
    this.#actor = new ActorState<SnapshotLike, SimEvent>(sim.actor);
    this.#saved = false;
    this.paused = false;
    this.phase = 'play';
  }

  #act(action: TraineeAction): void {
    const sim = this.#sim;
    if (!sim) return;
    this.error = '';
    const before = sim.actor.getSnapshot();
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
    const sim = this.#sim;
    if (!sim || this.phase !== 'play') return;
    const name = cleanName(this.agentName);
    saveInProgress(this.#scenario.id, {
      fingerprint: this.#fingerprint,
      mode: this.mode,
      input: this.input,
      lang: this.lang,
      startedAt: this.#startedAt,
      elapsedMs: this.#elapsedMs,
      snapshot: sim.persist(),
      seed: this.#seed,
      ...(name ? { agentName: name } : {}),
    });
  }

  #finish(): void {
    const view = this.view;
    const sim = this.#sim;
    if (!sim || !view?.ending || this.#saved) return;
    this.#saved = true;
    this.phase = 'reaction';
    this.parts.load('debrief');
    const total = combineEvaluations(
      sim.actor
        .getSnapshot()
        .context.decisions.flatMap((d) => (d.evaluation ? [d.evaluation] : [])),
    );
    recordAttempt(this.#scenario.id, {
      date: new Date().toISOString(),
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
  }
}
