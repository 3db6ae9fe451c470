import { BASE, effectOf, FINDINGS, type FindingCode } from '../catalog';
import { registerMix, sarcasmCues, shouting } from '../checks';
import { get, type Evidence } from '../evidence';
import type { Findings } from '../findings';
import { clamp } from './score-math';

/** Tone: friendly, respectful and plain; caps for sarcasm, blame, jargon, shouting … */
export function scoreTone(ev: Evidence, out: Findings): number | null {
  if (!ev.hasText) return null;
  let score: number = BASE.tone;
  const cap = (n: number | undefined) => (score = Math.min(score, n ?? 100));
  const capFor = (code: FindingCode, variant?: string) => cap(effectOf(code, variant).cap);
  const friendly = get(ev, 'tone.friendly');
  if (friendly.length > 0) {
    score += effectOf('tone.friendly').add!;
    out.fromHits('strength', friendly);
  }
  const sarcasm = get(ev, 'tone.sarcasm');
  if (sarcasm.length > 0) {
    capFor('tone.sarcasm');
    out.fromHits('issue', sarcasm);
  } else {
    const weak = sarcasmCues(ev);
    if (weak.length > 0) {
      capFor('tone.sarcasm', 'weak-cues');
      out.add('issue', 'tone.sarcasm', 'complaint.no-irony-sarcasm', weak);
    }
  }
  for (const code of ['tone.irritation', 'tone.blame', 'tone.flippant'] as const) {
    const hits = get(ev, code);
    if (hits.length > 0) {
      capFor(code);
      out.fromHits('issue', hits);
    }
  }
  const defensive = get(ev, 'tone.defensive');
  if (defensive.length > 0) {
    capFor('tone.defensive');
    out.fromHits('issue', defensive);
  }
  const bureaucratic = get(ev, 'tone.bureaucratic');
  if (bureaucratic.length > 0) {
    score += effectOf('tone.bureaucratic').add!;
    out.fromHits('issue', bureaucratic);
  }
  // A pseudo-apology is defensive in polite words: it fails the tone too.
  // (A troll gets no apology owed, so there it is just a calm way of not arguing.)
  if (get(ev, 'empathy.pseudo-apology').length > 0 && ev.ctx.kind !== 'troll')
    cap(FINDINGS['empathy.pseudo-apology'].alsoCaps.tone);
  // The customer's own words are not jargon ("Deutschlandticket" in a ticket question).
  const jargon = get(ev, 'tone.jargon').filter((h) => {
    for (let k = h.from; k < h.to; k++) {
      const w = ev.info.tokens[k]!.norm;
      if (w.length >= 3 && !ev.stopwords.has(w) && ev.postLower.includes(w)) return false;
    }
    return true;
  });
  if (jargon.length > 0) {
    capFor('tone.jargon', jargon.length > 1 ? 'several' : undefined);
    out.fromHits('issue', jargon);
  }
  const loud = shouting(ev);
  if (loud.length > 0) {
    capFor('tone.shouting');
    out.add('issue', 'tone.shouting', 'complaint.respond-calmly', loud);
  }
  const mix = registerMix(ev);
  if (mix.length > 0) {
    capFor('tone.register-mix');
    out.add('issue', 'tone.register-mix', 'complaint.stay-professional', mix);
  }
  let longest = 0;
  for (const s of ev.info.sentences) longest = Math.max(longest, s.to - s.from);
  if (longest > 40) {
    score += effectOf('tone.hard-to-read').add!;
    out.add('issue', 'tone.hard-to-read', 'question.plain-language', [], {
      n: String(longest),
    });
  }
  if (ev.ctx.kind === 'praise' && ev.info.words > 70) {
    capFor('tone.long-winded');
    out.add('issue', 'tone.long-winded', 'praise.thank-briefly', [], {
      n: String(ev.info.words),
    });
  }
  return clamp(score);
}
