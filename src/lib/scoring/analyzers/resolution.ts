import { BASE, effectOf, FINDINGS, SITUATION_SCORES as S } from '../catalog';
import {
  bareRefusals,
  detours,
  discountCues,
  feedsTroll,
  hostileHits,
  publicDataAsks,
  questionAnswer,
  trollFeedQuotes,
} from '../checks';
import { get, hitQuote, sentenceOf, tokenQuote, wrote, type Evidence } from '../evidence';
import type { Findings } from '../findings';
import { spanQuote } from '../text';
import type { Hit } from '../matcher';
import type { Quote } from '../types';
import { clamp } from './score-math';

/** Sentences that ask for personal data in public and promise nothing with a time. */
function untimedAsks(ev: Evidence): Set<number> {
  const timed = new Set(get(ev, 'resolution.time-frame').map((h) => sentenceOf(ev, h)));
  return new Set(
    publicDataAsks(ev)
      .map((q) => q.sentence)
      .filter((s) => !timed.has(s)),
  );
}

/** The reply's longest sentence: where an explanation without answer words says its facts. */
function longestSentence(ev: Evidence): Quote {
  const { text, sentences } = ev.info;
  const s = sentences.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  return spanQuote(text, s);
}

/** Resolution for a troll: not engaging is the solution. */
function trollResolution(ev: Evidence, out: Findings): number {
  const { netiquetteViolated, companyAtFault } = ev.ctx;
  if (ev.channel === 'hide' || ev.channel === 'delete' || ev.channel === 'none' || !ev.hasText) {
    // Ignoring is right for a mere provocation; a post that breaks the rules must go.
    const ok =
      (ev.channel === 'none' && netiquetteViolated !== true) ||
      (ev.channel !== 'none' && netiquetteViolated === true);
    if (ok) out.add('strength', 'resolution.not-feeding', 'troll.dont-feed');
    if (!ok) return S.trollModeratedWrongly;
    return effectOf('resolution.not-feeding', ev.channel === 'delete' ? 'deleted' : 'no-reply')
      .set!;
  }
  // A baseless accusation admitted ("you're right, our mistake") hands the troll a quote.
  const admission = get(ev, 'resolution.false-admission');
  if (companyAtFault !== true && admission.length > 0) {
    out.fromHits('issue', admission);
    return effectOf('resolution.false-admission', 'troll').set!;
  }
  if (feedsTroll(ev)) {
    out.add('issue', 'resolution.feeding-troll', 'troll.dont-feed', trollFeedQuotes(ev));
    return effectOf('resolution.feeding-troll').set!;
  }
  out.add('strength', 'resolution.not-feeding', 'troll.dont-feed');
  return effectOf('resolution.not-feeding').set!;
}

/** Resolution for praise: thanks without asking for anything in return. */
function praiseResolution(ev: Evidence, out: Findings): number {
  const push = get(ev, 'resolution.pushing');
  // A pointer to the shop, the app or the phone under a thank-you is a call to buy.
  const call = get(ev, 'cue.call-to-action');
  const links = ev.info.tokens.filter((t) => t.kind === 'url');
  const discount = discountCues(ev);
  if (push.length > 0 || call.length > 0 || links.length > 0 || discount.length > 0) {
    if (push.length > 0) out.fromHits('issue', push);
    else if (call.length > 0)
      out.add(
        'issue',
        'resolution.pushing',
        'praise.no-pushing',
        call.slice(0, 2).map((h) => hitQuote(ev, h)),
      );
    else if (discount.length > 0)
      out.add('issue', 'resolution.pushing', 'praise.no-pushing', discount.slice(0, 2));
    else
      out.add(
        'issue',
        'resolution.pushing',
        'praise.no-pushing',
        links.map((t) => tokenQuote(ev, t)),
      );
    return effectOf('resolution.pushing').set!;
  }
  // Thanks in words: a lone 👍 or "Ok" is not a thank-you.
  const thanks = [...get(ev, 'empathy.warmth'), ...get(ev, 'tone.friendly')].some(
    (h) => ev.info.tokens[h.from]!.kind === 'word',
  );
  if (thanks) out.add('strength', 'resolution.thanks', 'praise.no-pushing');
  return thanks ? effectOf('resolution.thanks').set! : S.praiseWithoutThanks;
}

/** Resolution for a question: a direct answer, or a status update with a time. */
function questionResolution(ev: Evidence, out: Findings): number {
  const steps = get(ev, 'resolution.next-step');
  const time = get(ev, 'resolution.time-frame');
  const privateCue = get(ev, 'cue.private-channel');
  const detour = detours(ev);
  const { answered, status, cues: answerCues } = questionAnswer(ev);
  // "Post your customer number here, then we'll check" asks in public and promises nothing
  // of its own (the rubric: a public data request with nothing else offered fails).
  const asks = untimedAsks(ev);
  const ownSteps = steps.filter((h) => !asks.has(sentenceOf(ev, h)));
  const ownWeak = get(ev, 'cue.weak-step').filter((h) => !asks.has(sentenceOf(ev, h)));
  let score: number;
  if (answered) {
    score = effectOf('resolution.direct-answer').set!;
    out.add(
      'strength',
      'resolution.direct-answer',
      'question.answer-in-thread',
      answerCues.slice(0, 2).map((h) => hitQuote(ev, h)),
    );
  } else if (
    status ||
    (ev.ctx.privateDataNeeded === true && (ownSteps.length > 0 || ownWeak.length > 0))
  ) {
    score = effectOf('resolution.status-update').set!;
    const first = ownSteps[0] ?? ownWeak[0];
    out.add(
      'strength',
      'resolution.status-update',
      'question.status-update',
      [first, time[0]].filter((h) => h !== undefined).map((h) => hitQuote(ev, h)),
    );
  } else {
    score = effectOf(
      'resolution.no-action',
      ownSteps.length > 0 || privateCue.length > 0 ? 'question-with-step' : undefined,
    ).set!;
    out.add('issue', 'resolution.no-action', 'question.answer-in-thread');
  }
  if (!answered && detour.length > 0)
    score = Math.min(score, FINDINGS['channel.detour'].alsoCaps.resolution);
  return score;
}

/** Resolution for a complaint: steps with a time, a polite correction, an explanation. */
function complaintResolution(ev: Evidence, out: Findings): number {
  const { companyAtFault } = ev.ctx;
  // "Post your customer number here, then we'll check" is a data request, not a step: the
  // step hangs on the request. A promise with a time is a plan all the same ("reply here
  // with your reference and we'll refund you within 48 hours"); the channel fails it.
  const asks = untimedAsks(ev);
  const outsideAsks = (h: Hit) => !asks.has(sentenceOf(ev, h));
  const steps = get(ev, 'resolution.next-step').filter(outsideAsks);
  const time = get(ev, 'resolution.time-frame').filter(outsideAsks);
  // "Reply here with the e-mail you used" names no private channel: the e-mail is the data.
  const privateCue = get(ev, 'cue.private-channel').filter(outsideAsks);
  let score: number = BASE.resolution.complaint;
  const weak = get(ev, 'cue.weak-step').filter(outsideAsks);
  if (steps.length > 0) {
    score += effectOf('resolution.next-step').add!;
    out.fromHits('strength', steps);
  } else if (weak.length > 0 || (privateCue.length > 0 && ev.channel === 'public')) {
    // "We'll look into it" is a start; only with a time does it become a plan.
    score += effectOf('resolution.next-step', 'weak').add!;
  }
  if (time.length > 0) {
    const planned = steps.length > 0 || weak.length > 0;
    score += effectOf('resolution.time-frame', planned ? undefined : 'unplanned').add!;
    if (planned && steps.length === 0)
      out.add('strength', 'resolution.status-update', 'complaint.solve-and-explain-steps', [
        hitQuote(ev, weak[0]!),
        hitQuote(ev, time[0]!),
      ]);
    out.fromHits('strength', time);
  }
  // Whether the facts count as an answer: always to a customer who is wrong, rude or not (tone
  // judges the manner; the labels: 55 of 79 rude corrections on tuning writers still solve
  // the case), otherwise only when the reply is not hostile.
  const factsCount = companyAtFault === false || hostileHits(ev).length === 0;
  const correction = get(ev, 'resolution.correction');
  if (companyAtFault !== true && correction.length > 0 && factsCount) {
    score += effectOf('resolution.correction').add!;
    out.fromHits('strength', correction);
  } else if (factsCount && steps.length === 0 && companyAtFault !== true) {
    // An explanation of what happened ("the extra €30 is the roaming pass") answers it.
    const { answered, cues } = questionAnswer(ev);
    // A customer who is wrong and gets an explanation, with no concession, no refund, no
    // hand-off and no "we'll look into it", has been answered (the labels: 52 of 62 such
    // German replies and 67 of 77 English ones solve the case; the rest mostly concede in
    // words no rule knows).
    const explained =
      companyAtFault === false &&
      ev.info.words >= 8 &&
      !(['resolution.false-admission', 'cue.remedy', 'cue.handoff', 'cue.weak-step'] as const).some(
        (c) => get(ev, c).length > 0,
      );
    if ((answered && cues.length > 0) || explained) {
      score += effectOf('resolution.direct-answer', 'complaint').add!;
      out.add(
        'strength',
        'resolution.direct-answer',
        'complaint.solve-and-explain-steps',
        cues.length > 0 ? cues.slice(0, 2).map((h) => hitQuote(ev, h)) : [longestSentence(ev)],
      );
    }
  }

  // "Passed on", "the team is aware" without a step of our own is not a plan.
  const handoff = get(ev, 'cue.handoff');
  if (handoff.length > 0 && steps.length === 0) {
    score = Math.min(score, effectOf('resolution.vague-handoff').cap!);
    out.add(
      'issue',
      'resolution.vague-handoff',
      'complaint.solve-and-explain-steps',
      handoff.slice(0, 2).map((h) => hitQuote(ev, h)),
    );
  }
  const offered =
    steps.length > 0 ||
    weak.length > 0 ||
    time.length > 0 ||
    privateCue.length > 0 ||
    handoff.length > 0 ||
    score >= 60;
  // Facts the customer can act on ("the 08:27 is running", "you can claim it back") are
  // neither nothing nor no answer, even where they fall short of a plan.
  const answered = questionAnswer(ev).answered;
  // A customer who is wrong can be answered with facts alone (rude or not: tone judges that).
  if (!offered && !answered && companyAtFault !== false)
    out.add('issue', 'resolution.nothing-offered', 'complaint.solve-and-explain-steps');
  else if (score < 60 && handoff.length === 0 && !answered)
    out.add('issue', 'resolution.no-action', 'complaint.solve-and-explain-steps');
  const admission = get(ev, 'resolution.false-admission');
  // Refunding or waiving a correct charge without a word of correction concedes the fault as
  // surely as saying so (the rubric: "refunding a correct fee as if it were wrong").
  const remedy = correction.length === 0 ? get(ev, 'cue.remedy') : [];
  if (companyAtFault === false && admission.length > 0) {
    score = Math.min(score, effectOf('resolution.false-admission').cap!);
    out.fromHits('issue', admission);
  } else if (companyAtFault === false && remedy.length > 0) {
    score = Math.min(score, effectOf('resolution.false-admission').cap!);
    out.add(
      'issue',
      'resolution.false-admission',
      'complaint.tell-good-from-bad',
      remedy.slice(0, 2).map((h) => hitQuote(ev, h)),
    );
  }
  // A rude or sales-y reply to a complaint is no way to a solution (a flippant "lol" after a
  // real step, or a blunt but correct answer to a question, still is).
  if (
    !(companyAtFault === false && score >= 60) &&
    (['tone.sarcasm', 'tone.irritation', 'resolution.pushing'] as const).some(
      (c) => get(ev, c).length > 0,
    )
  )
    score = Math.min(score, S.rudeComplaintResolution);
  return score;
}

/** Resolution: does the reply solve, answer or settle what the post is about? */
export function scoreResolution(ev: Evidence, out: Findings): number | null {
  const { kind, netiquetteViolated } = ev.ctx;
  if (ev.ctx.onOwnProfile === false && ev.channel === 'none') return S.stayedOutResolution;
  if (kind === 'troll') return trollResolution(ev, out);
  if (!wrote(ev)) {
    if ((ev.channel === 'hide' || ev.channel === 'delete') && netiquetteViolated === true)
      return S.moderatedResolution;
    out.add(
      'issue',
      'resolution.no-reply',
      kind === 'praise' ? 'praise.thank-briefly' : 'complaint.never-ignore',
    );
    return effectOf('resolution.no-reply', kind === 'praise' ? 'praise' : undefined).set!;
  }
  if (kind === 'praise') return praiseResolution(ev, out);
  let score = kind === 'question' ? questionResolution(ev, out) : complaintResolution(ev, out);
  const refusals = bareRefusals(ev);
  if (refusals.length > 0) {
    score = Math.min(score, effectOf('resolution.cant-help').cap!);
    out.add(
      'issue',
      'resolution.cant-help',
      'complaint.solve-and-explain-steps',
      refusals.map((h) => hitQuote(ev, h)),
    );
  }
  return clamp(score);
}
