import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { createActor } from 'xstate';
import '../../src/lib/scoring';
import { compileScenario, type SimEvent, type SimSnapshot } from '../../src/lib/sim/compile';
import { actEvent, advanceEvent, withAgent, type DriverOptions } from '../../src/lib/sim/driver';
import { driverOptions } from '../../src/lib/sim/options';
import { formatProblem } from '../../src/lib/sim/check';
import { OUTCOMES, type Scenario } from '../../src/lib/sim/schema';
import { checkWalkthrough, optionAction, play } from '../../src/lib/sim/walkthrough';
import { TRAINEE } from './plays';
import { scenarioFiles } from './library';
import { guidelines } from '../../src/lib/guidelines';

/**
 * Model-based tests: every scenario file proves itself. The graph is explored with
 * representative trainee actions per decision point — every prepared option, hide, delete,
 * escalate, and waits of an hour, a day and two days — each scored by the real scorer.
 */

/** Representative events in a snapshot, scored by the real scorer. */
function representativeEvents(
  scenario: Scenario,
  snapshot: SimSnapshot,
  options: DriverOptions,
): SimEvent[] {
  if (snapshot.status !== 'active') return [];
  const decision = scenario.beats[snapshot.context.beat]?.decision;
  if (!decision) return [];
  const lang = options.lang;
  const events: SimEvent[] = decision.options.map((o) =>
    actEvent(scenario, snapshot, optionAction(o, lang), options),
  );
  // Moderation and escalation on every waiting post, so target guards are explored too.
  for (const target of decision.answers) {
    if (decision.canModerate) {
      for (const how of ['hide', 'delete'] as const)
        events.push(actEvent(scenario, snapshot, { type: 'moderate', how, target }, options));
    }
    events.push(actEvent(scenario, snapshot, { type: 'escalate', target }, options));
  }
  for (const minutes of [60, 1500, 3000])
    events.push(advanceEvent(scenario, snapshot, minutes, options));
  return events;
}

/** Identifies a state for the traversal: beat, mood, crowd, flags and how many decisions. */
function serialize(snapshot: SimSnapshot): string {
  const c = snapshot.context;
  return JSON.stringify([
    c.beat,
    c.mood,
    c.pileOn,
    c.flags,
    Math.min(c.decisions.length, 6),
    c.now > 5 * 1440,
  ]);
}

const files = scenarioFiles();

describe('scenario library', () => {
  it('has the 16 scenarios the course needs', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
  });

  it('practises every guideline that can be practised', () => {
    const practised = new Set(files.flatMap((f) => f.loaded.scenario?.guidelines ?? []));
    const missing = guidelines
      .filter((g) => g.practisable && !practised.has(g.id))
      .map((g) => g.id);
    expect(missing).toEqual([]);
  });
});

for (const { file, loaded } of files) {
  describe(file, () => {
    it('parses and passes the author checks', () => {
      expect(loaded.problems.map(formatProblem)).toEqual([]);
    });
    if (!loaded.scenario) return;
    // The scenario as the trainee plays it: `{agent}` is their name.
    const scenario = withAgent(loaded.scenario, TRAINEE);
    const machine = compileScenario(scenario);

    for (const lang of scenario.languages) {
      const options: DriverOptions = driverOptions({ lang, agentName: TRAINEE });

      it(`(${lang}) every beat is reachable and every non-final beat offers an action`, () => {
        const paths = getShortestPaths(machine, {
          events: (s) => representativeEvents(scenario, s, options),
          serializeState: (s) => serialize(s) as never,
          limit: 5000,
        });
        const reached = new Set(paths.map((p) => p.state.context.beat));
        // Beats only a written reply leads to are reached by a walkthrough.
        for (const w of scenario.walkthroughs) {
          const snap = play(loaded.scenario!, w.steps, lang).simulation.actor.getSnapshot();
          for (const d of snap.context.decisions) reached.add(d.beat);
          reached.add(snap.context.beat);
        }
        expect(Object.keys(scenario.beats).filter((b) => !reached.has(b))).toEqual([]);
        for (const path of paths) {
          if (path.state.status === 'active') {
            expect(
              representativeEvents(scenario, path.state, options).length,
              path.state.context.beat,
            ).toBeGreaterThan(0);
            expect(
              machine.getTransitionData(path.state, {
                type: 'ACT',
                action: { type: 'escalate' },
                evaluation: null,
              }).length,
            ).toBeGreaterThan(0);
          }
        }
      });

      it(`(${lang}) the model option of each decision scores best`, () => {
        const paths = getShortestPaths(machine, {
          events: (s) => representativeEvents(scenario, s, options),
          serializeState: (s) => serialize(s) as never,
          limit: 5000,
        });
        const seen = new Set<string>();
        for (const path of paths) {
          const beat = path.state.context.beat;
          const decision = scenario.beats[beat]?.decision;
          if (!decision || seen.has(beat) || path.state.status !== 'active') continue;
          seen.add(beat);
          const overall = (id: string) => {
            const o = decision.options.find((x) => x.id === id)!;
            const e = actEvent(scenario, path.state, optionAction(o, lang), options);
            // An internal hand-off is scored by what the customer sees of it: nothing.
            return e.type === 'ACT' ? (e.evaluation?.overall ?? e.silence?.overall ?? 0) : 0;
          };
          const best = overall(decision.model);
          for (const o of decision.options) {
            if (o.id !== decision.model)
              expect(
                best,
                `${beat}: model "${decision.model}" vs option "${o.id}"`,
              ).toBeGreaterThan(overall(o.id));
          }
        }
      });

      it(`(${lang}) doing nothing never ends well`, () => {
        const actor = createActor(machine).start();
        for (let hour = 0; hour < 24 * 7 && actor.getSnapshot().status === 'active'; hour++) {
          actor.send(advanceEvent(scenario, actor.getSnapshot(), 60, options));
        }
        const end = actor.getSnapshot();
        // Silence must have consequences: within a week of waiting the scenario ends, badly.
        expect(end.status, `still waiting in "${end.context.beat}" after a week`).toBe('done');
        const outcome = scenario.beats[end.context.beat]?.ending?.outcome;
        expect(outcome && OUTCOMES[outcome], `waiting ends in "${end.context.beat}"`).not.toBe(
          'good',
        );
      });

      scenario.walkthroughs.forEach((w) => {
        it(`(${lang}) walkthrough "${w.name}" reaches "${w.expect.ending}"`, () => {
          expect(checkWalkthrough(loaded.scenario!, w, lang).join('\n')).toBe('');
        });
      });
    }
  });
}
