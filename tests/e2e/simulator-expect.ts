import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { scoreReply } from '../../src/lib/scoring';
import { scenario as scenarioSchema, type Scenario, type Step } from '../../src/lib/sim/schema';
import { startSimulation } from '../../src/lib/sim/driver';
import { applyStep, result } from '../../src/lib/sim/walkthrough';

/**
 * What the engine and the real scorer give for the same moves the browser made, computed
 * in Node: the debrief must show exactly these numbers.
 */
export function loadScenario(id: string): Scenario {
  return scenarioSchema.parse(parse(readFileSync(`scenarios/${id}.yaml`, 'utf8')));
}

export function expectedResult(id: string, lang: 'de' | 'en', steps: Step[]) {
  const scenario = loadScenario(id);
  const sim = startSimulation(scenario, { lang, scorer: scoreReply });
  for (const step of steps) {
    const error = applyStep(sim, step, lang);
    if (error) throw new Error(error);
  }
  const r = result(sim);
  return { beat: r.beat, done: r.done, scores: r.scores, overall: r.overall };
}
