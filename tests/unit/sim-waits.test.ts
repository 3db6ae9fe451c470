import { describe, expect, it } from 'vitest';
import '../../src/lib/scoring';
import { startSimulation } from '../../src/lib/sim/driver';
import { loadScenarioFile } from '../../src/lib/sim/load-node';
import { driverOptions } from '../../src/lib/sim/options';
import { waitSteps } from '../../src/lib/sim/waits';

const load = (id: string) => loadScenarioFile(`scenarios/${id}.yaml`).scenario!;
const options = driverOptions({ lang: 'en' });
/** Four weeks in minutes: the furthest a wait looks ahead. */
const HORIZON = 40_320;

describe('waitSteps: when the scenario’s rule for an unanswered post can first apply', () => {
  it('is the post’s time plus the waitedAtLeast minutes (research question: 240)', () => {
    // Tuesday 13:30 = 1 × 1440 + 810 = 2250; the question is posted then.
    const sim = startSimulation(load('research-question-status'), options);
    const context = sim.actor.getSnapshot().context;
    expect(context.now).toBe(2250);
    expect(waitSteps(sim.scenario, context)).toEqual([2250 + 240, 2250 + HORIZON]);
    // 30 minutes later the same rule is still 210 minutes away.
    sim.advance(30);
    expect(waitSteps(sim.scenario, sim.actor.getSnapshot().context)).toEqual([
      2490,
      2280 + HORIZON,
    ]);
  });

  it('counts inBeatAtLeast from the beat’s start (inbox: 240 minutes in the beat)', () => {
    // Monday 08:30 = 510.
    const sim = startSimulation(load('inbox-priorities'), options);
    expect(waitSteps(sim.scenario, sim.actor.getSnapshot().context)).toEqual([
      510 + 240,
      510 + HORIZON,
    ]);
  });

  it('advancing to the first step is the engine’s own time-out: no reply is recorded', () => {
    const sim = startSimulation(load('research-question-status'), options);
    const [first] = waitSteps(sim.scenario, sim.actor.getSnapshot().context);
    sim.advance(first! - 2250);
    const after = sim.actor.getSnapshot();
    expect(after.context.beat).toBe('chasing');
    expect(after.context.decisions.map((d) => d.action.type)).toEqual(['none']);
  });

  it('is empty at an ending', () => {
    const sim = startSimulation(load('product-question-simple'), options);
    sim.advance(1440);
    const done = sim.actor.getSnapshot();
    expect(done.status).toBe('done');
    expect(waitSteps(sim.scenario, done.context)).toEqual([]);
  });
});
