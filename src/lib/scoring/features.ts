/**
 * The reply as numbers: the features the learned layer (model.ts) weighs. Every feature is
 * language-neutral — it counts word-rule hits, sentence-level acts (an apology, a next step,
 * a hand-off …), whether those acts refer to this post's particulars (specificity), and the
 * reply's shape (emoji after a reproach, codes the customer cannot know, a link instead of an
 * answer). The words behind them live in the language packs.
 */
import { RULE_NAMES, type RuleName } from './catalog';
import {
  bareRefusals,
  detailsPerSentence,
  hostileHits,
  phoneSentences,
  publicDataAsks,
  questionAnswer,
  reproachfulSentences,
  registerMix,
  revealedData,
  sarcasmCues,
  shouting,
  SMILE,
  unknownCodes,
  discountCues,
  emojiSentence,
  quotedFigures,
  WINK,
} from './checks';
import { get, type Evidence } from './evidence';
import { wordSet } from './language';
import type { Hit } from './matcher';

/** Structural features, by name. Order is the order of the model's weights. */
export const STRUCTURE = [
  'bias',
  'lang-de',
  'kind-complaint',
  'kind-question',
  'kind-praise',
  'kind-troll',
  'fault',
  'not-at-fault',
  'data-needed',
  'rule-breaker',
  'foreign-profile',
  'channel-public',
  'channel-private',
  'channel-none',
  'channel-hide',
  'channel-delete',
  'no-text',
  'name',
  'sign-off',
  'overlap-0',
  'overlap-1',
  'overlap-2',
  'overlap-3',
  'words-short',
  'words-long',
  'words-very-long',
  'empathy-act',
  'empathy-specific',
  'empathy-generic-only',
  'empathy-one-detail',
  'empathy-details',
  'apology-specific',
  'apology-generic',
  'thanks-specific',
  'thanks-generic',
  'wink',
  'smile-after-reproach',
  'emoji-many',
  'exclamations-many',
  'codes-new',
  'codes-many',
  'discount',
  'figures',
  'step',
  'step-owned',
  'step-timed',
  'handoff-only',
  'answered',
  'status',
  'data-asked',
  'data-revealed',
  'link',
  'phone-or-mail',
  'refusal',
  'hostile',
  'sarcasm-cues',
  'shouting',
  'register-mix',
  'rhetorical-question',
  'long-sentence',
  'private-offered',
  'first-person',
  'time-only',
  'figure-stated',
  'opens-yes-no',
] as const;
export type StructureName = (typeof STRUCTURE)[number];

/** All feature names: structure, then one per word rule. */
export const FEATURES: readonly string[] = [...STRUCTURE, ...RULE_NAMES.map((r) => `rule:${r}`)];

function sentencesWith(ev: Evidence, names: readonly RuleName[]): Set<number> {
  const out = new Set<number>();
  for (const n of names) for (const h of get(ev, n)) out.add(ev.info.tokens[h.from]!.sentence);
  return out;
}

/** Every structural feature at 0: the start of each reply's vector. */
const ZERO = Object.fromEntries(STRUCTURE.map((s) => [s, 0])) as Readonly<
  Record<StructureName, number>
>;

const has = (hits: readonly Hit[]) => (hits.length > 0 ? 1 : 0);

/** The feature vector of a reply, aligned with FEATURES. */
export function extractFeatures(ev: Evidence): number[] {
  const { ctx, info, channel } = ev;
  const f: Record<StructureName, number> = { ...ZERO };
  f.bias = 1;
  f['lang-de'] = ev.lang === 'de' ? 1 : 0;
  f[`kind-${ctx.kind}`] = 1;
  f.fault = ctx.companyAtFault === true ? 1 : 0;
  f['not-at-fault'] = ctx.companyAtFault === false ? 1 : 0;
  f['data-needed'] = ctx.privateDataNeeded === true ? 1 : 0;
  f['rule-breaker'] = ctx.netiquetteViolated === true ? 1 : 0;
  f['foreign-profile'] = ctx.onOwnProfile === false ? 1 : 0;
  if (channel === 'public') f['channel-public'] = 1;
  else if (channel === 'private' || channel === 'email' || channel === 'phone')
    f['channel-private'] = 1;
  else f[`channel-${channel}`] = 1;
  if (!ev.hasText) {
    f['no-text'] = 1;
    return [...STRUCTURE.map((s) => f[s]), ...RULE_NAMES.map(() => 0)];
  }
  f.name = ev.nameQuote ? 1 : 0;
  f['sign-off'] = ev.signOff ? 1 : 0;
  const overlap = Math.min(3, ev.overlap.length);
  f[`overlap-${overlap}` as StructureName] = 1;
  f['words-short'] = info.words < 10 ? 1 : 0;
  f['words-long'] = info.words > 60 ? 1 : 0;
  f['words-very-long'] = info.words > 90 ? 1 : 0;

  const details = detailsPerSentence(ev);
  const specific = new Set([...details.keys()]);
  const empathy = sentencesWith(ev, [
    'empathy.apology',
    'empathy.understanding',
    'empathy.taken-seriously',
    'cue.generic-empathy',
  ]);
  const empathyDetails = Math.max(0, ...[...empathy].map((s) => details.get(s) ?? 0));
  f['empathy-act'] = empathy.size > 0 ? 1 : 0;
  f['empathy-specific'] = empathyDetails > 0 ? 1 : 0;
  f['empathy-one-detail'] = empathyDetails === 1 ? 1 : 0;
  f['empathy-details'] = empathyDetails >= 2 ? 1 : 0;
  f['empathy-generic-only'] = f['empathy-act'] && !f['empathy-specific'] ? 1 : 0;
  const apology = sentencesWith(ev, ['empathy.apology']);
  f['apology-specific'] = [...apology].some((s) => specific.has(s)) ? 1 : 0;
  f['apology-generic'] = apology.size > 0 && !f['apology-specific'] ? 1 : 0;
  const thanks = sentencesWith(ev, ['empathy.warmth', 'empathy.taken-seriously']);
  f['thanks-specific'] = [...thanks].some((s) => specific.has(s)) ? 1 : 0;
  f['thanks-generic'] = thanks.size > 0 && !f['thanks-specific'] ? 1 : 0;

  const reproachful = reproachfulSentences(ev);
  let emoji = 0;
  for (const t of info.tokens) {
    if (t.kind !== 'emoji') continue;
    emoji++;
    if (WINK.has(t.raw)) f.wink = 1;
    if ((SMILE.has(t.raw) || WINK.has(t.raw)) && reproachful.has(emojiSentence(t)))
      f['smile-after-reproach'] = 1;
  }
  f['emoji-many'] = emoji >= 3 ? 1 : 0;
  f['exclamations-many'] = (info.text.match(/!/g) ?? []).length >= 3 ? 1 : 0;
  const codes = unknownCodes(ev).length;
  f['codes-new'] = codes >= 1 ? 1 : 0;
  f['codes-many'] = codes >= 3 ? 1 : 0;
  f.discount = discountCues(ev).length > 0 ? 1 : 0;
  f.figures = quotedFigures(ev).length > 0 ? 1 : 0;

  const steps = get(ev, 'resolution.next-step');
  const time = get(ev, 'resolution.time-frame');
  const firstPerson = wordSet(ev.lexicon.firstPerson);
  const personal = new Set(
    info.tokens.filter((t) => t.kind === 'word' && firstPerson.has(t.norm)).map((t) => t.sentence),
  );
  f['first-person'] = personal.size > 0 ? 1 : 0;
  f.step = has(steps);
  f['step-owned'] = steps.some((h) => personal.has(info.tokens[h.from]!.sentence)) ? 1 : 0;
  f['step-timed'] = steps.length > 0 && time.length > 0 ? 1 : 0;
  // "The fix comes tomorrow by noon": a time the customer can count on, with no step verb.
  f['time-only'] = steps.length === 0 && time.length > 0 ? 1 : 0;
  f['handoff-only'] = get(ev, 'cue.handoff').length > 0 && steps.length === 0 ? 1 : 0;
  const answer = questionAnswer(ev);
  f.answered = answer.answered ? 1 : 0;
  f.status = answer.status ? 1 : 0;
  f['figure-stated'] = answer.figure ? 1 : 0;
  f['opens-yes-no'] = answer.opensYesNo ? 1 : 0;
  f['data-asked'] = publicDataAsks(ev).length > 0 ? 1 : 0;
  f['data-revealed'] = channel === 'public' && revealedData(ev) !== null ? 1 : 0;
  f.link = info.tokens.some((t) => t.kind === 'url') ? 1 : 0;
  f['phone-or-mail'] =
    info.tokens.some((t) => t.kind === 'mail') || phoneSentences(ev).size > 0 ? 1 : 0;
  f.refusal = bareRefusals(ev).length > 0 ? 1 : 0;
  f.hostile = hostileHits(ev).length > 0 ? 1 : 0;
  f['sarcasm-cues'] = sarcasmCues(ev).length > 0 ? 1 : 0;
  f.shouting = shouting(ev).length > 0 ? 1 : 0;
  f['register-mix'] = registerMix(ev).length > 0 ? 1 : 0;
  f['rhetorical-question'] = info.sentences.some((s) => s.mark.includes('?')) ? 1 : 0;
  let longest = 0;
  for (const s of info.sentences) longest = Math.max(longest, s.to - s.from);
  f['long-sentence'] = longest > 35 ? 1 : 0;
  f['private-offered'] = has(get(ev, 'cue.private-channel'));

  return [...STRUCTURE.map((s) => f[s]), ...RULE_NAMES.map((r) => has(get(ev, r)))];
}
