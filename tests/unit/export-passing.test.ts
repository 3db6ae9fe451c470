// What "passed" means in the LMS packages, and the per-dimension scores the LMS receives.
import { describe, expect, it } from 'vitest';
import { coursePassed, dimensionScores, type ScenarioResult } from '../../src/lib/export/passing';

const play = (
  id: string,
  overall: number,
  tone: number | null,
  channel: number,
): ScenarioResult => ({
  id,
  overall,
  scores: { timing: 100, tone, empathy: 70, personalization: null, resolution: 50, channel },
});

describe('dimension scores', () => {
  it('average each dimension over the scenarios where it applied, rounded down', () => {
    expect(dimensionScores([play('a', 80, 90, 40), play('b', 60, null, 75)])).toEqual({
      timing: 100,
      tone: 90,
      empathy: 70,
      personalization: null,
      resolution: 50,
      channel: 57,
    });
  });
});

describe('pass rule', () => {
  const exam = (percent: number) => ({ percent, passPercent: 80 });
  it('is undecided until the exam is submitted', () => {
    expect(coursePassed({ rule: 'exam' }, null, [play('a', 90, 90, 90)])).toBeNull();
  });
  it('exam only: the exam decides, the simulator does not', () => {
    expect(coursePassed({ rule: 'exam' }, exam(80), [])).toBe(true);
    expect(coursePassed({ rule: 'exam' }, exam(79), [])).toBe(false);
  });
  it('exam and dimensions: every dimension that applied must reach the minimum', () => {
    const rule = { rule: 'exam-and-dimensions', minimum: 60 } as const;
    expect(coursePassed(rule, exam(100), [])).toBe(false);
    // resolution 50 is below 60
    expect(coursePassed(rule, exam(100), [play('a', 90, 90, 90)])).toBe(false);
    expect(
      coursePassed({ rule: 'exam-and-dimensions', minimum: 50 }, exam(100), [
        play('a', 90, 90, 90),
      ]),
    ).toBe(true);
    expect(
      coursePassed({ rule: 'exam-and-dimensions', minimum: 50 }, exam(70), [play('a', 90, 90, 90)]),
    ).toBe(false);
  });
});
