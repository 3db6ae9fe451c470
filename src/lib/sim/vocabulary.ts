/**
 * The closed lists of the scenario format, without zod: the browser may import these values
 * (e.g. OUTCOMES to classify an ending) without pulling the schema library into the island.
 * schema.ts builds the zod schema from them and re-exports them.
 */

export const LANGUAGES = ['de', 'en'] as const;
export const KINDS = ['complaint', 'question', 'praise', 'troll'] as const;
export const PLATFORMS = ['facebook', 'x', 'instagram', 'reviews', 'blog'] as const;
export const CHANNELS = ['public', 'private', 'email', 'phone'] as const;
export const CRITERIA = [
  'timing',
  'tone',
  'empathy',
  'personalization',
  'resolution',
  'channel',
] as const;
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/**
 * How a scenario can end. Each outcome is good, neutral or bad; the model tests check that
 * doing nothing never reaches a good one.
 */
export const OUTCOMES = {
  resolved: 'good',
  calmed: 'good',
  'troll-starved': 'good',
  'stayed-out': 'good',
  delighted: 'good',
  'partly-resolved': 'neutral',
  'escalated-publicly': 'bad',
  'customer-lost': 'bad',
  'troll-fed': 'bad',
  'data-exposed': 'bad',
  ignored: 'bad',
} as const;
export type Outcome = keyof typeof OUTCOMES;
export type OutcomeClass = (typeof OUTCOMES)[Outcome];
export type Lang = (typeof LANGUAGES)[number];
