/**
 * What "passed" means for a packaged course (a setting chosen at export), and the simulator's
 * results as the LMS receives them: one score per dimension over the scenarios completed.
 */
import { CRITERIA, PASS_MARK, type Criterion } from '../vocabulary';

/**
 * `exam`: the final test alone decides. `exam-and-dimensions`: the test must be passed and,
 * over the scenarios completed (at least one), every dimension that applied must average at
 * least `minimum`.
 */
export type PassRule = { rule: 'exam' } | { rule: 'exam-and-dimensions'; minimum: number };

export const PASS_RULES = ['exam', 'exam-and-dimensions'] as const;
export const DEFAULT_PASS_RULE: PassRule = { rule: 'exam' };

/** A scenario played to an ending: its overall and per-dimension scores (0-100, null = n/a). */
export interface ScenarioResult {
  id: string;
  overall: number;
  scores: Record<Criterion, number | null>;
}

/** Per dimension, the mean over the scenarios where it applied (rounded down); null if none. */
export function dimensionScores(
  results: readonly ScenarioResult[],
): Record<Criterion, number | null> {
  const out = {} as Record<Criterion, number | null>;
  for (const c of CRITERIA) {
    const values = results.map((r) => r.scores[c]).filter((v): v is number => v !== null);
    out[c] = values.length
      ? Math.floor(values.reduce((a, b) => a + b, 0) / values.length + 1e-9)
      : null;
  }
  return out;
}

/** Whether one scenario's play meets the guidelines overall (as the debrief says). */
export const scenarioPassed = (r: ScenarioResult): boolean => r.overall >= PASS_MARK;

/**
 * The course's success: null while undecided (exam not submitted), else passed or not under
 * the rule.
 */
export function coursePassed(
  rule: PassRule,
  exam: { percent: number; passPercent: number } | null,
  results: readonly ScenarioResult[],
): boolean | null {
  if (!exam) return null;
  const examPassed = exam.percent >= exam.passPercent;
  if (rule.rule === 'exam' || !examPassed) return examPassed;
  if (results.length === 0) return false;
  return Object.values(dimensionScores(results)).every((v) => v === null || v >= rule.minimum);
}
