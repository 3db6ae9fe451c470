import { BASE, effectOf, FINDINGS, type FindingCode } from '../catalog';
import {
  registerMix,
  sarcasmCues,
  shouting,
  smileAfterReproach,
  trollWink,
  unknownCodes,
} from '../checks';
import { get, hitQuote, type Evidence } from '../evidence';
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
  const smirk = [...smileAfterReproach(ev), ...trollWink(ev)];
  if (sarcasm.length > 0) {
    capFor('tone.sarcasm');
    out.fromHits('issue', sarcasm);
  } else if (smirk.length > 0) {
    capFor('tone.sarcasm', 'weak-cues');
    out.add('issue', 'tone.sarcasm', 'complaint.no-irony-sarcasm', smirk, {}, 'tone.sarcasm-smile');
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
  // Appeals to terms, procedures, laws or "operational reasons" defend the company too.
  const defensive = [...get(ev, 'tone.defensive'), ...get(ev, 'cue.appeal')];
  if (defensive.length > 0) {
    capFor('tone.defensive');
    out.add(
      'issue',
      'tone.defensive',
      'complaint.stay-professional',
      defensive.slice(0, 3).map((h) => hitQuote(ev, h)),
    );
  }
  // A lecturing aside ("künftig", "worth checking first") blames the customer.
  const reproach = get(ev, 'cue.reproach');
  if (reproach.length > 0 && get(ev, 'tone.blame').length === 0) {
    capFor('tone.blame');
    out.add(
      'issue',
      'tone.blame',
      'complaint.stay-professional',
      reproach.slice(0, 2).map((h) => hitQuote(ev, h)),
    );
  }
  const casual = get(ev, 'cue.casual');
  if (casual.length > 0 && get(ev, 'tone.flippant').length === 0 && ev.ctx.kind !== 'praise') {
    capFor('tone.flippant');
    out.add(
      'issue',
      'tone.flippant',
      'complaint.stay-professional',
      casual.slice(0, 2).map((h) => hitQuote(ev, h)),
    );
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
  } else {
    // Codes and abbreviations the customer did not use ("SLF-D24", "iMSys", "TRC/XR").
    const codes = unknownCodes(ev);
    if (codes.length >= 2) {
      capFor('tone.jargon', 'several');
      out.add(
        'issue',
        'tone.jargon',
        'question.plain-language',
        codes.slice(0, 3),
        {},
        'tone.jargon-codes',
      );
    }
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
