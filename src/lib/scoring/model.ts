/**
 * The learned layer: per dimension, a logistic regression over the reply's features
 * (features.ts) and the rule-based score, fitted on the tuning writers of the evaluation
 * corpus by `npm run fit:scoring` and shipped as data (model-weights.json). It turns the
 * evidence into the probability that an expert would say the reply meets the guideline on
 * that dimension; the findings stay the explanation.
 */
import type { Criterion, PostKind } from '../vocabulary';
import { KINDS } from '../vocabulary';
import { FEATURES } from './features';
import weightsFile from './model-weights.json';

/** Dimensions the model scores; timing is a matter of minutes and stays rule-based. */
export const LEARNED = ['tone', 'empathy', 'personalization', 'resolution', 'channel'] as const;
export type Learned = (typeof LEARNED)[number];

export const isLearned = (c: Criterion): c is Learned => c !== 'timing';

/**
 * Evidence a dimension must not lean on, by the rubric. A model free to use every feature
 * learns the corpus's shortcuts: careful writers sign their replies, so a sign-off would
 * "solve" a complaint, and a trainee who forgets it would fail resolution.
 */
export const NOT_EVIDENCE: Readonly<Record<Learned, readonly string[]>> = {
  // Tone is in the words: the situation (who is at fault, what data is needed) is no evidence.
  tone: [
    'name',
    'sign-off',
    'overlap-0',
    'overlap-1',
    'overlap-2',
    'overlap-3',
    'fault',
    'not-at-fault',
    'data-needed',
    'rule-breaker',
    'foreign-profile',
    'channel-public',
    'channel-private',
  ],
  empathy: ['sign-off'],
  personalization: [],
  resolution: [
    'name',
    'sign-off',
    'emoji-many',
    'exclamations-many',
    'wink',
    'rule:tone.friendly',
    'rule:empathy.warmth',
    'thanks-specific',
    'thanks-generic',
    // Already weighed by the rule score; a second, free weight only learns noise.
    'step',
    'rule:resolution.next-step',
    'rule:resolution.time-frame',
  ],
  channel: [
    'name',
    'sign-off',
    'overlap-0',
    'overlap-1',
    'overlap-2',
    'overlap-3',
    'emoji-many',
    'exclamations-many',
    'wink',
    'rule:tone.friendly',
    'rule:empathy.warmth',
    'empathy-act',
    'empathy-specific',
    'empathy-generic-only',
    'empathy-one-detail',
    'empathy-details',
    'apology-specific',
    'apology-generic',
    'thanks-specific',
    'thanks-generic',
  ],
};

/** Per dimension: 0 where a feature must not count, 1 elsewhere (aligned with FEATURES). */
const MASKS: Readonly<Record<Learned, readonly number[]>> = Object.fromEntries(
  LEARNED.map((c) => {
    const blocked = new Set(NOT_EVIDENCE[c]);
    return [c, FEATURES.map((f) => (blocked.has(f) ? 0 : 1))];
  }),
) as Record<Learned, number[]>;

/**
 * The model's inputs: the features and the rule score (scaled, and whether it passes), once
 * shared by every kind of post and once in the block of this kind (kind-specific deviations).
 */
export function designRow(
  criterion: Learned,
  features: readonly number[],
  ruleScore: number,
  kind: number,
): number[] {
  const mask = MASKS[criterion];
  const base = [...features.map((x, j) => x * mask[j]!), ruleScore / 100, ruleScore >= 60 ? 1 : 0];
  const out = [...base];
  for (let k = 0; k < KINDS.length; k++) for (const v of base) out.push(k === kind ? v : 0);
  return out;
}

/** The weights are stored as whole numbers of this unit (hundredths: the file stays small). */
export const WEIGHT_SCALE = 100;

interface WeightsFile {
  features: number;
  scale: number;
  weights: Record<Learned, number[]>;
}
const stored = weightsFile as unknown as WeightsFile;
const model = {
  weights: Object.fromEntries(
    LEARNED.map((c) => [c, stored.weights[c].map((w) => w / stored.scale)]),
  ) as Record<Learned, number[]>,
};

/**
 * Probability that the dimension meets the guideline. Computes the dot product of the
 * weights with designRow(…) without building the row: the shared block and this kind's block.
 */
export function probability(
  criterion: Learned,
  features: readonly number[],
  ruleScore: number,
  kind: PostKind,
): number {
  const w = model.weights[criterion];
  const mask = MASKS[criterion];
  const m = features.length + 2;
  const offset = (KINDS.indexOf(kind) + 1) * m;
  let z = 0;
  for (let j = 0; j < features.length; j++) {
    const x = features[j]! * mask[j]!;
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
