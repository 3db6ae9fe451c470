import type { Evaluation } from '../scoring/types';
import { OUTCOMES, PASS_MARK, type Outcome } from '../vocabulary';

/**
 * What an ending's text may assert about the play, and how each assertion is checked against
 * what the trainee actually did and what the scorer found. An ending declares its claims
 * (`claims: [replied-private, apologised]`); the model tests play every scenario along many
 * paths and check, wherever an ending is reached, that each of its claims holds — so an ending
 * can never tell a trainee about a reply they did not write or praise a brevity the scorer did
 * not see. New scenarios get these checks for free.
 *
 * Zod-free and browser-free: the schema takes the claim names from here, the tests and the
 * author checks take `claimHolds` and `storyProblems`.
 */

/** The moves and scores a claim is checked against: one record per decision of the play. */
export interface PlayedDecision {
  action: { type: 'reply'; channel: string } | { type: 'moderate'; how: string } | { type: string };
  evaluation: Evaluation | null;
}

type Check =
  /** Some decision was this kind of move. */
  | {
      move:
        | 'reply-any'
        | 'reply-public'
        | 'reply-private'
        | 'hide'
        | 'delete'
        | 'hide-or-delete'
        | 'escalate'
        | 'none';
    }
  /** No decision was this kind of move. */
  | { never: 'reply-any' | 'hide-or-delete' | 'none' }
  /** Some judged action had one of these findings. */
  | { found: readonly string[] }
  /** No judged action had any of these findings. */
  | { absent: readonly string[] }
  /** Some judged action had one of these findings, or time ran out on a post. */
  | { foundOrTimeout: readonly string[] };

/** The claim vocabulary: name → what it means (README table) and how it is checked. */
export const CLAIMS = {
  replied: { means: 'The trainee wrote at least one reply.', check: { move: 'reply-any' } },
  'replied-public': { means: 'The trainee replied in public.', check: { move: 'reply-public' } },
  'replied-private': {
    means: 'The trainee replied by private message, e-mail or phone.',
    check: { move: 'reply-private' },
  },
  'no-reply': { means: 'The trainee wrote no reply at all.', check: { never: 'reply-any' } },
  hid: { means: 'The trainee hid a post.', check: { move: 'hide' } },
  deleted: { means: 'The trainee deleted a post.', check: { move: 'delete' } },
  moderated: { means: 'The trainee hid or deleted a post.', check: { move: 'hide-or-delete' } },
  'not-moderated': {
    means: 'The trainee hid or deleted nothing.',
    check: { never: 'hide-or-delete' },
  },
  escalated: { means: 'The trainee passed it on internally.', check: { move: 'escalate' } },
  'timed-out': {
    means: 'Time ran out on a post the trainee left without any action.',
    check: { move: 'none' },
  },
  'never-timed-out': {
    means: 'Time never ran out on a post: the trainee always acted first.',
    check: { never: 'none' },
  },
  apologised: { means: 'A reply apologised.', check: { found: ['empathy.apology'] } },
  understanding: {
    means: "A reply acknowledged the customer's experience.",
    check: { found: ['empathy.understanding'] },
  },
  named: { means: 'A reply used the customer’s name.', check: { found: ['personalization.name'] } },
  signed: {
    means: 'A reply was signed with the trainee’s own name.',
    check: { found: ['personalization.sign-off'] },
  },
  'picked-up': {
    means: 'A reply picked up what the customer wrote.',
    check: { found: ['personalization.specific-point'] },
  },
  'next-step': {
    means: 'A reply said concretely what happens next.',
    check: { found: ['resolution.next-step'] },
  },
  'time-frame': {
    means: 'A reply gave an expected time.',
    check: { found: ['resolution.time-frame'] },
  },
  answered: {
    means: 'A reply answered the question directly.',
    check: { found: ['resolution.direct-answer'] },
  },
  'status-update': {
    means: 'A reply gave a status update with a time for the final answer.',
    check: { found: ['resolution.status-update'] },
  },
  corrected: {
    means: 'A reply corrected unjustified criticism with facts.',
    check: { found: ['resolution.correction'] },
  },
  thanked: {
    means: 'A reply thanked without pushing for anything.',
    check: { found: ['resolution.thanks'] },
  },
  'moved-private': {
    means: 'A reply moved the personal details to a private channel.',
    check: { found: ['channel.moved-private'] },
  },
  'not-feeding': {
    means: 'The trainee did not get drawn into the provocation.',
    check: { absent: ['resolution.feeding-troll'] },
  },
  brief: {
    means: 'No reply was flagged as long-winded.',
    check: { absent: ['tone.long-winded'] },
  },
  calm: {
    means: 'No reply was sarcastic, irritated, blaming, flippant or shouting.',
    check: {
      absent: ['tone.sarcasm', 'tone.irritation', 'tone.blame', 'tone.flippant', 'tone.shouting'],
    },
  },
  'no-data-in-public': {
    means: 'No reply asked for or revealed personal data in public.',
    check: { absent: ['channel.public-data-request', 'channel.public-data-revealed'] },
  },
  'long-winded': {
    means: 'A reply was flagged as long-winded.',
    check: { found: ['tone.long-winded'] },
  },
  'no-pushing': {
    means: 'No reply pushed for ratings, shares or referrals.',
    check: { absent: ['resolution.pushing'] },
  },
  pushed: {
    means: 'A reply pushed for ratings, shares or referrals.',
    check: { found: ['resolution.pushing'] },
  },
  'fed-troll': {
    means: 'A reply argued with the troll.',
    check: { found: ['resolution.feeding-troll'] },
  },
  'asked-data-publicly': {
    means: 'A reply asked for personal data in public.',
    check: { found: ['channel.public-data-request'] },
  },
  'revealed-data': {
    means: 'A reply revealed personal data in public.',
    check: { found: ['channel.public-data-revealed'] },
  },
  detour: {
    means: 'A reply sent a simple question on a detour (form, hotline, e-mail).',
    check: { found: ['channel.detour'] },
  },
  jargon: { means: 'A reply used jargon.', check: { found: ['tone.jargon'] } },
  boilerplate: {
    means: 'A reply was made of stock phrases.',
    check: { found: ['personalization.boilerplate'] },
  },
  sarcasm: { means: 'A reply was sarcastic or ironic.', check: { found: ['tone.sarcasm'] } },
  cold: {
    means: 'A reply argued, blamed, scolded or defended the company instead of listening.',
    check: {
      found: ['empathy.cold', 'tone.blame', 'tone.defensive', 'tone.irritation', 'tone.sarcasm'],
    },
  },
  'no-empathy': {
    means: "A reply did not acknowledge the customer's experience at all.",
    check: { found: ['empathy.missing'] },
  },
  'no-apology': {
    means: 'A reply owed an apology and gave none.',
    check: { found: ['empathy.missing-apology'] },
  },
  'false-admission': {
    means: 'A reply admitted a fault the company did not commit.',
    check: { found: ['resolution.false-admission'] },
  },
  'no-next-step': {
    means: 'A reply left the issue open without a concrete step.',
    check: { found: ['resolution.no-action'] },
  },
  intruded: {
    means: "The trainee intervened on someone else's forum.",
    check: { found: ['channel.foreign-profile'] },
  },
  late: {
    means: 'A reply came after the norm, or time ran out on a post.',
    check: { foundOrTimeout: ['timing.late'] },
  },
} as const satisfies Record<string, { means: string; check: Check }>;

export type Claim = keyof typeof CLAIMS;

const REPLY_PRIVATE = new Set(['private', 'email', 'phone']);

function isMove(d: PlayedDecision, move: string): boolean {
  const a = d.action;
  switch (move) {
    case 'reply-any':
      return a.type === 'reply';
    case 'reply-public':
      return a.type === 'reply' && 'channel' in a && a.channel === 'public';
    case 'reply-private':
      return a.type === 'reply' && 'channel' in a && REPLY_PRIVATE.has(a.channel);
    case 'hide':
    case 'delete':
      return a.type === 'moderate' && 'how' in a && a.how === move;
    case 'hide-or-delete':
      return a.type === 'moderate';
    default:
      return a.type === move;
  }
}

/** Whether a claim holds for the decisions of a play. */
export function claimHolds(claim: Claim, decisions: readonly PlayedDecision[]): boolean {
  const check: Check = CLAIMS[claim].check;
  if ('move' in check) return decisions.some((d) => isMove(d, check.move));
  if ('never' in check) return !decisions.some((d) => isMove(d, check.never));
  // Findings count wherever the scorer judged the trainee's action (a reply, a moderation or a
  // post left until time ran out): "late" must see the silence, "apologised" only finds words.
  const codes = decisions.flatMap((d) => d.evaluation?.findings.map((f) => f.code) ?? []);
  if ('found' in check) return check.found.some((c) => codes.includes(c));
  if ('foundOrTimeout' in check)
    return (
      check.foundOrTimeout.some((c) => codes.includes(c)) ||
      decisions.some((d) => isMove(d, 'none'))
    );
  return !check.absent.some((c) => codes.includes(c));
}

/** Averages scores per criterion and overall, as the debrief shows them for a whole play. */
export function combineEvaluations(evaluations: readonly Evaluation[]): Evaluation {
  const crits = ['timing', 'tone', 'empathy', 'personalization', 'resolution', 'channel'] as const;
  const scores = {} as Evaluation['scores'];
  for (const c of crits) {
    const values = evaluations
      .map((e) => e.scores[c])
      .filter((v): v is number => typeof v === 'number');
    scores[c] = values.length
      ? Math.round(values.reduce((a, b) => a + b, 0) / values.length)
      : null;
  }
  const overall = evaluations.length
    ? Math.round(evaluations.reduce((a, e) => a + e.overall, 0) / evaluations.length)
    : 0;
  return { overall, scores, findings: evaluations.flatMap((e) => e.findings) };
}

/** An ending as far as the story checks need it. */
export interface EndingClaims {
  outcome: Outcome;
  claims: readonly Claim[];
}

/**
 * What is untrue about an ending for the play that reached it: every claim must hold, a good
 * outcome needs an overall score that passes (60) and a bad one an overall that does not —
 * the debrief must never say "well done" over a failing score or "went wrong" over a passing
 * one.
 */
export function storyProblems(
  ending: EndingClaims,
  decisions: readonly PlayedDecision[],
): string[] {
  const problems: string[] = [];
  for (const claim of ending.claims) {
    if (!claimHolds(claim, decisions))
      problems.push(`claims "${claim}" (${CLAIMS[claim].means}) but the play does not show it`);
  }
  const evaluations = decisions.flatMap((d) => (d.evaluation ? [d.evaluation] : []));
  const overall = combineEvaluations(evaluations).overall;
  const cls = OUTCOMES[ending.outcome];
  if (cls === 'good' && overall < PASS_MARK)
    problems.push(
      `a good outcome ("${ending.outcome}") over an overall score of ${overall} (below ${PASS_MARK})`,
    );
  if (cls === 'bad' && overall >= PASS_MARK)
    problems.push(`a bad outcome ("${ending.outcome}") over a passing overall score of ${overall}`);
  return problems;
}
