/**
 * The certification quiz bank (content/quiz/*.yaml): one list of items per file, every text in
 * German and English under the same item id.
 */
import { z } from 'zod';
import { bilingual } from '../content/bilingual';

export { bilingual, type Bilingual } from '../content/bilingual';

const itemBase = {
  /** Stable id, e.g. "q-complaint-24h"; exports and exam history refer to it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens'),
  /** 1 = recall, 2 = apply, 3 = judge a tricky case. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Guideline ids (content/guidelines.yaml) this item assesses; at least one. */
  guidelines: z.array(z.string()).min(1),
  /** The question or instruction. */
  prompt: bilingual,
  /**
   * Where the item is used. "practice" items (a few per area) make up the self-paced practice
   * exam: their key is published with the site. "certification" items (the default) are never
   * published with a key: the certification exam ships them without it, and the trainer scores
   * the answers with the key file (docs/trust.md).
   */
  use: z.enum(['practice', 'certification']).default('certification'),
};

/** One answer option with the feedback shown when it is chosen. */
export const option = z.strictObject({
  /** Short id, unique within the item (a, b, c …). */
  id: z.string().regex(/^[a-z0-9]+$/),
  text: bilingual,
  correct: z.boolean(),
  /** Why this option is right or wrong. */
  feedback: bilingual,
});

export const singleItem = z.strictObject({
  ...itemBase,
  /** Exactly one option is correct. */
  type: z.literal('single'),
  options: z.array(option).min(3).max(6),
});

export const multipleItem = z.strictObject({
  ...itemBase,
  /** Two or more options are correct; all must be chosen. */
  type: z.literal('multiple'),
  options: z.array(option).min(4).max(8),
});

export const trueFalseItem = z.strictObject({
  ...itemBase,
  type: z.literal('truefalse'),
  /** Whether the statement in the prompt is true. */
  answer: z.boolean(),
  /** Feedback when the learner answers "true" and when they answer "false". */
  feedback: z.strictObject({ true: bilingual, false: bilingual }),
});

/** A left/right pair of a matching item, listed in its correct pairing. */
export const pair = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+$/),
  left: bilingual,
  right: bilingual,
  /** Why these two belong together. */
  feedback: bilingual,
});

export const matchingItem = z.strictObject({
  ...itemBase,
  type: z.literal('matching'),
  /** Three to six pairs; the right-hand sides are shuffled for the learner. */
  pairs: z.array(pair).min(3).max(6),
});

/** One step of an ordering item, listed in the correct order. */
export const step = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+$/),
  text: bilingual,
  /** Why it stands at this position. */
  feedback: bilingual,
});

export const orderingItem = z.strictObject({
  ...itemBase,
  type: z.literal('ordering'),
  /** Three to six steps in the correct order; shuffled for the learner. */
  steps: z.array(step).min(3).max(6),
});

export const quizItem = z.discriminatedUnion('type', [
  singleItem,
  multipleItem,
  trueFalseItem,
  matchingItem,
  orderingItem,
]);
export type QuizItem = z.infer<typeof quizItem>;
export type QuizItemType = QuizItem['type'];

/** A quiz file: a list of items. */
export const quizFile = z.array(quizItem);
