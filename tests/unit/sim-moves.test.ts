// A play rebuilt from its compact move log (src/lib/sim/moves.ts, replaySimulation in
// driver.ts) is the same play: for every scenario of the library, in each of its languages.
import { describe, expect, it } from 'vitest';
import '../../src/lib/scoring';
import type { SimContext } from '../../src/lib/sim/compile';
import {
  replaySimulation,
  restoreSimulation,
  startSimulation,
  type Simulation,
} from '../../src/lib/sim/driver';
import { loadLibrary } from '../../src/lib/sim/load-node';
import { decodeMoves, encodeMoves, optionAction, type Move } from '../../src/lib/sim/moves';
import { driverOptions } from '../../src/lib/sim/options';
import type { Scenario } from '../../src/lib/sim/schema';
import { applyStep } from '../../src/lib/sim/walkthrough';

const library = loadLibrary().flatMap(({ loaded }) => (loaded.scenario ? [loaded.scenario] : []));
const LOST = '(not kept)';

/**
 * Plays the decision's model option at every beat, with thinking time before each move the way
 * the simulator's clock passes it (a minute at a time), until the scenario ends.
 */
function modelPlay(scenario: Scenario, lang: 'de' | 'en'): Simulation & { waits: number } {
  const sim = Object.assign(startSimulation(scenario, driverOptions({ lang, agentName: 'Kim' })), {
    waits: 0,
  });
  for (let step = 0; step < 40 && sim.actor.getSnapshot().status === 'active'; step++) {
    const { context } = sim.actor.getSnapshot();
    const decision = sim.scenario.beats[context.beat]!.decision!;
    for (let i = 0; i < 3; i++, sim.waits++) sim.advance(1);
    if (sim.actor.getSnapshot().context.beat !== context.beat) continue;
    if (sim.open().length === 0) {
      sim.advance(Math.max(1, decision.opensAfter));
      sim.waits++;
      continue;
    }
    const model = decision.options.find((o) => o.id === decision.model)!;
    sim.act(optionAction(model, lang));
  }
  return sim;
}

const roundTrip = (sim: Simulation): Move[] => decodeMoves(encodeMoves(sim.log.moves))!;

describe('move log codec', () => {
  it('writes each kind of move compactly and reads it back', () => {
    const moves: Move[] = [
      { type: 'wait', minutes: 3 },
      { type: 'option', index: 2 },
      { type: 'option', index: 0, target: 1 },
      { type: 'moderate', how: 'hide' },
      { type: 'moderate', how: 'delete', target: 2 },
      { type: 'escalate' },
      {
        type: 'reply',
        channel: 'private',
        taken: 1,
        overall: 72,
        scores: {
          timing: 100,
          tone: 80,
          empathy: 55,
          personalization: null,
          resolution: 60,
          channel: 90,
        },
        target: 1,
      },
      { type: 'escalate', target: 0 },
    ];
    const text = encodeMoves(moves);
    expect(text).toBe('w3o2o0@1mhmd@2xr1.1.72.100.80.55..60.90@1x@0');
    expect(decodeMoves(text)).toEqual(moves);
    expect(decodeMoves('')).toEqual([]);
  });
  it.each([['w0'], ['q1'], ['o'], ['r4.0.1.1.1.1.1.1.1'], ['r0.0.101......'], ['w1 '], ['x@']])(
    'refuses %j',
    (text) => expect(decodeMoves(text)).toBeUndefined(),
  );
});

describe('a replayed play is the original play', () => {
  for (const scenario of library)
    for (const lang of scenario.languages) {
      it(`${scenario.id} (${lang}): the model option at every beat`, () => {
        const sim = modelPlay(scenario, lang);
        expect(sim.actor.getSnapshot().status).toBe('done');
        expect(sim.log.broken).toBe(false);
        // Minutes of thinking that change nothing are merged into one wait.
        const waits = sim.log.moves.filter((m) => m.type === 'wait').length;
        expect(waits).toBeLessThanOrEqual(sim.waits / 2);
        const moves = roundTrip(sim);
        // Half the play, and all of it.
        for (const count of [Math.ceil(moves.length / 2), moves.length]) {
          const again = replaySimulation(
            scenario,
            moves.slice(0, count),
            driverOptions({ lang, agentName: 'Kim' }),
            LOST,
          );
          expect(again).toBeDefined();
          if (count === moves.length)
            expect(again!.actor.getSnapshot().context).toEqual(sim.actor.getSnapshot().context);
          expect(encodeMoves(again!.log.moves)).toBe(encodeMoves(moves.slice(0, count)));
        }
      });
      for (const [w, walkthrough] of scenario.walkthroughs.entries())
        it(`${scenario.id} (${lang}): walkthrough ${w} "${walkthrough.name}"`, () => {
          const options = driverOptions({ lang, agentName: 'Lena' });
          const sim = startSimulation(scenario, options);
          for (const step of walkthrough.steps) expect(applyStep(sim, step, lang)).toBeUndefined();
          const again = replaySimulation(scenario, roundTrip(sim), options, LOST)!;
          expect(again).toBeDefined();
          const a = sim.actor.getSnapshot();
          const b = again.actor.getSnapshot();
          expect(b.status).toBe(a.status);
          expect(b.value).toBe(a.value);
          // Free-text replies come back without their words and findings; all else is the same.
          const typed = (c: SimContext) => ({
            ...c,
            feed: c.feed.map((m) =>
              m.from === 'agent' && !fromOption(c, m.id) ? { ...m, text: '' } : m,
            ),
            decisions: c.decisions.map((d) =>
              d.action.type === 'reply' && d.action.optionId === undefined
                ? {
                    ...d,
                    action: { ...d.action, text: '' },
                    evaluation: d.evaluation && { ...d.evaluation, findings: [] },
                  }
                : d,
            ),
          });
          expect(typed(b.context)).toEqual(typed(a.context));
          expect(encodeMoves(again.log.moves)).toBe(encodeMoves(sim.log.moves));
        });
    }
});

/** Whether an agent message of the feed was a prepared option (kept word for word). */
function fromOption(c: SimContext, id: string): boolean {
  const n = Number(id.replace('agent-', '')) - 1;
  const d = c.decisions[n];
  return d?.action.type === 'reply' && d.action.optionId !== undefined;
}

describe('a play restored from a snapshot', () => {
  const scenario = library[0]!;
  const options = driverOptions({ lang: 'en', agentName: 'Kim' });
  const sim = modelPlay(scenario, 'en');
  const half = roundTrip(sim).slice(0, 2);
  const played = replaySimulation(scenario, half, options, LOST)!;
  it('carries on its log when the moves were saved beside it', () => {
    const restored = restoreSimulation(scenario, played.persist(), options, half)!;
    expect(restored.log.broken).toBe(false);
    restored.advance(2);
    played.advance(2);
    expect(encodeMoves(restored.log.moves)).toBe(encodeMoves(played.log.moves));
  });
  it('cannot be kept elsewhere without them (its earlier moves are unknown)', () => {
    expect(restoreSimulation(scenario, played.persist(), options)!.log.broken).toBe(true);
  });
});
