/**
 * How the debrief leads: which issues to fix first, the findings of each decision in the
 * order a trainee should read them, and the arithmetic behind the overall score. Pure data in,
 * data out; the weights come from the scorer (`WEIGHTS`) through the page, so this module and
 * the debrief carry none of the scorer's code.
 */
import type { Criterion } from '../vocabulary';
import type { Evaluation, Finding } from '../scoring/types';
import { CRITERIA, PASS_MARK } from '../vocabulary';
import type { Decision } from './view';

export type Weights = Readonly<Record<Criterion, number>>;

/**
 * A finding the scorer phrases as a question ("Would this fit any post?"): it reports a failing
 * dimension no rule explains, so the debrief asks it instead of asserting a cause.
 */
export function isDoubt(finding: Pick<Finding, 'code'>): boolean {
  return finding.code.endsWith('.doubt');
}

/**
 * Points of a decision's own score (0–100) lost on one dimension: its weight times what it
 * fell short of 100, over the total weight of the dimensions that apply. Zero where the
 * dimension does not apply.
 */
export function pointsLost(evaluation: Evaluation, criterion: Criterion, weights: Weights): number {
  const score = evaluation.scores[criterion];
  if (score === null) return 0;
  const total = CRITERIA.reduce(
    (sum, c) => sum + (evaluation.scores[c] === null ? 0 : weights[c]),
    0,
  );
  return total > 0 ? (weights[criterion] * (100 - score)) / total : 0;
}

/** An issue to fix first: the finding, where it happened, and what it cost. */
export interface Fix {
  finding: Finding;
  /** Indexes into the scored decisions where this issue was found. */
  decisions: number[];
  /** The dimension's score in the decision where it cost most. */
  score: number;
  /** Overall points (0–100) the dimension lost where this issue was found, shared among the issues on it. */
  cost: number;
}

/** The scored decisions (an internal hand-off that settled nothing has no evaluation). */
export function scored(decisions: readonly Decision[]): (Decision & { evaluation: Evaluation })[] {
  return decisions.filter((d): d is Decision & { evaluation: Evaluation } => d.evaluation !== null);
}

/**
 * The issues that cost most, at most `n`: each issue is charged the points its dimension lost
 * in its decision (shared evenly among the issues on that dimension, and divided by the number
 * of decisions, as the overall score is their mean); the same issue in several decisions adds
 * up. Doubts count as issues (a failing dimension costs the same whether a rule names the
 * cause or not); the page asks them as questions.
 */
export function topFixes(decisions: readonly Decision[], weights: Weights, n = 3): Fix[] {
  const list = scored(decisions);
  const byCode = new Map<string, Fix>();
  list.forEach((d, i) => {
    const issues = d.evaluation.findings.filter((f) => f.type === 'issue');
    for (const f of issues) {
      const sharing = issues.filter((g) => g.criterion === f.criterion).length;
      const cost = pointsLost(d.evaluation, f.criterion, weights) / sharing / list.length;
      const score = d.evaluation.scores[f.criterion] ?? 100;
      const known = byCode.get(f.code);
      if (!known) byCode.set(f.code, { finding: f, decisions: [i], score, cost });
      else {
        if (!known.decisions.includes(i)) known.decisions.push(i);
        known.cost += cost;
        known.score = Math.min(known.score, score);
      }
    }
  });
  return [...byCode.values()]
    .filter((fix) => fix.cost > 0)
    .sort((a, b) => b.cost - a.cost)
    .slice(0, n);
}

/** A decision's findings in reading order: issues (costliest first), questions, strengths. */
export interface FindingGroups {
  issues: Finding[];
  doubts: Finding[];
  strengths: Finding[];
}

export function groupFindings(evaluation: Evaluation, weights: Weights): FindingGroups {
  const cost = (f: Finding) => pointsLost(evaluation, f.criterion, weights);
  const issues = evaluation.findings.filter((f) => f.type === 'issue');
  return {
    // A stable sort keeps the scorer's order among issues of equal cost.
    issues: issues.filter((f) => !isDoubt(f)).sort((a, b) => cost(b) - cost(a)),
    doubts: issues.filter(isDoubt),
    strengths: evaluation.findings.filter((f) => f.type === 'strength'),
  };
}

/** The words a quote refers to, cut from the reply; empty or out-of-range spans are dropped. */
export function quotedWords(reply: string, finding: Pick<Finding, 'quotes'>): string[] {
  const words: string[] = [];
  for (const q of finding.quotes) {
    const start = Math.max(0, Math.floor(q.start));
    const end = Math.min(reply.length, Math.floor(q.end));
    const text = end > start ? reply.slice(start, end).trim() : '';
    if (text !== '' && !words.includes(text)) words.push(text);
  }
  return words;
}

/** The dimensions of a decision that fell below the pass mark, worst first. */
export function failing(evaluation: Evaluation): { criterion: Criterion; score: number }[] {
  return CRITERIA.flatMap((c) => {
    const score = evaluation.scores[c];
    return score !== null && score < PASS_MARK ? [{ criterion: c, score }] : [];
  }).sort((a, b) => a.score - b.score);
}

/** The weights in the order the page explains them: heaviest first, then the debrief's order. */
export function weightOrder(weights: Weights): { weight: number; criteria: Criterion[] }[] {
  const groups = new Map<number, Criterion[]>();
  for (const c of CRITERIA) groups.set(weights[c], [...(groups.get(weights[c]) ?? []), c]);
  return [...groups.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([weight, criteria]) => ({ weight, criteria }));
}
