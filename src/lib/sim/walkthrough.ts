import { combine } from '../sim-ui/view';
import type { Evaluation } from '../scoring/types';
import { startSimulation, textIn, type Scorer, type Simulation } from './driver';
import type { Lang, Scenario, Step, Walkthrough } from './schema';

/** Plays scripted steps against a scenario; used by the model tests and the author checks. */
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
  if ('wait' in step) {
    sim.advance(step.wait);
  } else if ('choose' in step) {
    const option = decision?.options.find((o) => o.id === step.choose);
    if (!option) return `beat "${snapshot.context.beat}" has no option "${step.choose}"`;
    sim.act({
      type: 'reply',
      channel: option.channel,
      text: textIn(option.text, lang),
      optionId: option.id,
      target: option.target,
    });
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
  return undefined;
}

export function result(sim: Simulation): Omit<PlayResult, 'error'> {
  const snapshot = sim.actor.getSnapshot();
  const evaluations = snapshot.context.decisions.flatMap((d) =>
    d.evaluation ? [d.evaluation] : [],
  );
  const combined = combine(
    evaluations.map((evaluation) => ({
      postId: '',
      post: '',
      action: { channel: 'none', reply: '' },
      evaluation,
    })),
  );
  return {
    beat: snapshot.context.beat,
    done: snapshot.status === 'done',
    scores: combined.scores,
    overall: combined.overall,
    simulation: sim,
  };
}

export function play(
  scenario: Scenario,
  steps: readonly Step[],
  lang: Lang,
  scorer: Scorer,
): PlayResult {
  const sim = startSimulation(scenario, { lang, scorer, agentName: 'Lena' });
  for (const step of steps) {
    const error = applyStep(sim, step, lang);
    if (error) return { ...result(sim), error };
  }
  return result(sim);
}

/** Problems with a walkthrough's outcome, empty when it reaches its ending with its scores. */
export function checkWalkthrough(
  scenario: Scenario,
  w: Walkthrough,
  lang: Lang,
  scorer: Scorer,
): string[] {
  const r = play(scenario, w.steps, lang, scorer);
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
  return problems;
}
