import { describe, expect, it } from 'vitest';
import { CRITERIA, PASS_MARK } from '../../src/lib/vocabulary';
import { scenarioFiles } from './library';
import {
  apply,
  FIRST_MOVES,
  modelAction,
  movesAt,
  outcome,
  playMoves,
  settle,
  start,
  finish,
  type Move,
} from './plays';

/**
 * Story tests: every scenario must tell the truth about what the trainee did. Wherever a play
 * ends, the ending's declared claims must hold and its outcome must agree with the score
 * (src/lib/sim/claims.ts). The plays: the model option at every decision; each single first
 * move (escalate, hide, delete, every wait) followed by the model or by nothing; every pair of
 * first moves; doing nothing at all. No expected number here comes from the engine: the
 * checks are the claims each scenario file declares and the 60 pass mark.
 */

const files = scenarioFiles().flatMap(({ loaded }) => (loaded.scenario ? [loaded.scenario] : []));

for (const scenario of files) {
  describe(scenario.id, () => {
    for (const lang of scenario.languages) {
      it(`(${lang}) following the model option at every decision ends well`, () => {
        const sim = start(scenario, lang);
        const seen: string[] = [];
        while (sim.actor.getSnapshot().status === 'active' && seen.length < 20) {
          const action = modelAction(sim, lang);
          if (!action) {
            sim.advance(15);
            continue;
          }
          seen.push(sim.actor.getSnapshot().context.beat);
          sim.act(action);
          const decision = sim.actor.getSnapshot().context.decisions.at(-1);
          const e = decision?.evaluation;
          if (e) {
            // The model passes every dimension the scorer judged.
            const failing = CRITERIA.filter((c) => e.scores[c] !== null && e.scores[c] < PASS_MARK);
            expect(failing, `model at "${decision.beat}": ${JSON.stringify(e.scores)}`).toEqual([]);
          }
        }
        const o = outcome(sim);
        expect(o.outcome, o.log).toBe('good');
        expect(o.problems.join('\n'), o.log).toBe('');
      });

      it(`(${lang}) the model option is also best for a trainee who gave no name`, () => {
        const o = playMoves(scenario, lang, [], 'model', '');
        expect(o.outcome, o.log).toBe('good');
      });

      for (const first of FIRST_MOVES) {
        for (const then of ['model', 'nothing'] as const) {
          it(`(${lang}) ${first.label} first, then ${then === 'model' ? 'the model' : 'nothing'}: the ending is true`, () => {
            const o = playMoves(scenario, lang, [first], then);
            expect(o.done, o.log).toBe(true);
            expect(o.problems.join('\n'), o.log).toBe('');
          });
        }
      }

      it(`(${lang}) doing nothing never ends well and never scores above the model path`, () => {
        const idle = playMoves(scenario, lang, [], 'nothing');
        const model = playMoves(scenario, lang, [], 'model');
        expect(idle.done, idle.log).toBe(true);
        expect(idle.outcome, idle.log).not.toBe('good');
        expect(idle.overall, `${idle.log}\nmodel: ${model.log}`).toBeLessThanOrEqual(model.overall);
      });

      it(`(${lang}) every pair of first moves ends in an ending that is true`, () => {
        const failures: string[] = [];
        const firsts = movesAt(start(scenario, lang));
        for (const m1 of firsts) {
          const after = start(scenario, lang);
          apply(after, m1, lang);
          settle(after);
          const seconds: (Move | undefined)[] = [undefined, ...movesAt(after)];
          for (const m2 of seconds) {
            for (const then of ['model', 'nothing'] as const) {
              const sim = start(scenario, lang);
              apply(sim, m1, lang);
              settle(sim);
              if (m2) apply(sim, m2, lang);
              finish(sim, lang, then);
              const o = outcome(sim);
              const what = `${m1.label}${m2 ? `, ${m2.label}` : ''}, then ${then}`;
              if (!o.done) failures.push(`${what}: never ends; ${o.log}`);
              else if (o.problems.length > 0)
                failures.push(`${what}: ${o.problems.join('; ')}\n  ${o.log}`);
            }
          }
        }
        if (failures.length > 0)
          expect.fail(`${failures.length} untrue endings:\n\n${failures.join('\n\n')}`);
      });
    }
  });
}
