/**
 * The learned layer: per dimension, a logistic regression over the reply's features
 * (features.ts) and the rule-based score, fitted on the tuning writers of the evaluation
 * corpus by `npm run fit:scoring` and shipped as data (model-weights.json). It turns the
 * evidence into the probability that an expert would say the reply meets the guideline on
 * that dimension; the findings stay the explanation.
 */
import type { Criterion, PostKind } from '../vocabulary';
import { KINDS } from '../vocabulary';
// Named imports, so the bundle carries only what is read (not the fit's bookkeeping).
import { scale, weights } from './model-weights.json';

/** Dimensions the model scores; timing is a matter of minutes and stays rule-based. */
export const LEARNED = ['tone', 'empathy', 'personalization', 'resolution', 'channel'] as const;
export type Learned = (typeof LEARNED)[number];

export const isLearned = (c: Criterion): c is Learned => c !== 'timing';

/** The weights are stored as whole numbers of this unit (hundredths: the file stays small). */
export const WEIGHT_SCALE = 100;

/**
 * Each dimension's weights as one comma-separated line of hundredths in base 36, a 0 written
 * as nothing ("c,,-3" is 0.12, 0, -0.03): well over half of them are 0, and the line is a
 * tenth of the scorer's gzip budget smaller than a JSON array of decimals.
 */
export interface WeightsFile {
  features: number;
  scale: number;
  weights: Record<Learned, string>;
}

/** The stored weights as numbers, in the model's unit. */
export const decodeWeights = (
  file: Pick<WeightsFile, 'scale' | 'weights'>,
): Record<Learned, number[]> =>
  Object.fromEntries(
    LEARNED.map((c) => [
      c,
      file.weights[c].split(',').map((w) => (parseInt(w, 36) || 0) / file.scale),
    ]),
  ) as Record<Learned, number[]>;

const model = { weights: decodeWeights({ scale, weights }) };

/**
 * Probability that the dimension meets the guideline. Computes the dot product of the
 * weights with designRow(…) (model-design.ts) without building the row: the shared block and
 * this kind's block.
 */
export function probability(
  criterion: Learned,
  features: readonly number[],
  ruleScore: number,
  kind: PostKind,
): number {
  const w = model.weights[criterion];
  const m = features.length + 2;
  const offset = (KINDS.indexOf(kind) + 1) * m;
  let z = 0;
  // Features a dimension must not lean on (model-design.ts) have weight 0 in the file.
  for (let j = 0; j < features.length; j++) {
    const x = features[j]!;
    if (x !== 0) z += x * ((w[j] ?? 0) + (w[offset + j] ?? 0));
  }
  const scaled = ruleScore / 100;
  const passes = ruleScore >= 60 ? 1 : 0;
  z += scaled * ((w[m - 2] ?? 0) + (w[offset + m - 2] ?? 0));
  z += passes * ((w[m - 1] ?? 0) + (w[offset + m - 1] ?? 0));
  return 1 / (1 + Math.exp(-z));
}

/** A probability as a score: 0.5 is the pass mark 60, 0 is 0 and 1 is 100. */
export function scoreOf(p: number): number {
  const s = p >= 0.5 ? 60 + 80 * (p - 0.5) : 120 * p;
  return Math.max(0, Math.min(100, Math.round(s)));
}
