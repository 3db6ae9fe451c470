import { createActor, type Actor } from 'xstate';
import type { Channel } from '../vocabulary';
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
  return scenario.crowd[from]?.name ?? from;
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
  act(action: TraineeAction): void;
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
  return {
    scenario,
    machine,
    actor,
    options,
    act(action) {
      const snapshot = actor.getSnapshot();
      if (snapshot.status !== 'active') return;
      actor.send(actEvent(scenario, snapshot, action, options));
    },
    advance(minutes) {
      const snapshot = actor.getSnapshot();
      if (snapshot.status !== 'active' || !(minutes > 0)) return;
      actor.send(advanceEvent(scenario, snapshot, minutes, options));
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

/**
 * Checks that a persisted snapshot still fits the scenario: its beat exists, every message it
 * shows and every decision refers to the scenario's own ids, and the context has its shape.
 */
export function snapshotFits(scenario: Scenario, snapshot: unknown): boolean {
  if (!isRecord(snapshot) || !isRecord(snapshot.context)) return false;
  const { value, status } = snapshot;
  const c = snapshot.context;
  if (typeof value !== 'string' || !(value in scenario.beats)) return false;
  if (status !== 'active' && status !== 'done') return false;
  if (c.beat !== value || typeof c.now !== 'number' || typeof c.mood !== 'number') return false;
  if (typeof c.beatAt !== 'number') return false;
  if (typeof c.pileOn !== 'number' || !Array.isArray(c.flags) || !Array.isArray(c.feed))
    return false;
  if (!Array.isArray(c.decisions)) return false;
  const ids = new Set(Object.values(scenario.beats).flatMap((b) => b.messages.map((m) => m.id)));
  const beats = new Set(Object.keys(scenario.beats));
  const feedOk = c.feed.every(
    (m) =>
      isRecord(m) &&
      typeof m.id === 'string' &&
      (ids.has(m.id) || (m.from === 'agent' && /^agent-\d+$/.test(m.id))) &&
      typeof m.at === 'number' &&
      (typeof m.text === 'string' || isRecord(m.text)),
  );
  const decisionsOk = c.decisions.every(
    (d) => isRecord(d) && typeof d.beat === 'string' && beats.has(d.beat) && isRecord(d.action),
  );
  return feedOk && decisionsOk;
}

/** Resumes a persisted simulation, or returns undefined when it no longer fits the scenario. */
export function restoreSimulation(
  scenario: Scenario,
  snapshot: unknown,
  options: DriverOptions,
): Simulation | undefined {
  if (!snapshotFits(scenario, snapshot)) return undefined;
  try {
    const played = withAgent(scenario, options.agentName);
    const machine = compileScenario(played);
    const actor = createActor(machine, { snapshot: snapshot as never });
    return simulation(played, machine, actor, options);
  } catch {
    return undefined;
  }
}
