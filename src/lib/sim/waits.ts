import { targetOf, type SimContext } from './compile';
import type { Scenario } from './schema';

/** How far a wait for an unanswered post looks ahead: four weeks, as far as a saved game goes. */
const HORIZON = 4 * 7 * 24 * 60;

/**
 * The simulated minutes (absolute, ascending, all later than `context.now`) at which one of
 * the beat's `onTime` transitions could first apply if the trainee keeps waiting: for each
 * transition, the moment its time guards (`waitedAtLeast`, `inBeatAtLeast`) all hold; a
 * transition without a time guard could apply one minute on. Advancing to each in turn is
 * waiting until the scenario's own rule for an unanswered post takes over, without stepping
 * through every minute in between. The last step is the horizon, for rules whose other guards
 * (mood, flags) never hold.
 */
export function waitSteps(scenario: Scenario, context: SimContext): number[] {
  const decision = scenario.beats[context.beat]?.decision;
  if (!decision) return [];
  const target = targetOf(scenario, context);
  const postAt = context.feed.find((m) => m.id === target)?.at;
  const steps = decision.onTime.map((t) => {
    let at = context.now + 1;
    for (const g of t.when) {
      if (g.type === 'waitedAtLeast') at = Math.max(at, (postAt ?? context.now) + g.params.minutes);
      else if (g.type === 'inBeatAtLeast') at = Math.max(at, context.beatAt + g.params.minutes);
    }
    return Math.ceil(at);
  });
  const horizon = context.now + HORIZON;
  return [...new Set([...steps.filter((at) => at <= horizon), horizon])].sort((a, b) => a - b);
}
