/**
 * How the learned layer's inputs are laid out for fitting (scripts/fit-scoring.ts): the
 * evidence each dimension may lean on, and a reply's row of the design matrix. Node only: the
 * browser computes the same dot product in model.ts from the fitted weights, where a feature
 * a dimension must not lean on has weight 0 (a unit test keeps it so).
 */
import { KINDS } from '../vocabulary';
import { FEATURES } from './features';
import { LEARNED, type Learned } from './model';

/** Whom the reply addresses and what of the post it picks up: personalisation's evidence. */
const ADDRESSING = ['name', 'sign-off', 'overlap-0', 'overlap-1', 'overlap-2', 'overlap-3'];
/** How warmly or loudly it is written: tone's and empathy's evidence. */
const MANNER = [
  'emoji-many',
  'exclamations-many',
  'wink',
  'rule:tone.friendly',
  'rule:empathy.warmth',
];

/** The shape of an answer: a time with no step, a figure, an opening yes or no. */
const ANSWER_SHAPE = ['time-only', 'figure-stated', 'opens-yes-no'];

/**
 * Evidence a dimension must not lean on, by the rubric. A model free to use every feature
 * learns the corpus's shortcuts: careful writers sign their replies, so a sign-off would
 * "solve" a complaint, and a trainee who forgets it would fail resolution.
 */
export const NOT_EVIDENCE: Readonly<Record<Learned, readonly string[]>> = {
  // Tone is in the words: the situation (who is at fault, what data is needed) is no evidence.
  tone: [
    ...ADDRESSING,
    'fault',
    'not-at-fault',
    'data-needed',
    'rule-breaker',
    'foreign-profile',
    'channel-public',
    'channel-private',
    // Whether a step is concrete is resolution's question: "a polite but bureaucratic
    // redirect is tone-good (it fails elsewhere)".
    'step',
    'step-owned',
    'step-timed',
    'status',
    'handoff-only',
    ...ANSWER_SHAPE,
    'rule:cue.weak-step',
    'rule:cue.handoff',
    'rule:resolution.next-step',
    'rule:resolution.time-frame',
    // Nor is a redirect: where it sends the customer is the channel's question.
    'rule:channel.detour',
    'rule:cue.pointer',
  ],
  // Whether a time, a figure or a plain yes is given is how the case is solved, not whether
  // the reply feels with the customer or speaks to them.
  empathy: ['sign-off', ...ANSWER_SHAPE],
  personalization: [...ANSWER_SHAPE],
  resolution: [
    'name',
    'sign-off',
    ...MANNER,
    'thanks-specific',
    'thanks-generic',
    // Showing the customer's data in public is a channel failure; a smile after a reproach
    // is one of tone. Neither decides whether the case is solved.
    'data-revealed',
    'smile-after-reproach',
    'rule:cue.reproach',
    'rule:tone.blame',
    // Already weighed by the rule score; a second, free weight only learns noise.
    'step',
    'rule:resolution.next-step',
    'rule:resolution.time-frame',
  ],
  channel: [
    ...ADDRESSING,
    ...MANNER,
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
