import { effectOf } from '../catalog';
import { plural } from '../../i18n/format';
import type { Evidence } from '../evidence';
import type { Findings } from '../findings';
import type { Lexicon } from '../language';
import { RESPONSE_NORMS } from '../../vocabulary';
import { clamp } from './score-math';

function formatMinutes(words: Lexicon['durations']['after'], m: number): string {
  if (m < 60) return plural(words.minutes, Math.round(m));
  const h = m / 60;
  if (h < 48) return plural(words.hours, Math.round(h));
  return plural(words.days, Math.round(h / 24));
}

/** Timing: the reply's delay against the norm for its kind of post (vocabulary.ts). */
export function scoreTiming(ev: Evidence, out: Findings): number | null {
  const { kind } = ev.ctx;
  if (kind === 'troll' || ev.channel === 'none' || ev.channel === 'hide' || ev.channel === 'delete')
    return null;
  const raw = Number(ev.ctx.responseMinutes);
  const m = Number.isFinite(raw) && raw > 0 ? raw : 0;
  const norm = RESPONSE_NORMS[kind];
  const limit = norm.limit;
  const guideline =
    kind === 'praise'
      ? 'praise.reply-within-2-days'
      : kind === 'question'
        ? 'question.reply-within-24h'
        : 'complaint.reply-within-24h';
  const words = ev.lexicon.durations;
  const vars = { n: formatMinutes(words.after, m), limit: formatMinutes(words.norm, limit) };
  if (m > limit) {
    out.add('issue', 'timing.late', guideline, [], vars);
    const late = effectOf('timing.late');
    return clamp(late.set! + (late.add! * (m - limit)) / (2 * limit));
  }
  if (norm.exemplary !== undefined && m <= norm.exemplary) {
    out.add('strength', 'timing.exemplary', 'question.reply-within-1h', [], vars);
    return effectOf('timing.exemplary').set!;
  }
  out.add('strength', 'timing.in-time', guideline, [], vars);
  if (norm.exemplary !== undefined) {
    const after = effectOf('timing.in-time', 'after-exemplary');
    return clamp(after.set! + (after.add! * (m - norm.exemplary)) / (limit - norm.exemplary));
  }
  const inTime = effectOf('timing.in-time');
  return clamp(inTime.set! + (inTime.add! * Math.max(0, m - 60)) / (limit - 60));
}
