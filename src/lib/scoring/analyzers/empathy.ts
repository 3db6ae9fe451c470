import { BASE, effectOf, SITUATION_SCORES as S } from '../catalog';
import { bareRefusals, detailsPerSentence, hostileHits, questionAnswer } from '../checks';
import { get, hitQuote, sentenceOf, type Evidence } from '../evidence';
import type { Findings } from '../findings';
import { wordSet } from '../language';
import { clamp } from './score-math';

/**
 * Empathy: acknowledging the customer's experience, a real apology where the company is at
 * fault, warmth for praise, a considerate answer to a question, calm towards a troll.
 */
export function scoreEmpathy(ev: Evidence, out: Findings): number | null {
  if (!ev.hasText) return null;
  const { kind, companyAtFault } = ev.ctx;
  const pseudo = get(ev, 'empathy.pseudo-apology');
  const vague = get(ev, 'empathy.vague-apology');
  // An apology in the same sentence as "any inconvenience" or "if you feel" is that
  // token apology, not a real one.
  const tainted = new Set([...pseudo, ...vague].map((h) => sentenceOf(ev, h)));
  // "Sorry for the wait, but …" followed by a defence takes the apology back.
  if (hostileHits(ev).length > 0 || get(ev, 'tone.defensive').length > 0) {
    for (const h of get(ev, 'empathy.apology')) {
      const s = sentenceOf(ev, h);
      for (let k = h.to; k < ev.info.tokens.length && ev.info.tokens[k]!.sentence === s; k++) {
        if (wordSet(ev.lexicon.contrast).has(ev.info.tokens[k]!.norm)) tainted.add(s);
      }
    }
  }
  const apology = get(ev, 'empathy.apology').filter((h) => !tainted.has(sentenceOf(ev, h)));
  const understanding = get(ev, 'empathy.understanding');
  const serious = get(ev, 'empathy.taken-seriously');
  const warmth = get(ev, 'empathy.warmth');
  const friendly = get(ev, 'tone.friendly');
  const sarcasm = get(ev, 'tone.sarcasm');
  const hostile = hostileHits(ev);
  const caring = apology.length > 0 || understanding.length > 0;
  const generic = get(ev, 'cue.generic-empathy');
  const details = detailsPerSentence(ev);
  const specific = (sentence: number) => (details.get(sentence) ?? 0) > 0;
  let score: number;
  if (kind === 'troll') {
    score =
      BASE.empathy.troll +
      (understanding.length > 0 || serious.length > 0 ? S.trollAcknowledged : 0);
  } else if (kind === 'praise') {
    // Warmth is the empathy of a thank-you; a bare "Thanks." or a form letter is cold.
    score =
      (warmth.length > 0 && ev.info.words >= 4) || warmth.length >= 2
        ? effectOf('empathy.warmth').set!
        : effectOf('empathy.missing', 'praise').set!;
    if (score >= 60) out.fromHits('strength', warmth);
    else out.add('issue', 'empathy.missing', 'praise.thank-briefly');
    // Thanks that names nothing the customer praised would fit any post.
    const thanks = [...warmth, ...serious];
    if (score >= 60 && !thanks.some((h) => specific(sentenceOf(ev, h))) && ev.overlap.length < 2) {
      score = Math.min(score, effectOf('empathy.template').cap!);
      out.add(
        'issue',
        'empathy.template',
        'praise.use-name-and-remark',
        thanks.slice(0, 1).map((h) => hitQuote(ev, h)),
      );
    }
  } else if (kind === 'question') {
    // A friendly, personal answer is what empathy means for a question.
    score = BASE.empathy.question;
    if (ev.nameQuote) score += S.questionName;
    if (warmth.length > 0 || friendly.length > 0) score += S.questionWarmth;
    if (caring || serious.length > 0) score += S.questionCare;
    // Sending someone away (detour, refusal, form letter) is not caring, even by name.
    const answer = questionAnswer(ev);
    const warm = warmth.length > 0 || caring || serious.length > 0;
    if (
      bareRefusals(ev).length > 0 ||
      (!warm && (get(ev, 'tone.bureaucratic').length > 0 || (!answer.answered && !answer.status)))
    ) {
      score = Math.min(score, effectOf('empathy.missing', 'question').cap!);
    }
    out.fromHits('strength', understanding);
    out.fromHits('strength', warmth);
    if (score < 60) out.add('issue', 'empathy.missing', 'complaint.show-understanding');
  } else {
    score = BASE.empathy.complaint;
    if (apology.length > 0) score += effectOf('empathy.apology').add!;
    else if (vague.length > 0) score += effectOf('empathy.vague-apology').add!;
    if (understanding.length > 0) score += effectOf('empathy.understanding').add!;
    if (serious.length > 0) score += effectOf('empathy.taken-seriously').add!;
    else if (warmth.length > 0) score += effectOf('empathy.warmth').add!;
    out.fromHits('strength', apology);
    out.fromHits('strength', understanding);
    out.fromHits('strength', serious);
    if (companyAtFault === true && apology.length === 0) {
      // Understanding carries the reply; without either it fails.
      if (understanding.length === 0)
        score = Math.min(
          score,
          effectOf('empathy.missing-apology', vague.length > 0 ? 'token-apology' : undefined).cap!,
        );
      out.add('issue', 'empathy.missing-apology', 'complaint.admit-and-apologise');
    }
    if (score < 60 && !caring && serious.length === 0)
      out.add('issue', 'empathy.missing', 'complaint.show-understanding');
    // Sympathy that names nothing of what happened would fit any post.
    const sympathy = [...apology, ...understanding, ...generic];
    if (
      sympathy.length > 0 &&
      !sympathy.some((h) => specific(sentenceOf(ev, h))) &&
      generic.length > 0 &&
      ev.overlap.length < 2
    ) {
      score = Math.min(score, effectOf('empathy.template').cap!);
      out.add(
        'issue',
        'empathy.template',
        'complaint.show-understanding',
        sympathy.slice(0, 2).map((h) => hitQuote(ev, h)),
      );
    }
  }
  if (vague.length > 0 && kind !== 'praise') out.fromHits('issue', vague);
  if (pseudo.length > 0) {
    const beside = effectOf('empathy.pseudo-apology', 'beside-understanding');
    score = caring
      ? Math.min(score + beside.add!, beside.cap!)
      : Math.min(score, effectOf('empathy.pseudo-apology').cap!);
    out.fromHits('issue', pseudo);
  }
  // Sarcasm is never empathic; scolding is cold unless real understanding comes with it.
  // For praise, the warmth of the thanks still counts (the tone takes the hit).
  const cold =
    kind === 'praise'
      ? warmth.length === 0
        ? hostile
        : []
      : sarcasm.length > 0
        ? hostile
        : caring
          ? []
          : hostile;
  const defensiveTroll = kind === 'troll' ? get(ev, 'tone.defensive') : [];
  if (cold.length > 0 || defensiveTroll.length > 0) {
    score = Math.min(score, effectOf('empathy.cold').cap!);
    const quotes = [...cold, ...defensiveTroll].slice(0, 2).map((h) => hitQuote(ev, h));
    out.add('issue', 'empathy.cold', 'complaint.show-understanding', quotes);
  }
  return clamp(score);
}
