// Scenarios in progress in suspend_data: a play kept as its moves comes back as the same play,
// the whole course fits SCORM 1.2's 4,096 characters with every scenario half-played, and a
// damaged play starts the course afresh with a reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { readCourse } from '../../scripts/export';
import type { CourseData } from '../../src/lib/export';
import {
  cutDraft,
  decodeSuspend,
  encodeSuspend,
  fitSuspend,
  SCORM12_SUSPEND_LIMIT,
  type CourseProgress,
  type KeptPlay,
} from '../../src/lib/export/suspend';
import type { QuizResponse } from '../../src/lib/quiz/score';
import '../../src/lib/scoring';
import { replaySimulation, startSimulation } from '../../src/lib/sim/driver';
import { optionAction } from '../../src/lib/sim/moves';
import { driverOptions } from '../../src/lib/sim/options';
import type { Scenario } from '../../src/lib/sim/schema';

const course = { lessons: 2, examTypes: ['single'] as const, scenarios: ['a-b', 'c'] };
const base: CourseProgress = {
  lessons: [true, false],
  responses: [undefined],
  score: null,
  scenarios: [],
  plays: [],
};
const scores = {
  timing: 100,
  tone: 80,
  empathy: 55,
  personalization: null,
  resolution: 60,
  channel: 90,
};
const plays: KeptPlay[] = [
  {
    id: 'a-b',
    input: 'free',
    mode: 'coaching',
    channel: 'private',
    seed: 0xffffffff,
    seconds: 75,
    agentName: 'Kim',
    moves: [
      { type: 'wait', minutes: 12 },
      { type: 'reply', channel: 'private', taken: 1, overall: 72, scores },
    ],
    draft: 'Danke, "Jana"!',
  },
  {
    id: 'c',
    input: 'choice',
    mode: 'assessment',
    channel: 'public',
    seed: 35,
    seconds: 0,
    moves: [{ type: 'option', index: 2, target: 1 }],
    draft: '',
  },
];

describe('plays in progress in suspend_data', () => {
  it('are kept as header and moves, the draft beside them, and read back', () => {
    const text = encodeSuspend({ ...base, plays });
    // 0xffffffff = "1z141z3" and 75 = "23" in base 36; Kim is name 0.
    expect(text).toBe(
      '{"v":1,"l":"10","e":[null],"s":-1,"c":{},"n":["Kim"],' +
        '"p":{"a-b":["fc11z141z3.23.0:w12r1.1.72.100.80.55..60.90","Danke, \\"Jana\\"!"],' +
        '"c":"ca0z.0.:o2@1"}}',
    );
    expect(decodeSuspend(text, course)).toEqual({ progress: { ...base, plays } });
  });
  it('drop plays of scenarios the course does not hold', () => {
    const text = encodeSuspend({ ...base, plays });
    expect(decodeSuspend(text, { ...course, scenarios: ['c'] }).progress.plays).toEqual([plays[1]]);
  });
  it.each([
    ['a header that does not read', '"p":{"c":"xx0z.0.:o2"}'],
    ['moves that do not read', '"p":{"c":"ca0z.0.:o2q"}'],
    ['a name that is not there', '"p":{"c":"ca0z.0.3:o2"}'],
    ['a draft of the wrong type', '"p":{"c":["ca0z.0.:o2",7]}'],
    ['a seed over 32 bits', '"p":{"c":"ca01z141z4.0.:o2"}'],
    ['names that are not text', '"n":[1],"p":{}'],
  ])('start the course afresh on %s', (_name, part) => {
    const text = `{"v":1,"l":"11","e":[null],"s":-1,"c":{},${part}}`;
    const decoded = decodeSuspend(text, course);
    expect(decoded.problem).toBe('malformed');
    expect(decoded.progress).toEqual({ ...base, lessons: [false, false] });
  });
  it.each([
    [{ kind: 'lesson', index: 1 } as const, '1'],
    [{ kind: 'exam' } as const, '"e"'],
    [{ kind: 'scenarios' } as const, '"l"'],
    [{ kind: 'scenario', id: 'c' } as const, '"s:c"'],
  ])('keep the screen the learner was on: %j', (place, code) => {
    const text = encodeSuspend({ ...base, place });
    expect(text).toBe(`{"v":1,"l":"10","e":[null],"s":-1,"c":{},"w":${code}}`);
    expect(decodeSuspend(text, course).progress.place).toEqual(place);
  });
  it('take a scenario the course no longer holds to the library; refuse a lesson it lacks', () => {
    const text = (w: string) => `{"v":1,"l":"10","e":[null],"s":-1,"c":{},"w":${w}}`;
    expect(decodeSuspend(text('"s:gone"'), course).progress.place).toEqual({ kind: 'scenarios' });
    expect(decodeSuspend(text('2'), course).problem).toBe('malformed');
    expect(decodeSuspend(text('"x"'), course).problem).toBe('malformed');
  });
  it('cut a draft at a space near the end, never half a character', () => {
    expect(cutDraft('Hello there friend', 100)).toBe('Hello there friend');
    expect(cutDraft('Hello there friend', 15)).toBe('Hello there…');
    expect(cutDraft('ab😀cd', 4)).toBe('ab…');
    expect(cutDraft('abc', 1)).toBe('');
  });
  it('cut drafts to fit the limit before anything else goes', () => {
    const long = { ...base, plays: plays.map((p) => ({ ...p, draft: 'word '.repeat(100) })) };
    const full = encodeSuspend(long).length;
    const fitted = fitSuspend(long, full - 200);
    expect(fitted.dropped).toEqual([]);
    expect(fitted.text.length).toBeLessThanOrEqual(full - 200);
    expect(fitted.draftLimit).toBeLessThan(500);
    expect(fitted.draftLimit).toBeGreaterThan(350);
    // Too small even without drafts: the least recently changed play goes first.
    const tiny = fitSuspend(
      long,
      encodeSuspend({ ...base, plays: [{ ...plays[1]!, draft: '' }] }).length,
    );
    expect(tiny.dropped).toEqual(['a-b']);
  });
});

let de: CourseData;
let en: CourseData;
beforeAll(async () => {
  [de, en] = await Promise.all([readCourse('de'), readCourse('en')]);
}, 30_000);

/** Every lesson read, every exam item answered with the most it can hold, every scenario done. */
function fullCourse(c: CourseData): Omit<CourseProgress, 'plays'> {
  const responses = c.exam.itemIds.map((id): QuizResponse => {
    const item = c.quiz.find((q) => q.id === id)!;
    switch (item.type) {
      case 'multiple':
        return { type: 'multiple', choices: item.options.map((o) => o.id) };
      case 'matching':
        return {
          type: 'matching',
          matches: Object.fromEntries(item.pairs.map((p) => [p.id, p.id])),
        };
      case 'ordering':
        return { type: 'ordering', order: item.steps.map((s) => s.id) };
      case 'single':
        return { type: 'single', choice: item.options.at(-1)!.id };
      case 'truefalse':
        return { type: 'truefalse', value: false };
    }
  });
  const all = { ...scores, personalization: 100 };
  return {
    lessons: c.lessons.map(() => true),
    responses,
    score: 100,
    scenarios: c.scenarios.map((sc) => ({ id: sc.id, overall: 100, scores: all })),
  };
}

/**
 * Half of a play of the model option at every beat (half its moves, rounded down), with three
 * minutes of thinking before each move. In free-text mode the option's words are typed, so each
 * reply is kept as its transition and seven scores, the longest form a move has.
 */
function halfPlay(scenario: Scenario, lang: 'de' | 'en', input: 'free' | 'choice', name: string) {
  const play = (limit: number) => {
    const sim = startSimulation(scenario, driverOptions({ lang, agentName: name }));
    const acts = () => sim.log.moves.filter((m) => m.type !== 'wait').length;
    sim.advance(3);
    for (let i = 0; i < 40 && acts() < limit && sim.actor.getSnapshot().status === 'active'; i++) {
      const decision = sim.scenario.beats[sim.actor.getSnapshot().context.beat]!.decision!;
      if (sim.open().length === 0) {
        sim.advance(Math.max(1, decision.opensAfter));
        continue;
      }
      const action = optionAction(
        decision.options.find((o) => o.id === decision.model)!,
        lang,
      );
      sim.advance(3);
      if (input === 'free' && action.type === 'reply') {
        const { optionId: _id, ...typed } = action;
        sim.act(typed);
      } else sim.act(action);
    }
    return { sim, acts: acts() };
  };
  // A scenario of one decision is half-played before that decision (its clock run on).
  return play(Math.floor(play(Infinity).acts / 2)).sim;
}

describe('the whole course in SCORM 1.2 suspend_data', () => {
  for (const input of ['free', 'choice'] as const)
    it(`fits with every scenario half-played (${input} input), both languages`, () => {
      for (const c of [de, en]) {
        expect(c.scenarios.length).toBeGreaterThan(10);
        // The worst name: 40 characters, a different one in every scenario.
        const kept = c.scenarios.map((sc, i): KeptPlay & { sim: ReturnType<typeof halfPlay> } => {
          const agentName = `${String(i).padStart(2, '0')}${'Ä'.repeat(38)}`;
          const sim = halfPlay(sc, c.lang, input, agentName);
          expect(sim.log.broken).toBe(false);
          expect(sim.actor.getSnapshot().status, `${sc.id} ${JSON.stringify(sim.log.moves)}`).toBe(
            'active',
          );
          return {
            id: sc.id,
            input,
            mode: 'assessment',
            channel: 'phone',
            seed: 0xffffffff,
            seconds: 36 ** 4 - 1,
            agentName,
            moves: sim.log.moves,
            // A long draft with characters JSON escapes.
            draft: `"${'Sehr geehrte Frau Becker, '.repeat(20)}"`,
            sim,
          };
        });
        const progress = { ...fullCourse(c), plays: kept.map(({ sim: _s, ...p }) => p) };
        const bare = encodeSuspend({
          ...progress,
          plays: progress.plays.map((p) => ({ ...p, draft: '' })),
        });
        const fitted = fitSuspend(progress, SCORM12_SUSPEND_LIMIT);
        console.log(
          `suspend_data, every scenario half-played (${c.lang}, ${input}): ${bare.length} characters without drafts; drafts cut to ${fitted.draftLimit}`,
        );
        expect(bare.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
        expect(fitted.dropped).toEqual([]);
        expect(fitted.text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
        // Relaunch: every play is rebuilt from the stored text at the moment it was left.
        const decoded = decodeSuspend(fitted.text, {
          lessons: c.lessons.length,
          examTypes: c.exam.itemIds.map((id) => c.quiz.find((q) => q.id === id)!.type),
          scenarios: c.scenarios.map((s) => s.id),
          limit: SCORM12_SUSPEND_LIMIT,
        });
        expect(decoded.problem).toBeUndefined();
        for (const [i, play] of decoded.progress.plays.entries()) {
          const original = kept[i]!;
          const scenario = c.scenarios.find((s) => s.id === play.id)!;
          const again = replaySimulation(
            scenario,
            play.moves,
            driverOptions({ lang: c.lang, agentName: play.agentName }),
            '',
          );
          expect(again, play.id).toBeDefined();
          const a = original.sim.actor.getSnapshot().context;
          const b = again!.actor.getSnapshot().context;
          expect([b.beat, b.now, b.mood, b.flags, b.decisions.length, b.feed.length]).toEqual([
            a.beat,
            a.now,
            a.mood,
            a.flags,
            a.decisions.length,
            a.feed.length,
          ]);
          expect(b.decisions.map((d) => d.evaluation?.scores)).toEqual(
            a.decisions.map((d) => d.evaluation?.scores),
          );
          expect(play.draft.length).toBeLessThanOrEqual(fitted.draftLimit);
        }
      }
    });
});
