import { BASE, effectOf } from '../catalog';
import { get, type Evidence } from '../evidence';
import type { Findings } from '../findings';
import { clamp } from './score-math';

/** Personalisation: the customer's name, their specific point, the agent's own name. */
export function scorePersonalization(ev: Evidence, out: Findings): number | null {
  if (!ev.hasText) return null;
  const { kind } = ev.ctx;
  const boiler = get(ev, 'personalization.boilerplate');
  const guideline = 'praise.use-name-and-remark';
  let score: number = BASE.personalization;
  if (ev.nameQuote) {
    score += effectOf('personalization.name').add!;
    out.add('strength', 'personalization.name', guideline, [ev.nameQuote]);
  } else {
    out.add('issue', 'personalization.missing-name', guideline, [], {
      name: String(ev.ctx.customerName ?? '').slice(0, 60),
    });
  }
  const n = ev.overlap.length;
  if (n > 0) {
    score += effectOf('personalization.specific-point', n >= 2 ? undefined : 'one-word').add!;
    out.add('strength', 'personalization.specific-point', guideline, ev.overlap.slice(0, 3));
  } else {
    out.add('issue', 'personalization.generic', guideline);
  }
  if (ev.signOff) {
    score += effectOf('personalization.sign-off', kind === 'praise' ? 'praise' : undefined).add!;
    out.add('strength', 'personalization.sign-off', 'praise.sign-own-name', [ev.signOff]);
  } else if (kind === 'praise' && ev.ctx.agentName) {
    out.add('issue', 'personalization.missing-sign-off', 'praise.sign-own-name', [], {
      name: ev.ctx.agentName.slice(0, 40),
    });
  }
  if (boiler.length > 0) {
    const effect = effectOf('personalization.boilerplate');
    score += Math.min(2, boiler.length) * effect.add!;
    if (n < 2) score = Math.min(score, effect.cap!);
    out.fromHits('issue', boiler);
  }
  return clamp(score);
}
