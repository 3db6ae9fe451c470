/**
 * The words the whole product shares: languages, kinds of post, platforms, channels, scoring
 * criteria, outcomes and the response-time norms. Defined once here and imported by the
 * clock, the scorer, the scenario engine and the UI; a second definition is how a clock says
 * "overdue" while the debrief says "in time".
 *
 * A leaf module: it imports nothing, so every layer (data checks, src/lib, components) may
 * use it, and the browser gets plain values without zod.
 */

export const LANGUAGES = ['de', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Kinds of customer post the guidelines distinguish. */
export const KINDS = ['complaint', 'question', 'praise', 'troll'] as const;
export type PostKind = (typeof KINDS)[number];

export const PLATFORMS = ['facebook', 'x', 'instagram', 'reviews', 'blog'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Where a written reply goes. */
export const REPLY_CHANNELS = ['public', 'private', 'email', 'phone'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

/** Acting without a written reply: leaving the post alone, hiding it or deleting it. */
export const NON_REPLIES = ['none', 'hide', 'delete'] as const;
export type NonReply = (typeof NON_REPLIES)[number];

/** How the trainee acted on a post, as the scorer sees it. */
export const CHANNELS = [...REPLY_CHANNELS, ...NON_REPLIES] as const;
export type Channel = (typeof CHANNELS)[number];

/** The dimensions every reply is scored on, in the order the debrief shows them. */
export const CRITERIA = [
  'timing',
  'tone',
  'empathy',
  'personalization',
  'resolution',
  'channel',
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** A score of this or more means the reply meets the guideline on that dimension. */
export const PASS_MARK = 60;

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

export const MINUTES_PER_DAY = 1440;

/**
 * Response-time norms from the guidelines, in minutes: `limit` is the latest acceptable
 * reply (complaints and questions 24 h, praise 2 days); `exemplary`, where the guidelines name
 * one, is the time an excellent team answers in (questions: 1 hour). Trolls have no norm:
 * they need no reply.
 */
export const RESPONSE_NORMS: Readonly<
  Record<Exclude<PostKind, 'troll'>, { limit: number; exemplary?: number }>
> = {
  complaint: { limit: MINUTES_PER_DAY },
  question: { limit: MINUTES_PER_DAY, exemplary: 60 },
  praise: { limit: 2 * MINUTES_PER_DAY },
};

/** The norm for a kind of post; undefined for a troll. */
export function responseNorm(kind: PostKind): { limit: number; exemplary?: number } | undefined {
  return kind === 'troll' ? undefined : RESPONSE_NORMS[kind];
}
