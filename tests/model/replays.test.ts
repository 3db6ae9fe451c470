import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '../../src/lib/scoring';
import { step } from '../../src/lib/sim/schema';
import { endingProblems, play } from '../../src/lib/sim/walkthrough';
import { OUTCOMES, PASS_MARK } from '../../src/lib/vocabulary';
import { scenarioFiles } from './library';

/**
 * Replay fixtures: the hard cases of issue 10 as event scripts (tests/fixtures/sim/replays.yaml),
 * each with what must be true written down by hand, the way statelyai/xstate replays SCXML
 * fixtures. Every replay also checks that the ending it reaches tells the truth.
 */
const replay = z.strictObject({
  scenario: z.string(),
  name: z.string(),
  steps: z.array(step).min(1),
  expect: z.strictObject({
    ending: z.string().optional(),
    outcome: z.enum(['good', 'neutral', 'bad']).optional(),
    notBeats: z.array(z.string()).default([]),
    feedLacks: z.array(z.string()).default([]),
    passes: z.boolean().optional(),
  }),
});
const replays = z
  .array(replay)
  .parse(parse(readFileSync('tests/fixtures/sim/replays.yaml', 'utf8')));
const scenarios = new Map(
  scenarioFiles().flatMap(({ loaded }) =>
    loaded.scenario ? [[loaded.scenario.id, loaded.scenario]] : [],
  ),
);

describe('replays of the hard cases', () => {
  for (const r of replays) {
    const scenario = scenarios.get(r.scenario);
    it(`${r.scenario}: the scenario exists`, () => expect(scenario).toBeDefined());
    if (!scenario) continue;
    for (const lang of scenario.languages) {
      it(`${r.scenario} (${lang}): ${r.name}`, () => {
        const result = play(scenario, r.steps, lang);
        expect(result.error).toBeUndefined();
        const snapshot = result.simulation.actor.getSnapshot();
        const beats = [...snapshot.context.decisions.map((d) => d.beat), snapshot.context.beat];
        if (r.expect.ending) {
          expect(result.done).toBe(true);
          expect(result.beat).toBe(r.expect.ending);
        }
        const ending = scenario.beats[result.beat]?.ending;
        if (r.expect.outcome) expect(ending && OUTCOMES[ending.outcome]).toBe(r.expect.outcome);
        if (r.expect.passes !== undefined)
          expect(result.overall >= PASS_MARK, `overall ${result.overall}`).toBe(r.expect.passes);
        for (const beat of r.expect.notBeats) expect(beats).not.toContain(beat);
        const feed = snapshot.context.feed
          .filter((m) => m.from !== 'agent')
          .map((m) => (typeof m.text === 'string' ? m.text : (m.text[lang] ?? '')))
          .join('\n');
        for (const words of r.expect.feedLacks) expect(feed).not.toContain(words);
        expect(endingProblems(result.simulation).join('\n')).toBe('');
      });
    }
  }
});
