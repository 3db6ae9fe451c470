// The language pack is loaded by SimulatorDe / SimulatorEn, so each page bundles one language.
import { liveHints, scoreReply } from '../../lib/scoring/score';
import type { Channel, Finding, Lang } from '../../lib/scoring/types';
import type { Scenario } from '../../lib/sim/schema';
import type { SimEvent } from '../../lib/sim/compile';
import {
  restoreSimulation,
  scoringContext,
  startSimulation,
  type DriverOptions,
  type Simulation,
} from '../../lib/sim/driver';
import type { GameView } from '../../lib/sim-ui/view';
import { ActorState } from './actor-state.svelte';
import { gameView, type SnapshotLike, type ViewWords } from '../../lib/sim-ui/to-view';

export type ScenarioData = Scenario;

/**
 * One play of a scenario as the simulator screen drives it: the engine's simulation (which
 * scores every action before it sends the event) behind a reactive snapshot.
 */
export class Game {
  readonly #sim: Simulation;
  readonly #state: ActorState<SnapshotLike, SimEvent>;
  readonly #lang: Lang;
  readonly #words: ViewWords;

  constructor(sim: Simulation, lang: Lang, words: ViewWords) {
    this.#sim = sim;
    this.#lang = lang;
    this.#words = words;
    this.#state = new ActorState<SnapshotLike, SimEvent>(sim.actor);
  }

  get view(): GameView {
    return gameView(this.#sim.scenario, this.#state.snapshot, this.#lang, this.#words);
  }

  reply(channel: Channel, reply: string, optionId?: string, target?: string): void {
    if (channel === 'none' || channel === 'hide' || channel === 'delete') return;
    this.#sim.act({ type: 'reply', channel, text: reply, optionId, target });
  }
  wait(minutes: number): void {
    this.#sim.advance(minutes);
  }
  advance(minutes: number): void {
    this.#sim.advance(minutes);
  }
  moderate(how: 'hide' | 'delete', target?: string): void {
    this.#sim.act({ type: 'moderate', how, target });
  }
  escalate(target?: string): void {
    this.#sim.act({ type: 'escalate', target });
  }

  /** The scorer's findings on a draft, for the coaching hints. */
  hints(draft: string, channel: Channel = 'public', on?: string): Finding[] {
    const snapshot = this.#sim.actor.getSnapshot() as unknown as SnapshotLike;
    const target = on ?? this.view.awaiting?.postId;
    if (!target) return [];
    return liveHints(
      scoringContext(this.#sim.scenario, snapshot.context, target, this.#sim.options),
      draft,
      channel,
    );
  }

  persist(): Record<string, unknown> {
    return this.#sim.persist() as Record<string, unknown>;
  }
}

const options = (lang: Lang): DriverOptions => ({ lang, scorer: scoreReply });

export function createGame(scenario: Scenario, lang: Lang, words: ViewWords): Game {
  return new Game(startSimulation(scenario, options(lang)), lang, words);
}

/** Resumes a saved game, or undefined when the snapshot no longer fits the scenario. */
export function restoreGame(
  scenario: Scenario,
  lang: Lang,
  words: ViewWords,
  snapshot: unknown,
): Game | undefined {
  const sim = restoreSimulation(scenario, snapshot, options(lang));
  return sim ? new Game(sim, lang, words) : undefined;
}
