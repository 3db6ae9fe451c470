/**
 * The scorer's rule catalogue, language-neutral: every word rule (what its patterns are
 * evidence of) and every finding (its criterion, whether it is a strength or an issue, the
 * guideline it cites and its declared effect on the score). The analyzers decide *whether*
 * a finding holds; what it does to the score is stated here, next to its code, and read
 * from here. Language packs (lang/de.ts, lang/en.ts) hold only language: patterns,
 * messages, examples and word lists. `npm run scoring:rules` writes the rules table in
 * docs/scoring-rules.md from this file.
 */
import type { Criterion, PostKind } from '../vocabulary';

/**
 * How the matches of a word rule count:
 * - signal: evidence the reply meets the guideline,
 * - penalty: evidence against it,
 * - cap: so serious that the dimension cannot pass while it is present,
 * - cue: no finding of its own; a building block for a structural check (e.g. a request
 *   verb and a personal-data noun in one sentence make a public data request).
 */
export type RuleRole = 'signal' | 'penalty' | 'cap' | 'cue';

export interface WordRule {
  criterion: Criterion;
  role: RuleRole;
  /** Guideline id in content/guidelines.yaml. */
  guideline: string;
  /** Post kinds it applies to; all when omitted. */
  scope?: readonly PostKind[];
  /** A negation just before it (or a German clause-final "nicht") cancels the match. */
  negatable?: boolean;
}

/**
 * The word rules, in matching order. A rule's name is the finding code it contributes to,
 * or a "cue.*" name for building blocks of structural checks.
 */
export const WORD_RULES = {
  'tone.friendly': {
    criterion: 'tone',
    role: 'signal',
    guideline: 'complaint.stay-professional',
  },
  'tone.sarcasm': {
    criterion: 'tone',
    role: 'cap',
    guideline: 'complaint.no-irony-sarcasm',
  },
  'tone.flippant': {
    criterion: 'tone',
    role: 'cap',
    guideline: 'complaint.stay-professional',
    scope: ['complaint', 'question', 'troll'],
  },
  'tone.irritation': {
    criterion: 'tone',
    role: 'cap',
    guideline: 'complaint.stay-professional',
  },
  'tone.blame': {
    criterion: 'tone',
    role: 'cap',
    guideline: 'complaint.stay-professional',
  },
  'tone.defensive': {
    criterion: 'tone',
    role: 'penalty',
    guideline: 'complaint.stay-professional',
  },
  'tone.bureaucratic': {
    criterion: 'tone',
    role: 'penalty',
    guideline: 'complaint.stay-professional',
  },
  'tone.jargon': {
    criterion: 'tone',
    role: 'penalty',
    guideline: 'question.plain-language',
  },
  'empathy.apology': {
    criterion: 'empathy',
    role: 'signal',
    guideline: 'complaint.admit-and-apologise',
    negatable: true,
  },
  'empathy.pseudo-apology': {
    criterion: 'empathy',
    role: 'cap',
    guideline: 'complaint.admit-and-apologise',
  },
  'empathy.vague-apology': {
    criterion: 'empathy',
    role: 'penalty',
    guideline: 'complaint.admit-and-apologise',
  },
  'empathy.understanding': {
    criterion: 'empathy',
    role: 'signal',
    guideline: 'complaint.show-understanding',
    negatable: true,
  },
  'empathy.taken-seriously': {
    criterion: 'empathy',
    role: 'signal',
    guideline: 'complaint.take-seriously',
    negatable: true,
  },
  'empathy.warmth': {
    criterion: 'empathy',
    role: 'signal',
    guideline: 'praise.thank-briefly',
    negatable: true,
  },
  'personalization.boilerplate': {
    criterion: 'personalization',
    role: 'penalty',
    guideline: 'praise.no-standard-text',
  },
  'resolution.next-step': {
    criterion: 'resolution',
    role: 'signal',
    guideline: 'complaint.solve-and-explain-steps',
    negatable: true,
  },
  'cue.weak-step': {
    criterion: 'resolution',
    role: 'cue',
    guideline: 'complaint.solve-and-explain-steps',
    negatable: true,
  },
  'resolution.time-frame': {
    criterion: 'resolution',
    role: 'signal',
    guideline: 'complaint.solve-and-explain-steps',
  },
  'resolution.correction': {
    criterion: 'resolution',
    role: 'signal',
    guideline: 'complaint.correct-unjustified',
  },
  'resolution.cant-help': {
    criterion: 'resolution',
    role: 'penalty',
    guideline: 'complaint.solve-and-explain-steps',
  },
  'resolution.false-admission': {
    criterion: 'resolution',
    role: 'cue',
    guideline: 'complaint.tell-good-from-bad',
  },
  'resolution.pushing': {
    criterion: 'resolution',
    role: 'cap',
    guideline: 'praise.no-pushing',
  },
  'cue.answer': {
    criterion: 'resolution',
    role: 'cue',
    guideline: 'question.answer-in-thread',
  },
  'cue.request': {
    criterion: 'channel',
    role: 'cue',
    guideline: 'channel.personal-data-private',
  },
  'cue.personal-data': {
    criterion: 'channel',
    role: 'cue',
    guideline: 'channel.personal-data-private',
  },
  'cue.private-channel': {
    criterion: 'channel',
    role: 'cue',
    guideline: 'complaint.offer-private-channel',
    negatable: true,
  },
  'channel.detour': {
    criterion: 'channel',
    role: 'cue',
    guideline: 'question.answer-in-thread',
  },
  // Somewhere to read (terms, FAQ, website, size chart, an app section), never a way to reach
  // anyone: a detour for a simple question, and no private route for a case that needs data.
  'cue.pointer': {
    criterion: 'channel',
    role: 'cue',
    guideline: 'question.answer-in-thread',
  },
  'cue.appeal': {
    criterion: 'tone',
    role: 'cue',
    guideline: 'complaint.stay-professional',
  },
  'cue.handoff': {
    criterion: 'resolution',
    role: 'cue',
    guideline: 'complaint.solve-and-explain-steps',
  },
  'cue.generic-empathy': {
    criterion: 'empathy',
    role: 'cue',
    guideline: 'complaint.show-understanding',
  },
  'cue.reproach': {
    criterion: 'tone',
    role: 'cue',
    guideline: 'complaint.stay-professional',
    scope: ['complaint', 'question', 'troll'],
  },
  'cue.casual': {
    criterion: 'tone',
    role: 'cue',
    guideline: 'complaint.stay-professional',
    scope: ['complaint', 'question', 'troll'],
  },
  'cue.legal': {
    criterion: 'resolution',
    role: 'cue',
    guideline: 'troll.dont-feed',
  },
  'cue.remedy': {
    criterion: 'resolution',
    role: 'cue',
    guideline: 'complaint.tell-good-from-bad',
    scope: ['complaint'],
    negatable: true,
  },
  'cue.call-to-action': {
    criterion: 'resolution',
    role: 'cue',
    guideline: 'praise.no-pushing',
    scope: ['praise'],
  },
} as const satisfies Record<string, WordRule>;

export type RuleName = keyof typeof WORD_RULES;
export const RULE_NAMES = Object.keys(WORD_RULES) as RuleName[];

/**
 * What a finding does to a score. All fields are optional; an empty effect means the finding
 * explains a score computed from the others (e.g. a strength that names the reason).
 */
export interface Effect {
  /** The dimension's score while the finding holds. */
  set?: number;
  /** Added to the dimension's score (negative: subtracted). */
  add?: number;
  /** The dimension cannot score more than this while the finding holds. */
  cap?: number;
}

export interface FindingSpec {
  criterion: Criterion;
  type: 'strength' | 'issue';
  /** The effect on its own criterion. */
  effect: Effect;
  /** Named variants with other effects (e.g. hiding vs deleting). */
  variants?: Readonly<Record<string, Effect>>;
  /** Effects on other criteria (e.g. a pseudo-apology also fails the tone). */
  alsoCaps?: Partial<Record<Criterion, number>>;
  /**
   * An issue experts fail the dimension for whenever it is there (measured on the tuning
   * writers: at least 9 in 10 replies with it are labelled "bad"). The learned layer may
   * lower a score, never lift a dimension with a decisive issue to a pass.
   */
  decisive?: true;
  /**
   * A strength that settles the dimension by the rubric unless a decisive issue is there too
   * (a polite factual correction of an unjustified complaint; personal data moved to a
   * private channel; a rule-breaking post moderated; thanks for praise with nothing asked).
   */
  sufficient?: true;
  /**
   * An issue that only says the rules found no evidence of what the dimension asks for (no
   * step, no acknowledgement, nothing of the post picked up). Where the learned layer finds the dimension met, it would
   * contradict the bar the trainee sees, so it is left out.
   */
  absence?: true;
  /**
   * A strength that says the dimension is met ("friendly tone", "the channel fits"), not only
   * that something was done. Under a failing bar it would contradict what the trainee sees,
   * so it is left out wherever the final score fails the dimension.
   */
  verdict?: true;
}

/** Every finding code the scorer can emit. Scenario authors guard transitions on these codes, so they are stable. */
export const FINDINGS = {
  'timing.exemplary': {
    criterion: 'timing',
    type: 'strength',
    effect: { set: 100 },
  },
  'timing.in-time': {
    criterion: 'timing',
    type: 'strength',
    // Falls linearly from `set` after the first hour to `set + add` at the norm.
    effect: { set: 100, add: -30 },
    variants: { 'after-exemplary': { set: 85, add: -20 } },
  },
  'timing.late': {
    criterion: 'timing',
    type: 'issue',
    decisive: true,
    // Falls linearly from `set` at the norm by `add` per two norms more.
    effect: { set: 50, add: -40 },
  },

  'tone.friendly': {
    criterion: 'tone',
    type: 'strength',
    verdict: true,
    effect: { add: 10 },
  },
  'tone.sarcasm': {
    criterion: 'tone',
    type: 'issue',
    decisive: true,
    effect: { cap: 30 },
    variants: { 'weak-cues': { cap: 40 } },
  },
  'tone.flippant': {
    criterion: 'tone',
    type: 'issue',
    effect: { cap: 35 },
  },
  'tone.irritation': {
    criterion: 'tone',
    type: 'issue',
    decisive: true,
    effect: { cap: 35 },
  },
  'tone.blame': {
    criterion: 'tone',
    type: 'issue',
    effect: { cap: 35 },
  },
  'tone.defensive': {
    criterion: 'tone',
    type: 'issue',
    decisive: true,
    effect: { cap: 50 },
  },
  'tone.shouting': {
    criterion: 'tone',
    type: 'issue',
    decisive: true,
    effect: { cap: 40 },
  },
  'tone.bureaucratic': {
    criterion: 'tone',
    type: 'issue',
    decisive: true,
    effect: { add: -15 },
  },
  'tone.jargon': {
    criterion: 'tone',
    type: 'issue',
    effect: { cap: 55 },
    variants: { several: { cap: 45 } },
  },
  'tone.hard-to-read': {
    criterion: 'tone',
    type: 'issue',
    effect: { add: -15 },
  },
  'tone.long-winded': {
    criterion: 'tone',
    type: 'issue',
    decisive: true,
    effect: { cap: 45 },
  },
  'tone.register-mix': {
    criterion: 'tone',
    type: 'issue',
    decisive: true,
    effect: { cap: 50 },
  },

  'empathy.apology': {
    criterion: 'empathy',
    type: 'strength',
    effect: { add: 40 },
  },
  'empathy.pseudo-apology': {
    criterion: 'empathy',
    type: 'issue',
    decisive: true,
    // With real understanding beside it the reply keeps some credit: `add`, at most 55.
    effect: { cap: 35 },
    variants: { 'beside-understanding': { add: -25, cap: 55 } },
    alsoCaps: { tone: 50 },
  },
  'empathy.vague-apology': {
    criterion: 'empathy',
    type: 'issue',
    decisive: true,
    effect: { add: 15 },
  },
  'empathy.missing-apology': {
    criterion: 'empathy',
    type: 'issue',
    decisive: true,
    // Applies only when no understanding carries the reply.
    effect: { cap: 45 },
    variants: { 'token-apology': { cap: 50 } },
  },
  'empathy.understanding': {
    criterion: 'empathy',
    type: 'strength',
    effect: { add: 35 },
  },
  'empathy.taken-seriously': {
    criterion: 'empathy',
    type: 'strength',
    verdict: true,
    effect: { add: 20 },
  },
  'empathy.warmth': {
    criterion: 'empathy',
    type: 'strength',
    verdict: true,
    effect: { set: 85, add: 5 },
  },
  'empathy.missing': {
    criterion: 'empathy',
    type: 'issue',
    absence: true,
    effect: {},
    variants: { praise: { set: 40 }, question: { cap: 45 } },
  },
  'empathy.template': {
    criterion: 'empathy',
    type: 'issue',
    // Sympathy or thanks that names nothing of this customer's post.
    effect: { cap: 50 },
  },
  'empathy.cold': {
    criterion: 'empathy',
    type: 'issue',
    decisive: true,
    effect: { cap: 35 },
  },

  'personalization.name': {
    criterion: 'personalization',
    type: 'strength',
    effect: { add: 30 },
  },
  'personalization.missing-name': {
    criterion: 'personalization',
    type: 'issue',
    decisive: true,
    effect: {},
  },
  'personalization.specific-point': {
    criterion: 'personalization',
    type: 'strength',
    effect: { add: 35 },
    variants: { 'one-word': { add: 20 } },
  },
  'personalization.generic': {
    criterion: 'personalization',
    type: 'issue',
    absence: true,
    effect: {},
  },
  'personalization.boilerplate': {
    criterion: 'personalization',
    type: 'issue',
    // Per phrase (at most two); at most `cap` unless the post is picked up twice.
    effect: { add: -20, cap: 40 },
  },
  'personalization.sign-off': {
    criterion: 'personalization',
    type: 'strength',
    effect: { add: 10 },
    variants: { praise: { add: 15 } },
  },
  'personalization.missing-sign-off': {
    criterion: 'personalization',
    type: 'issue',
    effect: {},
  },

  'resolution.next-step': {
    criterion: 'resolution',
    type: 'strength',
    effect: { add: 40 },
    variants: { weak: { add: 25 } },
  },
  'resolution.time-frame': {
    criterion: 'resolution',
    type: 'strength',
    effect: { add: 20 },
    variants: { unplanned: { add: 5 } },
  },
  'resolution.direct-answer': {
    criterion: 'resolution',
    type: 'strength',
    verdict: true,
    effect: { set: 80 },
    variants: { complaint: { add: 35 } },
  },
  'resolution.status-update': {
    criterion: 'resolution',
    type: 'strength',
    sufficient: true,
    effect: { set: 75 },
  },
  'resolution.correction': {
    criterion: 'resolution',
    type: 'strength',
    sufficient: true,
    effect: { add: 50 },
  },
  'resolution.no-action': {
    criterion: 'resolution',
    type: 'issue',
    absence: true,
    effect: { set: 30 },
    variants: { 'question-with-step': { set: 45 } },
  },
  'resolution.nothing-offered': {
    criterion: 'resolution',
    type: 'issue',
    decisive: true,
    // A reply to a complaint with no step, no plan, no answer and no way to reach anyone.
    effect: { set: 25 },
  },
  'resolution.vague-handoff': {
    criterion: 'resolution',
    type: 'issue',
    decisive: true,
    // "Passed on", "the team is aware": no owner, no step, no time.
    effect: { cap: 45 },
  },
  'resolution.cant-help': {
    criterion: 'resolution',
    type: 'issue',
    effect: { cap: 40 },
  },
  'resolution.false-admission': {
    criterion: 'resolution',
    type: 'issue',
    effect: { cap: 40 },
    variants: { troll: { set: 30 } },
  },
  'resolution.pushing': {
    criterion: 'resolution',
    type: 'issue',
    effect: { set: 25 },
  },
  'resolution.thanks': {
    criterion: 'resolution',
    type: 'strength',
    sufficient: true,
    effect: { set: 85 },
  },
  'resolution.not-feeding': {
    criterion: 'resolution',
    type: 'strength',
    verdict: true,
    effect: { set: 70 },
    variants: { 'no-reply': { set: 85 }, deleted: { set: 75 } },
  },
  'resolution.feeding-troll': {
    criterion: 'resolution',
    type: 'issue',
    effect: { set: 30 },
  },
  'resolution.no-reply': {
    criterion: 'resolution',
    type: 'issue',
    decisive: true,
    effect: { set: 0 },
    variants: { praise: { set: 15 } },
  },

  'channel.public-data-request': {
    criterion: 'channel',
    type: 'issue',
    decisive: true,
    effect: { set: 10 },
  },
  'channel.public-data-revealed': {
    criterion: 'channel',
    type: 'issue',
    decisive: true,
    effect: { set: 15 },
  },
  'channel.moved-private': {
    criterion: 'channel',
    type: 'strength',
    sufficient: true,
    effect: { set: 90 },
  },
  'channel.needs-private': {
    criterion: 'channel',
    type: 'issue',
    decisive: true,
    effect: { set: 45 },
  },
  'channel.detour': {
    criterion: 'channel',
    type: 'issue',
    effect: { set: 30 },
    variants: { private: { set: 40 } },
    // Unless the reply also answers the question.
    alsoCaps: { resolution: 35 },
  },
  'channel.answered-in-thread': {
    criterion: 'channel',
    type: 'strength',
    verdict: true,
    effect: { set: 90 },
  },
  'channel.ignored': {
    criterion: 'channel',
    type: 'issue',
    decisive: true,
    effect: { set: 0 },
    variants: { praise: { set: 20 } },
  },
  'channel.deleted-criticism': {
    criterion: 'channel',
    type: 'issue',
    decisive: true,
    effect: { set: 5 },
    variants: { hide: { set: 15 } },
  },
  'channel.moderated-rule-breaker': {
    criterion: 'channel',
    type: 'strength',
    sufficient: true,
    effect: { set: 95 },
    variants: { delete: { set: 75 } },
  },
  'channel.public-fight': {
    criterion: 'channel',
    type: 'issue',
    decisive: true,
    effect: { set: 25 },
  },
  'channel.foreign-profile': {
    criterion: 'channel',
    type: 'issue',
    decisive: true,
    effect: { set: 20 },
  },
  'channel.stayed-out': {
    criterion: 'channel',
    type: 'strength',
    sufficient: true,
    effect: { set: 90 },
  },
  'channel.fitting': {
    criterion: 'channel',
    type: 'strength',
    verdict: true,
    effect: { set: 80 },
    variants: { 'private-praise': { set: 60 }, troll: { set: 65 }, 'ignored-troll': { set: 75 } },
  },
  'tone.doubt': {
    criterion: 'tone',
    type: 'issue',
    // The learned layer fails the dimension but no single rule explains it: the finding asks
    // the expert's question instead of asserting a cause.
    effect: {},
  },
  'empathy.doubt': {
    criterion: 'empathy',
    type: 'issue',
    // The learned layer fails the dimension but no single rule explains it: the finding asks
    // the expert's question instead of asserting a cause.
    effect: {},
  },
  'personalization.doubt': {
    criterion: 'personalization',
    type: 'issue',
    // The learned layer fails the dimension but no single rule explains it: the finding asks
    // the expert's question instead of asserting a cause.
    effect: {},
  },
  'resolution.doubt': {
    criterion: 'resolution',
    type: 'issue',
    // The learned layer fails the dimension but no single rule explains it: the finding asks
    // the expert's question instead of asserting a cause.
    effect: {},
  },
  'channel.doubt': {
    criterion: 'channel',
    type: 'issue',
    // The learned layer fails the dimension but no single rule explains it: the finding asks
    // the expert's question instead of asserting a cause.
    effect: {},
  },
} as const satisfies Record<string, FindingSpec>;

export type FindingCode = keyof typeof FINDINGS;

/**
 * Message keys: one per finding code, plus the wordings of variants that need their own
 * explanation. Every language pack has a message for each (typed, never a raw code).
 */
export type MessageKey =
  FindingCode | 'channel.detour-private' | 'tone.sarcasm-smile' | 'tone.jargon-codes';

export function isFindingCode(code: string): code is FindingCode {
  return Object.hasOwn(FINDINGS, code);
}

/**
 * Scores the analyzers start from before findings add to them, per criterion (and kind of
 * post where it differs). Scores that findings set directly need no base.
 */
export const BASE = {
  tone: 80,
  empathy: { complaint: 30, question: 45, troll: 65 },
  personalization: 25,
  resolution: { complaint: 25 },
} as const;

/**
 * Scores with no finding of their own: the situation decides them (a troll left alone whose
 * post breaks the rules, a rule-breaker moderated with nothing else to do).
 */
/**
 * Rule scores so high that the dimension passes whatever the learned layer says (unless a
 * decisive issue is there): measured on the tuning writers, at least 95 in 100 replies with
 * such a rule score are labelled "good" (resolution: a concrete step with a time).
 */
export const STRONG_RULE_SCORE: Partial<Record<Criterion, number>> = {
  resolution: 85,
};

/** The guideline a doubt finding cites, per criterion. */
export const DOUBT_GUIDELINES = {
  tone: 'complaint.stay-professional',
  empathy: 'complaint.show-understanding',
  personalization: 'praise.use-name-and-remark',
  resolution: 'complaint.solve-and-explain-steps',
  channel: 'channel.personal-data-private',
} as const;

export const SITUATION_SCORES = {
  /** resolution: staying out of someone else's forum. */
  stayedOutResolution: 75,
  /** resolution: a rule-breaking post moderated (what it needed). */
  moderatedResolution: 75,
  /** resolution: a troll's harmless post hidden or deleted. */
  trollModeratedWrongly: 35,
  /** channel: a rule-breaking troll post left standing without reply. */
  rulebreakerLeftStanding: 45,
  /** channel: a calm reply under a rule-breaking troll post that stays visible. */
  rulebreakerAnswered: 50,
  /** resolution: a reply to praise with no word of thanks. */
  praiseWithoutThanks: 50,
  /** resolution: the most a sarcastic, irritated or sales-y reply to a complaint can reach. */
  rudeComplaintResolution: 50,
  /** empathy: a calm troll reply that acknowledges or takes the point seriously. */
  trollAcknowledged: 10,
  /** empathy (question): a friendly or warm word, the name, care. */
  questionName: 20,
  questionWarmth: 15,
  questionCare: 15,
} as const;

/** Effect of a finding, or of one of its variants. */
export function effectOf(code: FindingCode, variant?: string): Effect {
  const spec: FindingSpec = FINDINGS[code];
  return (variant !== undefined ? spec.variants?.[variant] : undefined) ?? spec.effect;
}
