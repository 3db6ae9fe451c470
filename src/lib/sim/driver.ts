import { createActor, type Actor } from 'xstate';
import { CRITERIA, type Channel } from '../vocabulary';
import type { Evaluation, Finding, ReplyAction, ScoringContext } from '../scoring/types';
import {
  compileScenario,
  openPosts,
  targetOf,
  type FeedEntry,
  type SimContext,
  type SimEvent,
  type SimMachine,
  type SimSnapshot,
  type TraineeAction,
} from './compile';
import { MoveLog, optionAction, recordedEvaluation, REPLY_CHANNELS, type Move } from './moves';
import type { Lang, Message, Scenario } from './schema';

/**
 * The driver: takes a trainee action, builds the scorer's context from the scenario facts, the
 * current beat and the simulated clock, asks the scorer, and sends the event with the
 * evaluation attached. The scorer is passed in (built by `driverOptions` in ./options.ts for
 * the site, the walkthroughs and the model tests alike), so the engine stays pure.
 */
export type Scorer = (context: ScoringContext, action: ReplyAction) => Evaluation;
/** Findings on a draft while the trainee types (the scorer's `liveHints`). */
export type Hinter = (context: ScoringContext, draft: string, channel: Channel) => Finding[];

export interface DriverOptions {
  lang: Lang;
  scorer: Scorer;
  hinter: Hinter;
  /** The trainee's own name: fills `{agent}` in the scenario and reaches the sign-off check. */
  agentName?: string | undefined;
}

/** The name `{agent}` stands for when the trainee gave none: the team member in the texts. */
export const DEFAULT_AGENT = 'Lena';

/** The text of a feed entry in one language (the trainee's own words are kept as written). */
export function textIn(text: FeedEntry['text'] | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? Object.values(text)[0] ?? '';
}

/**
 * The scenario with `{agent}` in every text replaced by the trainee's name, so prepared
 * replies are signed, and customers thank, with the name the scorer checks the sign-off with.
 */
export function withAgent(scenario: Scenario, name: string | undefined): Scenario {
  const agent = name || DEFAULT_AGENT;
  return JSON.parse(JSON.stringify(scenario), (_key, value: unknown) =>
    typeof value === 'string' ? value.replaceAll('{agent}', agent) : value,
  ) as Scenario;
}

/** The scenario's definition of a message (its facts, kind, text), by id. */
export function messageDef(scenario: Scenario, id: string): Message | undefined {
  for (const beat of Object.values(scenario.beats)) {
    const found = beat.messages.find((m) => m.id === id);
    if (found) return found;
  }
  return undefined;
}

/** Display name of a message's author. */
export function authorName(scenario: Scenario, from: string): string {
  if (from === 'customer') return scenario.customer.name;
  return (Object.hasOwn(scenario.crowd, from) ? scenario.crowd[from]?.name : undefined) ?? from;
}

/** What the scorer needs to judge an action on `target` at the context's time. */
export function scoringContext(
  scenario: Scenario,
  context: SimContext,
  target: string,
  options: DriverOptions,
): ScoringContext {
  const message = context.feed.find((m) => m.id === target);
  const kind = message?.kind ?? (scenario.kind === 'mixed' ? 'complaint' : scenario.kind);
  const own = messageDef(scenario, target)?.facts;
  const facts = scenario.facts;
  return {
    lang: options.lang,
    kind,
    platform: scenario.platform,
    customerName: message ? authorName(scenario, message.from) : scenario.customer.name,
    post: message ? textIn(message.text, options.lang) : '',
    companyAtFault: own?.companyAtFault ?? facts.companyAtFault,
    privateDataNeeded: own?.privateDataNeeded ?? facts.privateDataNeeded,
    netiquetteViolated: own?.netiquetteViolated ?? facts.netiquetteViolated,
    onOwnProfile: own?.onOwnProfile ?? facts.onOwnProfile,
    responseMinutes: Math.max(0, context.now - (message?.at ?? context.now)),
    ...(options.agentName ? { agentName: options.agentName } : {}),
  };
}

/** How the scorer sees an action; null for an internal escalation (nothing the customer sees). */
function replyActionOf(action: TraineeAction): ReplyAction | null {
  switch (action.type) {
    case 'reply':
      return { channel: action.channel, reply: action.text };
    case 'moderate':
      return { channel: action.how, reply: '' };
    case 'none':
      return { channel: 'none', reply: '' };
    case 'escalate':
      return null;
  }
}

/** Scores an action in the given snapshot; null for an internal escalation. */
export function evaluate(
  scenario: Scenario,
  snapshot: SimSnapshot,
  action: TraineeAction,
  options: DriverOptions,
): Evaluation | null {
  const reply = replyActionOf(action);
  if (!reply) return null;
  const target = action.target ?? targetOf(scenario, snapshot.context);
  return options.scorer(scoringContext(scenario, snapshot.context, target, options), reply);
}

/** What the scorer says about leaving `target` unanswered until `minutes` from now. */
function silence(
  scenario: Scenario,
  context: SimContext,
  target: string,
  minutes: number,
  options: DriverOptions,
): Evaluation {
  const later = { ...context, now: context.now + minutes };
  return options.scorer(scoringContext(scenario, later, target, options), {
    channel: 'none',
    reply: '',
  });
}

/**
 * The event for a trainee action, with the scorer's evaluation attached. An escalation carries
 * its hand-off time and what the scorer says about the post still unanswered after it.
 */
export function actEvent(
  scenario: Scenario,
  snapshot: SimSnapshot,
  action: TraineeAction,
  options: DriverOptions,
): SimEvent {
  if (action.type === 'escalate') {
    const minutes = scenario.escalateMinutes;
    const target = action.target ?? targetOf(scenario, snapshot.context);
    return {
      type: 'ACT',
      action,
      evaluation: null,
      minutes,
      silence: silence(scenario, snapshot.context, target, minutes, options),
    };
  }
  return { type: 'ACT', action, evaluation: evaluate(scenario, snapshot, action, options) };
}

/**
 * The event for `minutes` of simulated time passing. It carries what the scorer would say
 * about leaving the waiting post unanswered until then, recorded if the time runs out on it.
 */
export function advanceEvent(
  scenario: Scenario,
  snapshot: SimSnapshot,
  minutes: number,
  options: DriverOptions,
): SimEvent {
  const whole = Math.max(0, Math.round(minutes));
  const decision = scenario.beats[snapshot.context.beat]?.decision;
  if (!decision || snapshot.status !== 'active') return { type: 'ADVANCE', minutes: whole };
  const target = targetOf(scenario, snapshot.context);
  return {
    type: 'ADVANCE',
    minutes: whole,
    evaluation: silence(scenario, snapshot.context, target, whole, options),
  };
}

/** A running scenario: the actor plus the driver methods that score before they send. */
export interface Simulation {
  /** The scenario as played: `{agent}` filled with the trainee's name. */
  readonly scenario: Scenario;
  readonly machine: SimMachine;
  readonly actor: Actor<SimMachine>;
  readonly options: DriverOptions;
  /** The moves so far, in the compact form that rebuilds the play (`replaySimulation`). */
  readonly log: MoveLog;
  /**
   * A trainee action, scored; or, with `recorded`, a free-text reply replayed from its recorded
   * transition and scores without the scorer.
   */
  act(action: TraineeAction, recorded?: { taken: number; evaluation: Evaluation }): void;
  advance(minutes: number): void;
  /** The scorer's findings on a draft for `target` on `channel` (coaching hints). */
  hints(draft: string, channel: Channel, target: string): Finding[];
  /** The posts the trainee can act on now. */
  open(): string[];
  /** Plain JSON for localStorage; `restoreSimulation` takes it back. */
  persist(): unknown;
}

function simulation(
  scenario: Scenario,
  machine: SimMachine,
  actor: Actor<SimMachine>,
  options: DriverOptions,
): Simulation {
  actor.start();
  const log = new MoveLog(scenario, machine);
  const send = (before: SimSnapshot, event: SimEvent) => {
    actor.send(event);
    log.record(before, event, actor.getSnapshot());
  };
  return {
    scenario,
    machine,
    actor,
    options,
    log,
    act(action, recorded) {
      const snapshot = actor.getSnapshot();
      if (snapshot.status !== 'active') return;
      send(
        snapshot,
        recorded && action.type === 'reply'
          ? { type: 'ACT', action, evaluation: recorded.evaluation, taken: recorded.taken }
          : actEvent(scenario, snapshot, action, options),
      );
    },
    advance(minutes) {
      const snapshot = actor.getSnapshot();
      if (snapshot.status !== 'active' || !(minutes > 0)) return;
      send(snapshot, advanceEvent(scenario, snapshot, minutes, options));
    },
    hints(draft, channel, target) {
      const snapshot = actor.getSnapshot();
      if (snapshot.status !== 'active' || !draft.trim()) return [];
      return options.hinter(
        scoringContext(scenario, snapshot.context, target, options),
        draft,
        channel,
      );
    },
    open: () => openPosts(scenario, actor.getSnapshot().context),
    persist: () => JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as unknown,
  };
}

export function startSimulation(scenario: Scenario, options: DriverOptions): Simulation {
  const played = withAgent(scenario, options.agentName);
  const machine = compileScenario(played);
  return simulation(played, machine, createActor(machine), options);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const isScore = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100;
const oneOf = (v: unknown, values: readonly string[]) =>
  typeof v === 'string' && values.includes(v);
/** Keys that reach an object's prototype when data is merged or restored. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Simulated minutes a saved game may hold: four weeks either side of the start week. */
const MINUTES = 4 * 7 * 24 * 60;
const CHANNELS_SEEN = ['public', 'private', 'email', 'phone'] as const;

/** No prototype key anywhere and a bounded shape (depth, size) before anything reads it. */
function plainData(value: unknown): boolean {
  let budget = 100_000;
  const walk = (v: unknown, depth: number): boolean => {
    if (--budget < 0 || depth > 32) return false;
    if (typeof v !== 'object' || v === null) return true;
    if (Array.isArray(v)) return v.every((x) => walk(x, depth + 1));
    return Object.entries(v).every(([k, x]) => !PROTOTYPE_KEYS.has(k) && walk(x, depth + 1));
  };
  return walk(value, 0);
}

const isSimText = (v: unknown) =>
  typeof v === 'string' ||
  (isRecord(v) &&
    Object.keys(v).length > 0 &&
    Object.entries(v).every(([k, t]) => oneOf(k, ['de', 'en']) && typeof t === 'string'));

function isEvaluation(v: unknown): boolean {
  if (!isRecord(v) || !isScore(v.overall) || !isRecord(v.scores) || !Array.isArray(v.findings))
    return false;
  const scores = v.scores;
  if (
    !CRITERIA.every((c) => Object.hasOwn(scores, c) && (scores[c] === null || isScore(scores[c])))
  )
    return false;
  return v.findings.every(
    (f) =>
      isRecord(f) &&
      oneOf(f.criterion, CRITERIA) &&
      oneOf(f.type, ['strength', 'issue']) &&
      typeof f.code === 'string' &&
      typeof f.message === 'string' &&
      typeof f.guideline === 'string' &&
      typeof f.lesson === 'string' &&
      Array.isArray(f.quotes) &&
      f.quotes.every(
        (q) =>
          isRecord(q) &&
          typeof q.text === 'string' &&
          Number.isInteger(q.start) &&
          Number.isInteger(q.end) &&
          (q.start as number) >= 0 &&
          (q.end as number) >= (q.start as number),
      ),
  );
}

function isAction(v: unknown): boolean {
  if (!isRecord(v)) return false;
  const optional = (k: string) => v[k] === undefined || typeof v[k] === 'string';
  if (!optional('optionId') || !optional('target')) return false;
  switch (v.type) {
    case 'reply':
      return oneOf(v.channel, CHANNELS_SEEN) && typeof v.text === 'string';
    case 'moderate':
      return oneOf(v.how, ['hide', 'delete']);
    case 'escalate':
    case 'none':
      return true;
    default:
      return false;
  }
}

/**
 * Checks, field by field, that a persisted snapshot still fits the scenario and can be shown:
 * its beat exists, every message it shows and every decision refers to the scenario's own ids,
 * each id appears once, numbers are finite and in range, every recorded evaluation has the
 * scorer's shape, and no key anywhere reaches a prototype. A saved game that fails any of it
 * is dropped (the island starts afresh and says so) instead of breaking the page.
 */
export function snapshotFits(scenario: Scenario, snapshot: unknown): boolean {
  if (!isRecord(snapshot) || !isRecord(snapshot.context) || !plainData(snapshot)) return false;
  const { value, status } = snapshot;
  const c = snapshot.context;
  if (typeof value !== 'string' || !Object.hasOwn(scenario.beats, value)) return false;
  if (status !== 'active' && status !== 'done') return false;
  // The machines have no history states and invoke nothing: both maps are empty, and only
  // the fields XState persists are there.
  const empty = (v: unknown) => v === undefined || (isRecord(v) && Object.keys(v).length === 0);
  if (!empty(snapshot.historyValue) || !empty(snapshot.children)) return false;
  const fields = ['status', 'value', 'historyValue', 'context', 'children', 'output', 'error'];
  if (!Object.keys(snapshot).every((k) => fields.includes(k))) return false;
  if (snapshot.error !== undefined || (snapshot.output !== undefined && !isRecord(snapshot.output)))
    return false;
  if (c.beat !== value || !isFiniteIn(c.now, -MINUTES, 2 * MINUTES)) return false;
  if (!isFiniteIn(c.mood, -1000, 1000) || !isFiniteIn(c.beatAt, -MINUTES, 2 * MINUTES))
    return false;
  if (!isFiniteIn(c.pileOn, 0, 1_000_000) || !Array.isArray(c.flags) || !Array.isArray(c.feed))
    return false;
  if (!Array.isArray(c.decisions)) return false;
  if (!c.flags.every((f) => typeof f === 'string') || new Set(c.flags).size !== c.flags.length)
    return false;
  const ids = new Set(Object.values(scenario.beats).flatMap((b) => b.messages.map((m) => m.id)));
  const seen = new Set<string>();
  const feedOk = c.feed.every((m) => {
    if (!isRecord(m) || typeof m.id !== 'string' || seen.has(m.id)) return false;
    seen.add(m.id);
    const agent = m.from === 'agent' && /^agent-\d{1,4}$/.test(m.id);
    const author =
      typeof m.from === 'string' &&
      (m.from === 'customer' || m.from === 'system' || Object.hasOwn(scenario.crowd, m.from));
    return (
      (ids.has(m.id) ? author : agent) &&
      isFiniteIn(m.at, -MINUTES, 2 * MINUTES) &&
      isSimText(m.text) &&
      oneOf(m.channel, CHANNELS_SEEN) &&
      oneOf(m.status, ['visible', 'hidden', 'deleted']) &&
      isFiniteIn(m.likes, 0, 1_000_000) &&
      (m.stars === undefined || isFiniteIn(m.stars, 1, 5)) &&
      (m.replyTo === undefined || typeof m.replyTo === 'string') &&
      (m.kind === undefined || typeof m.kind === 'string')
    );
  });
  const beats = new Set(Object.keys(scenario.beats));
  const decisionsOk = c.decisions.every(
    (d) =>
      isRecord(d) &&
      typeof d.beat === 'string' &&
      beats.has(d.beat) &&
      typeof d.target === 'string' &&
      isFiniteIn(d.at, -MINUTES, 2 * MINUTES) &&
      isAction(d.action) &&
      (d.evaluation === null || isEvaluation(d.evaluation)),
  );
  return feedOk && decisionsOk;
}

/**
 * Resumes a persisted simulation, or returns undefined when it no longer fits the scenario.
 * `moves` are the play's moves as saved beside the snapshot; without them the log cannot
 * rebuild the play (`log.broken`).
 */
export function restoreSimulation(
  scenario: Scenario,
  snapshot: unknown,
  options: DriverOptions,
  moves?: readonly Move[],
): Simulation | undefined {
  if (!snapshotFits(scenario, snapshot)) return undefined;
  try {
    const played = withAgent(scenario, options.agentName);
    const machine = compileScenario(played);
    const actor = createActor(machine, { snapshot: snapshot as never });
    const sim = simulation(played, machine, actor, options);
    // The moves that led to the snapshot are not in it.
    if (moves) sim.log.resume(moves);
    else sim.log.broken = true;
    return sim;
  } catch {
    return undefined;
  }
}

/**
 * Rebuilds a play from its moves (`Simulation.log`): the same engine transitions in the same
 * order, so the decisions, the feed and the clock are the original play's. Choice-mode options,
 * moderations, escalations and waits are scored again (the same scores: the scorer is pure); a
 * free-text reply takes its recorded transition with its recorded scores, its text replaced by
 * `lostText` and without findings. Undefined when a move does not fit the scenario or is
 * refused (the data was for another version of it): the caller starts afresh.
 */
export function replaySimulation(
  scenario: Scenario,
  moves: readonly Move[],
  options: DriverOptions,
  lostText: string,
): Simulation | undefined {
  const sim = startSimulation(scenario, options);
  const played = sim.scenario;
  for (const move of moves) {
    const before = sim.actor.getSnapshot();
    if (before.status !== 'active') return undefined;
    const count = sim.log.moves.length;
    if (move.type === 'wait') {
      sim.advance(move.minutes);
      continue;
    }
    const decision = played.beats[before.context.beat]?.decision;
    if (!decision) return undefined;
    const target = move.target === undefined ? undefined : decision.answers[move.target];
    if (move.target !== undefined && target === undefined) return undefined;
    const on = target === undefined ? {} : { target };
    if (move.type === 'option') {
      const option = decision.options[move.index];
      if (!option) return undefined;
      sim.act({ ...optionAction(option, options.lang), ...on });
    } else if (move.type === 'moderate') sim.act({ type: 'moderate', how: move.how, ...on });
    else if (move.type === 'escalate') sim.act({ type: 'escalate', ...on });
    else {
      if (!REPLY_CHANNELS.includes(move.channel) || !decision.onAct[move.taken]) return undefined;
      sim.act(
        { type: 'reply', channel: move.channel, text: lostText, ...on },
        { taken: move.taken, evaluation: recordedEvaluation(move) },
      );
    }
    // Every action of a log changed the play; one refused now was not made in this scenario.
    if (sim.log.moves.length !== count + 1) return undefined;
  }
  return sim.log.broken ? undefined : sim;
}
