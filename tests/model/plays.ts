import '../../src/lib/scoring';
import { startSimulation, type Simulation } from '../../src/lib/sim/driver';
import { driverOptions } from '../../src/lib/sim/options';
import { endingProblems, optionAction } from '../../src/lib/sim/walkthrough';
import type { Lang, Scenario } from '../../src/lib/sim/schema';
import type { TraineeAction } from '../../src/lib/sim/compile';
import { minutesUntilMorning } from '../../src/lib/sim-ui/clock';
import { combineEvaluations } from '../../src/lib/sim/claims';
import { OUTCOMES, type OutcomeClass } from '../../src/lib/vocabulary';

/**
 * Plays for the story tests: a trainee's moves as data, run through the product's own driver
 * (driverOptions), with a name for the log of every play so a failure says what was done.
 */

/** One move: act, or let time pass ("morning" = until 08:00 the next day). */
export type Move =
  | { label: string; act: (sim: Simulation, lang: Lang) => TraineeAction | undefined }
  | { label: string; wait: number | 'morning' };

/** The name the tests play under: the one the scenario texts sign with. */
export const TRAINEE = 'Lena';

export function start(scenario: Scenario, lang: Lang, name: string | undefined = TRAINEE) {
  return startSimulation(scenario, driverOptions({ lang, agentName: name }));
}

const decisionOf = (sim: Simulation) =>
  sim.scenario.beats[sim.actor.getSnapshot().context.beat]?.decision;

export function apply(sim: Simulation, move: Move, lang: Lang): void {
  if ('wait' in move) {
    const now = sim.actor.getSnapshot().context.now;
    sim.advance(move.wait === 'morning' ? minutesUntilMorning(now) : move.wait);
    return;
  }
  const action = move.act(sim, lang);
  if (action) sim.act(action);
}

/** The model option of the current decision as an action, if its post is open. */
export function modelAction(sim: Simulation, lang: Lang): TraineeAction | undefined {
  const decision = decisionOf(sim);
  const option = decision?.options.find((o) => o.id === decision.model);
  const open = sim.open();
  if (!option || open.length === 0) return undefined;
  const action = optionAction(option, lang);
  const target = action.target ?? open[0];
  return target !== undefined && open.includes(target) ? action : undefined;
}

/**
 * Lets time pass until a post can be answered (the next one arrives or the decision opens),
 * as a trainee would wait for it; stops if the scenario moves on or ends meanwhile.
 */
export function settle(sim: Simulation): void {
  const snapshot = sim.actor.getSnapshot();
  const decision = decisionOf(sim);
  if (snapshot.status !== 'active' || !decision || sim.open().length > 0) return;
  const c = snapshot.context;
  const arrivals = c.feed
    .filter((m) => decision.answers.includes(m.id) && m.at > c.now)
    .map((m) => m.at);
  const opens = c.beatAt + decision.opensAfter;
  const next = Math.min(...arrivals, opens > c.now ? opens : Infinity);
  if (Number.isFinite(next)) sim.advance(next - c.now);
}

/** Every move a trainee can make at the current decision: options, moderation, hand-off, waits. */
export function movesAt(sim: Simulation): Move[] {
  const decision = decisionOf(sim);
  if (!decision || sim.actor.getSnapshot().status !== 'active') return [];
  const moves: Move[] = decision.options.map((o) => ({
    label: `option ${o.id}`,
    act: (_sim, lang) => optionAction(o, lang),
  }));
  for (const target of sim.open()) {
    const on = sim.open().length > 1 ? ` ${target}` : '';
    if (decision.canModerate) {
      moves.push({ label: `hide${on}`, act: () => ({ type: 'moderate', how: 'hide', target }) });
      moves.push({
        label: `delete${on}`,
        act: () => ({ type: 'moderate', how: 'delete', target }),
      });
    }
  }
  moves.push({ label: 'escalate', act: () => ({ type: 'escalate' }) });
  for (const wait of WAITS) moves.push({ label: `wait ${wait}`, wait });
  return moves;
}

/** The wait buttons of the simulator. */
export const WAITS = [15, 60, 240, 'morning'] as const;

/** First moves every scenario must survive truthfully. */
export const FIRST_MOVES: Move[] = [
  { label: 'escalate', act: () => ({ type: 'escalate' }) },
  { label: 'hide', act: () => ({ type: 'moderate', how: 'hide' }) },
  { label: 'delete', act: () => ({ type: 'moderate', how: 'delete' }) },
  ...WAITS.map((wait) => ({ label: `wait ${wait}`, wait })),
];

/** How a play continues after its scripted moves until the scenario ends. */
export type Continuation = 'model' | 'nothing';

const WEEK = 7 * 1440;

export function finish(sim: Simulation, lang: Lang, how: Continuation): void {
  const started = sim.actor.getSnapshot().context.now;
  while (sim.actor.getSnapshot().status === 'active') {
    if (sim.actor.getSnapshot().context.now - started > WEEK) return;
    const action = how === 'model' ? modelAction(sim, lang) : undefined;
    if (action) sim.act(action);
    else sim.advance(how === 'model' ? 15 : 60);
  }
}

export interface Outcome {
  done: boolean;
  ending: string;
  outcome: OutcomeClass | undefined;
  overall: number;
  /** What is untrue about the ending for this play (empty when it tells the truth). */
  problems: string[];
  log: string;
}

export function outcome(sim: Simulation): Outcome {
  const snapshot = sim.actor.getSnapshot();
  const beat = snapshot.context.beat;
  const ending = sim.scenario.beats[beat]?.ending;
  const overall = combineEvaluations(
    snapshot.context.decisions.flatMap((d) => (d.evaluation ? [d.evaluation] : [])),
  ).overall;
  const log = snapshot.context.decisions
    .map((d) => {
      const a = d.action;
      const what =
        a.type === 'reply'
          ? `reply ${a.channel}${a.optionId ? ` (option ${a.optionId})` : ''}`
          : a.type === 'moderate'
            ? a.how
            : a.type;
      return `${d.beat}: ${what} on ${d.target} → ${d.evaluation?.overall ?? '–'} [${d.evaluation?.findings.map((f) => f.code).join(', ') ?? ''}]`;
    })
    .join('\n  ');
  return {
    done: snapshot.status === 'done',
    ending: beat,
    outcome: ending ? OUTCOMES[ending.outcome] : undefined,
    overall,
    problems: endingProblems(sim),
    log: `ends in "${beat}" (overall ${overall}):\n  ${log}`,
  };
}

/** Plays `moves`, then continues `how`, and reports where it ended and what is untrue. */
export function playMoves(
  scenario: Scenario,
  lang: Lang,
  moves: readonly Move[],
  how: Continuation,
  name?: string,
): Outcome {
  const sim = start(scenario, lang, name);
  for (const move of moves) apply(sim, move, lang);
  finish(sim, lang, how);
  return outcome(sim);
}
