import type { Evaluation } from '../scoring/types';
import { combineEvaluations, storyProblems } from './claims';
import { DEFAULT_AGENT, startSimulation, textIn, type Simulation } from './driver';
import { driverOptions } from './options';
import { optionAction } from './moves';
import type { Lang, Scenario, Step, Walkthrough } from './schema';

export { optionAction } from './moves';

/**
 * Plays scripted steps against a scenario with the product's own driver options; used by the
 * model tests, the author checks (npm run scenarios:check) and the browser tests' expectations.
 * Node callers load the scorer's languages (import src/lib/scoring) first.
 */
export interface PlayResult {
  /** The beat the play stopped in (an ending beat when it finished). */
  beat: string;
  done: boolean;
  /** Average scores over the play's scored decisions. */
  scores: Evaluation['scores'];
  overall: number;
  simulation: Simulation;
  /** Set when a step could not be taken (e.g. an option id the decision doesn't have). */
  error?: string;
}

export function applyStep(sim: Simulation, step: Step, lang: Lang): string | undefined {
  const snapshot = sim.actor.getSnapshot();
  if (snapshot.status !== 'active') return 'the scenario had already ended';
  const decision = sim.scenario.beats[snapshot.context.beat]?.decision;
  const before = snapshot.context.decisions.length;
  if ('wait' in step) {
    sim.advance(step.wait);
    return undefined;
  }
  if ('choose' in step) {
    const option = decision?.options.find((o) => o.id === step.choose);
    if (!option) return `beat "${snapshot.context.beat}" has no option "${step.choose}"`;
    sim.act(optionAction(option, lang));
  } else if ('reply' in step) {
    sim.act({
      type: 'reply',
      channel: step.channel,
      text: textIn(step.reply, lang),
      target: step.target,
    });
  } else if ('moderate' in step) {
    sim.act({ type: 'moderate', how: step.moderate, target: step.target });
  } else {
    sim.act({ type: 'escalate' });
  }
  if (sim.actor.getSnapshot().context.decisions.length === before)
    return `beat "${snapshot.context.beat}" refused the move (no open post to act on${'moderate' in step ? ', or hiding and deleting are not possible here' : ''})`;
  return undefined;
}

export function result(sim: Simulation): Omit<PlayResult, 'error'> {
  const snapshot = sim.actor.getSnapshot();
  const combined = combineEvaluations(
    snapshot.context.decisions.flatMap((d) => (d.evaluation ? [d.evaluation] : [])),
  );
  return {
    beat: snapshot.context.beat,
    done: snapshot.status === 'done',
    scores: combined.scores,
    overall: combined.overall,
    simulation: sim,
  };
}

/** Plays steps as a trainee named `agentName` (default: the name the scenario texts use). */
export function play(
  scenario: Scenario,
  steps: readonly Step[],
  lang: Lang,
  agentName: string | undefined = DEFAULT_AGENT,
): PlayResult {
  const sim = startSimulation(scenario, driverOptions({ lang, agentName }));
  for (const step of steps) {
    const error = applyStep(sim, step, lang);
    if (error) return { ...result(sim), error };
  }
  return result(sim);
}

/** What is untrue about the ending a finished simulation reached (empty when all holds). */
export function endingProblems(sim: Simulation): string[] {
  const snapshot = sim.actor.getSnapshot();
  const ending = sim.scenario.beats[snapshot.context.beat]?.ending;
  if (snapshot.status !== 'done' || !ending) return [];
  return storyProblems(ending, snapshot.context.decisions).map(
    (p) => `ending "${snapshot.context.beat}" ${p}`,
  );
}

/**
 * Problems with a walkthrough's outcome, empty when it reaches its ending with its scores and
 * the ending's text is true of the play.
 */
export function checkWalkthrough(scenario: Scenario, w: Walkthrough, lang: Lang): string[] {
  const r = play(scenario, w.steps, lang);
  const problems: string[] = [];
  if (r.error) problems.push(r.error);
  if (!r.done || r.beat !== w.expect.ending) {
    problems.push(
      `ends in "${r.beat}"${r.done ? '' : ' (not finished)'}, expected "${w.expect.ending}"`,
    );
  }
  for (const [criterion, min] of Object.entries(w.expect.minScores)) {
    const got = r.scores[criterion as keyof Evaluation['scores']];
    if (got === null || got === undefined || got < (min ?? 0)) {
      problems.push(`${criterion} ${got ?? 'not scored'}, expected at least ${min}`);
    }
  }
  problems.push(...endingProblems(r.simulation));
  return problems;
}
