/**
 * scoreReply: (context, action) → scores per dimension + findings. Pure and deterministic:
 * no clock, no randomness, no I/O. The evidence (evidence.ts) is gathered once; one analyzer
 * per criterion (analyzers/) decides which findings hold, with the effects the catalogue
 * (catalog.ts) declares.
 */
import { scoreChannel } from './analyzers/channel';
import { scoreEmpathy } from './analyzers/empathy';
import { scorePersonalization } from './analyzers/personalization';
import { scoreResolution } from './analyzers/resolution';
import { clamp } from './analyzers/score-math';
import { scoreTiming } from './analyzers/timing';
import { scoreTone } from './analyzers/tone';
import { gatherEvidence, wrote, type Evidence } from './evidence';
import {
  DOUBT_GUIDELINES,
  FINDINGS,
  isFindingCode,
  STRONG_RULE_SCORE,
  type FindingSpec,
} from './catalog';
import { extractFeatures } from './features';
import { Findings } from './findings';
import { isLearned, probability, scoreOf } from './model';
import {
  CRITERIA,
  PASS_MARK,
  type Criterion,
  type Evaluation,
  type ReplyAction,
  type ScoringContext,
} from './types';

/**
 * Weights of the dimensions in `overall` (a weighted mean of the scores that apply).
 * Resolution and channel weigh most: a wrong channel (public data request, deleted
 * criticism) or an unsolved issue hurts the customer more than a missing name does.
 */
export const WEIGHTS: Readonly<Record<Criterion, number>> = {
  timing: 1,
  tone: 1,
  empathy: 1,
  personalization: 0.75,
  resolution: 1.25,
  channel: 1.25,
};

/** Whether a finding is decisive, sufficient, an absence or a verdict (catalog.ts). */
export const flag = (
  code: string,
  which: 'decisive' | 'sufficient' | 'absence' | 'verdict',
): boolean => isFindingCode(code) && (FINDINGS[code] as FindingSpec)[which] === true;

const ANALYZERS: Record<Criterion, (ev: Evidence, out: Findings) => number | null> = {
  timing: scoreTiming,
  tone: scoreTone,
  empathy: scoreEmpathy,
  personalization: scorePersonalization,
  resolution: scoreResolution,
  channel: scoreChannel,
};

/** The weighted mean of the scores that apply (0 when none does). */
export function overallOf(
  scores: Readonly<Record<Criterion, number | null>>,
  weights: Readonly<Record<Criterion, number>> = WEIGHTS,
): number {
  let sum = 0;
  let weight = 0;
  for (const c of CRITERIA) {
    const s = scores[c];
    if (s !== null) {
      sum += s * weights[c];
      weight += weights[c];
    }
  }
  return weight > 0 ? clamp(sum / weight) : 0;
}

/**
 * The final score of a learned dimension: the model's, but never a pass while a decisive
 * issue (catalog.ts) is there — the finding the trainee reads must agree with the bar.
 */
export function combine(
  model: number,
  rule: number,
  decisive: boolean,
  sufficient = false,
): number {
  if (decisive) return Math.min(model, rule, DECISIVE_MAX);
  return sufficient ? Math.max(model, PASS_MARK) : model;
}
const DECISIVE_MAX = 50;

function evaluate(ev: Evidence, criteria: readonly Criterion[], learned: boolean): Evaluation {
  const out = new Findings(ev);
  const scores = {
    timing: null,
    tone: null,
    empathy: null,
    personalization: null,
    resolution: null,
    channel: null,
  } as Record<Criterion, number | null>;
  for (const c of criteria) scores[c] = ANALYZERS[c](ev, out);
  // The learned layer weighs written words; a move without words (no reply, hide, delete)
  // is judged by the rules alone.
  if (learned && wrote(ev)) {
    const features = extractFeatures(ev);
    for (const c of criteria) {
      const rule = scores[c];
      if (rule === null || !isLearned(c)) continue;
      const own = out.list.filter((f) => f.criterion === c);
      const decisive = own.some((f) => f.type === 'issue' && flag(f.code, 'decisive'));
      const sufficient =
        own.some((f) => f.type === 'strength' && flag(f.code, 'sufficient')) ||
        rule >= (STRONG_RULE_SCORE[c] ?? Infinity);
      const score = combine(
        scoreOf(probability(c, features, rule, ev.ctx.kind)),
        rule,
        decisive,
        sufficient,
      );
      scores[c] = score;
      // A failing bar always comes with a finding; when no rule names the cause, the
      // finding asks the expert's question rather than asserting one.
      if (score < PASS_MARK && !own.some((f) => f.type === 'issue'))
        out.add('issue', `${c}.doubt`, DOUBT_GUIDELINES[c]);
    }
  }
  // The findings agree with the bars: a met bar is never explained by "nothing of it was
  // found", a failing one never praised as met ("friendly tone" under a tone that fails).
  out.drop((f) => {
    const score = scores[f.criterion];
    if (score === null) return false;
    return score < PASS_MARK
      ? f.type === 'strength' && flag(f.code, 'verdict')
      : f.type === 'issue' && flag(f.code, 'absence');
  });
  return { overall: overallOf(scores), scores, findings: out.list };
}

/** The rule-based analyzers alone (the learned layer's input and the explanation). */
export function scoreRules(context: ScoringContext, action: ReplyAction): Evaluation {
  return evaluate(gatherEvidence(context, action), CRITERIA, false);
}

/** Scores a reply (or a moderation action) in its situation. Never throws on odd text. */
export function scoreReply(context: ScoringContext, action: ReplyAction): Evaluation {
  return evaluate(gatherEvidence(context, action), CRITERIA, true);
}

/**
 * Findings for a draft while the trainee types: everything but timing (the clock is not
 * the trainee's draft), on the channel the trainee picked (a public reply unless told).
 */
export function liveHints(
  context: ScoringContext,
  draft: string,
  channel: ReplyAction['channel'] = 'public',
): Evaluation['findings'] {
  const ev = gatherEvidence(context, { channel, reply: draft });
  return evaluate(
    ev,
    CRITERIA.filter((c) => c !== 'timing'),
    true,
  ).findings;
}
