/**
 * scoreReply: (context, action) → scores per dimension + findings. Pure and deterministic:
 * no clock, no randomness, no I/O. Word evidence comes from the rule sets (rules/de.ts,
 * rules/en.ts); the analyzers below weigh it against the situation (kind of post, fault,
 * personal data, netiquette, profile, channel).
 */
import { compileRules, matchRules, type CompiledRules, type Hit } from './matcher';
import { languagePack } from './languages';
import { GUIDELINE_LESSONS } from './lessons';
import { fill as fillTemplate } from '../i18n/format';
import { RESPONSE_NORMS } from '../vocabulary';
import type { Rule } from './rules/types';
import { excerpt, tokenize, type TextInfo } from './text';
import {
  CRITERIA,
  type Criterion,
  type Evaluation,
  type Finding,
  type Lang,
  type Quote,
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

const compiled: Partial<Record<Lang, CompiledRules>> = {};
function rulesFor(lang: Lang): CompiledRules {
  return (compiled[lang] ??= compileRules(languagePack(lang).rules));
}

/** Everything the analyzers look at, computed once per reply. */
export interface Evidence {
  ctx: ScoringContext;
  channel: ReplyAction['channel'];
  lang: Lang;
  info: TextInfo;
  hasText: boolean;
  rules: readonly Rule[];
  /** Hits grouped by rule code. */
  byCode: Map<string, Hit[]>;
  /** Content words of the post found in the reply (distinct stems), with their quotes. */
  overlap: Quote[];
  /** Stems of the post's content words. */
  postStems: Set<string>;
  /** The post in lower case, to recognise the customer's own words. */
  postLower: string;
  stopwords: Set<string>;
  nameQuote: Quote | undefined;
  /** Results of the structural checks several analyzers share, computed once. */
  memo: Map<string, unknown>;
  signOff: Quote | undefined;
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

function hitQuote(ev: Evidence, hit: Hit): Quote {
  const start = ev.info.tokens[hit.from]!.start;
  const end = ev.info.tokens[hit.to - 1]!.end;
  return { text: ev.info.text.slice(start, end), start, end };
}

function fill(
  ev: Evidence,
  template: string,
  quotes: readonly Quote[],
  vars: Record<string, string> = {},
): string {
  const [open, close] = languagePack(ev.lang).rules.lexicon.quote;
  const q = quotes
    .slice(0, 3)
    .map((x) => `${open}${excerpt(ev.info.text, x.start, x.end)}${close}`)
    .join(', ');
  return fillTemplate(template, { ...vars, q });
}

class Findings {
  list: Finding[] = [];
  constructor(private ev: Evidence) {}
  /** A finding with a structural message from messages.ts; the code names its criterion. */
  add(
    type: Finding['type'],
    code: string,
    guideline: string,
    quotes: Quote[] = [],
    vars: Record<string, string> = {},
    messageKey = code,
  ): void {
    const template =
      languagePack(this.ev.lang).messages[messageKey] ??
      this.ev.rules.find((r) => r.code === code && r.message !== undefined)?.message ??
      code;
    this.push(type, code, guideline, fill(this.ev, template, quotes, vars), quotes);
  }
  /** A finding from the hits of one rule code, with that rule's own message. */
  fromHits(type: Finding['type'], hits: readonly Hit[]): void {
    if (hits.length === 0) return;
    const rule = this.ev.rules[hits[0]!.rule]!;
    const quotes = hits.map((h) => hitQuote(this.ev, h));
    const template = rule.message ?? languagePack(this.ev.lang).messages[rule.code] ?? rule.code;
    this.push(type, rule.code, rule.guideline, fill(this.ev, template, quotes), quotes);
  }
  private push(
    type: Finding['type'],
    code: string,
    guideline: string,
    message: string,
    quotes: Quote[],
  ): void {
    const criterion = code.slice(0, code.indexOf('.')) as Criterion;
    if (this.list.some((f) => f.code === code)) return;
    const lesson = GUIDELINE_LESSONS[guideline] ?? '';
    this.list.push({ criterion, type, code, message, guideline, lesson, quotes });
  }
}

// ---------------------------------------------------------------- evidence

const STEM = 5;

function stem(word: string): string {
  return word.length > STEM ? word.slice(0, STEM) : word;
}

function nameParts(ctx: ScoringContext, titles: readonly string[]): string[] {
  return String(ctx.customerName ?? '')
    .toLowerCase()
    .split(/[\s\-_.,]+/)
    .map((p) => p.replace(/^@/, ''))
    .filter((p) => p.length >= 2 && !titles.includes(p));
}

export function gatherEvidence(ctx: ScoringContext, action: ReplyAction): Evidence {
  const lang: Lang = ctx.lang === 'de' ? 'de' : 'en';
  const compiledRules = rulesFor(lang);
  const reply = typeof action.reply === 'string' ? action.reply : '';
  const info = tokenize(reply);
  const rules = compiledRules.set.rules;
  const raw = matchRules(compiledRules, info).filter((h) => {
    const scope = rules[h.rule]!.scope;
    return !scope || scope.includes(ctx.kind);
  });
  // A signal inside the words of a penalty ("sorry you feel that way", "bitten um
  // Verständnis") is not a signal: the penalty is what the words mean.
  const negative = raw.filter(
    (h) => rules[h.rule]!.kind === 'cap' || rules[h.rule]!.kind === 'penalty',
  );
  const hits = raw.filter(
    (h) =>
      rules[h.rule]!.kind !== 'signal' ||
      !negative.some(
        (n) => n.from < h.to && h.from < n.to && rules[n.rule]!.dimension !== 'resolution',
      ),
  );
  const byCode = new Map<string, Hit[]>();
  for (const h of hits) {
    const code = rules[h.rule]!.code;
    const list = byCode.get(code);
    if (list) list.push(h);
    else byCode.set(code, [h]);
  }

  const lexicon = compiledRules.set.lexicon;
  const stop = new Set(lexicon.stopwords);
  const names = nameParts(ctx, lexicon.titles);
  const nameSet = new Set(names);
  let nameQuote: Quote | undefined;
  // An @handle is the platform's mention, not a personal address – unless the customer is
  // known only by the handle.
  const byHandle = String(ctx.customerName ?? '')
    .trim()
    .startsWith('@');
  for (const t of info.tokens) {
    if (t.kind === 'word' || (t.kind === 'handle' && byHandle)) {
      const w = t.kind === 'handle' ? t.norm.slice(1) : t.norm;
      if (
        names.some(
          (n) =>
            w === n ||
            (n.length >= 3 && w.startsWith(n) && w.length <= n.length + 1) ||
            (t.kind === 'handle' && w.includes(n)),
        )
      ) {
        nameQuote = { text: reply.slice(t.start, t.end), start: t.start, end: t.end };
        break;
      }
    }
  }

  // Content words of the post: 4+ letters, not function words, not the customer's name.
  const postStems = new Set<string>();
  const post = typeof ctx.post === 'string' ? ctx.post.slice(0, 20_000) : '';
  for (const t of tokenize(post).tokens) {
    if (
      t.kind !== 'word' ||
      t.norm.length < 4 ||
      stop.has(t.norm) ||
      nameSet.has(t.norm) ||
      /^\d+$/.test(t.norm)
    )
      continue;
    postStems.add(stem(t.norm));
  }
  const postLower = post.toLowerCase();
  const overlap: Quote[] = [];
  const seenStems = new Set<string>();
  for (const t of info.tokens) {
    if (t.kind !== 'word' || t.norm.length < 4 || stop.has(t.norm) || nameSet.has(t.norm)) continue;
    const s = stem(t.norm);
    // Same word family (Paket/Pakete, room/rooms), or a part of a German compound in the
    // post (Zimmer in Hotelzimmer, Abschlag in Stromabschlag).
    const related =
      postStems.has(s) ||
      postStems.has(t.norm.slice(0, 4)) ||
      (t.norm.length >= 5 && postLower.includes(t.norm));
    if (related && !seenStems.has(s)) {
      seenStems.add(s);
      overlap.push({ text: reply.slice(t.start, t.end), start: t.start, end: t.end });
    }
  }

  let signOff: Quote | undefined;
  const agent = (ctx.agentName ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((p) => p.length >= 2);
  if (agent.length > 0) {
    const tail = Math.max(0, reply.length - 80);
    for (let i = info.tokens.length - 1; i >= 0 && info.tokens[i]!.start >= tail; i--) {
      const t = info.tokens[i]!;
      if (
        agent.includes(t.norm) ||
        (t.kind === 'handle' && agent.some((a) => t.norm.includes(a)))
      ) {
        signOff = { text: reply.slice(t.start, t.end), start: t.start, end: t.end };
        break;
      }
    }
  }

  return {
    ctx,
    channel: action.channel,
    lang,
    info,
    hasText: info.tokens.length > 0,
    rules,
    byCode,
    overlap,
    postStems,
    postLower,
    stopwords: stop,
    nameQuote,
    signOff,
    memo: new Map(),
  };
}

const get = (ev: Evidence, code: string): Hit[] => ev.byCode.get(code) ?? [];

function memo<T>(ev: Evidence, key: string, compute: (ev: Evidence) => T): T {
  if (!ev.memo.has(key)) ev.memo.set(key, compute(ev));
  return ev.memo.get(key) as T;
}
const questionAnswer = (ev: Evidence) => memo(ev, 'answer', computeQuestionAnswer);
const publicDataAsks = (ev: Evidence) => memo(ev, 'asks', computePublicDataAsks);
const phoneSentences = (ev: Evidence) => memo(ev, 'phones', computePhoneSentences);
const wrote = (ev: Evidence) =>
  ev.hasText && ev.channel !== 'none' && ev.channel !== 'hide' && ev.channel !== 'delete';

// ---------------------------------------------------------------- timing

function formatMinutes(lang: Lang, m: number): string {
  if (m < 60) return lang === 'de' ? `${Math.round(m)} Minuten` : `${Math.round(m)} minutes`;
  const h = m / 60;
  if (h < 48) return lang === 'de' ? `${Math.round(h)} Stunden` : `${Math.round(h)} hours`;
  return lang === 'de' ? `${Math.round(h / 24)} Tagen` : `${Math.round(h / 24)} days`;
}

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
  const vars = { n: formatMinutes(ev.lang, m), limit: formatMinutes(ev.lang, limit) };
  if (m > limit) {
    out.add('issue', 'timing.late', guideline, [], vars);
    return clamp(50 - (40 * (m - limit)) / (2 * limit));
  }
  if (norm.exemplary !== undefined && m <= norm.exemplary) {
    out.add('strength', 'timing.exemplary', 'question.reply-within-1h', [], vars);
    return 100;
  }
  out.add('strength', 'timing.in-time', guideline, [], vars);
  if (norm.exemplary !== undefined)
    return clamp(85 - (20 * (m - norm.exemplary)) / (limit - norm.exemplary));
  return clamp(100 - (30 * Math.max(0, m - 60)) / (limit - 60));
}

// ---------------------------------------------------------------- tone

const FORMAL = new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']);
const INFORMAL = new Set([
  'du',
  'dich',
  'dir',
  'dein',
  'deine',
  'deinen',
  'deinem',
  'deiner',
  'deines',
  'euch',
  'euer',
  'eure',
  'euren',
  'eurem',
  'eurer',
]);
/** Du-imperatives that give informal address away without a "du" ("schau gern vorbei"). */
const DU_IMPERATIVE = new Set([
  'schau',
  'guck',
  'hol',
  'meld',
  'schreib',
  'komm',
  'probier',
  'lies',
  'nimm',
  'ruf',
]);
/** Formal set phrases in English (the counterpart of "Sie"). */
const EN_FORMAL = new Set([
  'should you require',
  'do not hesitate',
  'please be advised',
  'we remain',
  'yours sincerely',
  'yours faithfully',
]);
const EN_FORMAL_START = new Set([...EN_FORMAL].map((p) => p.slice(0, p.indexOf(' '))));
const EN_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'madam']);
/** Matey words that clash with a formal "Mr Jenkins". */
const EN_SLANG = new Set([
  'hey',
  'mate',
  'ya',
  'yah',
  'hun',
  'hon',
  'babe',
  'buddy',
  'dude',
  'pal',
  'bro',
  'luv',
  'gonna',
  'wanna',
  'yep',
  'nope',
  'cheers',
]);
const ACRONYM_OK = /^(?:[A-Z]{2,4}|[A-Z]+\d+)$/;

/** Tone problems that also mean "fighting" with a troll or cold empathy. */
const HOSTILE = ['tone.sarcasm', 'tone.irritation', 'tone.blame'] as const;

function sarcasmCues(ev: Evidence): Quote[] {
  // Weak cues: "?!", a quotation of the customer's own words, "natürlich/of course" … that
  // together (two or more) make irony even when each word alone is polite.
  const { text, sentences, tokens } = ev.info;
  const cues: Quote[] = [];
  for (const s of sentences)
    if (/\?!|!\?/.test(s.mark))
      cues.push({ text: text.slice(s.start, s.end), start: s.start, end: s.end });
  // Only quotes of the customer's own words count: quoting a menu path is not irony.
  const quoted = /[„"“»«][^„"“”»«\n]{3,60}[“”"»«]/g;
  for (let m = quoted.exec(text); m !== null; m = quoted.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    if (ev.overlap.some((o) => o.start >= from && o.end <= to))
      cues.push({ text: m[0], start: from, end: to });
    if (cues.length > 4) break;
  }
  for (const t of tokens) {
    if (
      t.kind === 'word' &&
      /^(natürlich|selbstverständlich|klar|sicher|of|obviously|surely|sure|certainly)$/.test(
        t.norm,
      ) &&
      t.sentenceStart
    ) {
      cues.push({ text: ev.info.text.slice(t.start, t.end), start: t.start, end: t.end });
    }
  }
  return cues.length >= 2 ? cues : [];
}

function shouting(ev: Evidence): Quote[] {
  const { tokens, text } = ev.info;
  const caps = tokens.filter(
    (t) =>
      t.kind === 'word' &&
      t.raw.length >= 3 &&
      /\p{Lu}/u.test(t.raw) &&
      t.raw === t.raw.toUpperCase() &&
      !/\d/.test(t.raw),
  );
  // Acronyms (DHL, IBAN) are not shouting; a capitalised ordinary word ("WENN") is.
  const loud = caps.filter(
    (t) => t.raw.length >= 5 || !ACRONYM_OK.test(t.raw) || ev.stopwords.has(t.norm),
  );
  const quotes: Quote[] = [];
  if (caps.length >= 3 || loud.length >= 2)
    for (const t of caps.slice(0, 3))
      quotes.push({ text: ev.info.text.slice(t.start, t.end), start: t.start, end: t.end });
  const bang = /!{3,}|(?:[!?]\s*){4,}/.exec(text);
  if (bang) quotes.push({ text: bang[0], start: bang.index, end: bang.index + bang[0].length });
  return quotes;
}

function registerMix(ev: Evidence): Quote[] {
  let formal: Quote | undefined;
  let informal: Quote | undefined;
  const de = ev.lang === 'de';
  const tokens = ev.info.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const q = { text: ev.info.text.slice(t.start, t.end), start: t.start, end: t.end };
    if (de) {
      // "Sie" at a sentence start is formal too when a plural verb follows ("Sie können").
      const formalHere =
        FORMAL.has(t.raw) &&
        (!t.sentenceStart ||
          (t.raw === 'Sie' && /en$/.test(tokens[i + 1]?.norm ?? '')) ||
          t.raw === 'Ihnen');
      if (!formal && formalHere) formal = q;
      // Du-imperatives are written in lower case (a capitalised "Check" is a noun).
      const duImperative =
        DU_IMPERATIVE.has(t.raw) &&
        !t.sentenceStart &&
        tokens[i + 1]?.kind === 'word' &&
        !FORMAL.has(tokens[i + 1]!.raw);
      if (!informal && (INFORMAL.has(t.norm) || duImperative || (t.norm === 'hey' && i === 0)))
        informal = q;
    } else {
      let phrase = false;
      if (EN_FORMAL_START.has(t.norm)) {
        const two = `${t.norm} ${tokens[i + 1]?.norm ?? ''}`;
        phrase = EN_FORMAL.has(two) || EN_FORMAL.has(`${two} ${tokens[i + 2]?.norm ?? ''}`);
      }
      if (
        !formal &&
        ((EN_TITLES.has(t.norm) && tokens[i + 1] && /^\p{Lu}/u.test(tokens[i + 1]!.raw)) || phrase)
      )
        formal = q;
      if (!informal && EN_SLANG.has(t.norm)) informal = q;
    }
    if (formal && informal)
      return formal.start < informal.start ? [formal, informal] : [informal, formal];
  }
  return [];
}

export function scoreTone(ev: Evidence, out: Findings): number | null {
  if (!ev.hasText) return null;
  let score = 80;
  const cap = (n: number) => (score = Math.min(score, n));
  const friendly = get(ev, 'tone.friendly');
  if (friendly.length > 0) {
    score += 10;
    out.fromHits('strength', friendly);
  }
  const sarcasm = get(ev, 'tone.sarcasm');
  if (sarcasm.length > 0) {
    cap(30);
    out.fromHits('issue', sarcasm);
  } else {
    const weak = sarcasmCues(ev);
    if (weak.length > 0) {
      cap(40);
      out.add('issue', 'tone.sarcasm', 'complaint.no-irony-sarcasm', weak);
    }
  }
  for (const code of ['tone.irritation', 'tone.blame', 'tone.flippant'] as const) {
    const hits = get(ev, code);
    if (hits.length > 0) {
      cap(35);
      out.fromHits('issue', hits);
    }
  }
  const defensive = get(ev, 'tone.defensive');
  if (defensive.length > 0) {
    cap(50);
    out.fromHits('issue', defensive);
  }
  const bureaucratic = get(ev, 'tone.bureaucratic');
  if (bureaucratic.length > 0) {
    score -= 15;
    out.fromHits('issue', bureaucratic);
  }
  // A pseudo-apology is defensive in polite words: it fails the tone too.
  // (A troll gets no apology owed, so there it is just a calm way of not arguing.)
  if (get(ev, 'empathy.pseudo-apology').length > 0 && ev.ctx.kind !== 'troll') cap(50);
  // The customer's own words are not jargon ("Deutschlandticket" in a ticket question).
  const jargon = get(ev, 'tone.jargon').filter((h) => {
    for (let k = h.from; k < h.to; k++) {
      const w = ev.info.tokens[k]!.norm;
      if (w.length >= 3 && !ev.stopwords.has(w) && ev.postLower.includes(w)) return false;
    }
    return true;
  });
  if (jargon.length > 0) {
    cap(jargon.length > 1 ? 45 : 55);
    out.fromHits('issue', jargon);
  }
  const loud = shouting(ev);
  if (loud.length > 0) {
    cap(40);
    out.add('issue', 'tone.shouting', 'complaint.respond-calmly', loud);
  }
  const mix = registerMix(ev);
  if (mix.length > 0) {
    cap(50);
    out.add('issue', 'tone.register-mix', 'complaint.stay-professional', mix);
  }
  let longest = 0;
  for (const s of ev.info.sentences) longest = Math.max(longest, s.to - s.from);
  if (longest > 40) {
    score -= 15;
    out.add('issue', 'tone.hard-to-read', 'question.plain-language', [], {
      n: String(longest),
    });
  }
  if (ev.ctx.kind === 'praise' && ev.info.words > 70) {
    cap(45);
    out.add('issue', 'tone.long-winded', 'praise.thank-briefly', [], {
      n: String(ev.info.words),
    });
  }
  return clamp(score);
}

// ---------------------------------------------------------------- empathy

function hostileHits(ev: Evidence): Hit[] {
  return HOSTILE.flatMap((c) => get(ev, c));
}

export function scoreEmpathy(ev: Evidence, out: Findings): number | null {
  if (!ev.hasText) return null;
  const { kind, companyAtFault } = ev.ctx;
  const pseudo = get(ev, 'empathy.pseudo-apology');
  const vague = get(ev, 'empathy.vague-apology');
  // An apology in the same sentence as "any inconvenience" or "if you feel" is that
  // token apology, not a real one.
  const tainted = new Set([...pseudo, ...vague].map((h) => ev.info.tokens[h.from]!.sentence));
  // "Sorry for the wait, but …" followed by a defence takes the apology back.
  if (hostileHits(ev).length > 0 || get(ev, 'tone.defensive').length > 0) {
    for (const h of get(ev, 'empathy.apology')) {
      const s = ev.info.tokens[h.from]!.sentence;
      for (let k = h.to; k < ev.info.tokens.length && ev.info.tokens[k]!.sentence === s; k++) {
        if (BUT.has(ev.info.tokens[k]!.norm)) tainted.add(s);
      }
    }
  }
  const apology = get(ev, 'empathy.apology').filter(
    (h) => !tainted.has(ev.info.tokens[h.from]!.sentence),
  );
  const understanding = get(ev, 'empathy.understanding');
  const serious = get(ev, 'empathy.taken-seriously');
  const warmth = get(ev, 'empathy.warmth');
  const friendly = get(ev, 'tone.friendly');
  const sarcasm = get(ev, 'tone.sarcasm');
  const hostile = hostileHits(ev);
  const caring = apology.length > 0 || understanding.length > 0;
  let score: number;
  if (kind === 'troll') {
    score = 65 + (understanding.length > 0 || serious.length > 0 ? 10 : 0);
  } else if (kind === 'praise') {
    // Warmth is the empathy of a thank-you; a bare "Thanks." or a form letter is cold.
    score = (warmth.length > 0 && ev.info.words >= 4) || warmth.length >= 2 ? 85 : 40;
    if (score >= 60) out.fromHits('strength', warmth);
    else out.add('issue', 'empathy.missing', 'praise.thank-briefly');
  } else if (kind === 'question') {
    // A friendly, personal answer is what empathy means for a question.
    score = 45;
    if (ev.nameQuote) score += 20;
    if (warmth.length > 0 || friendly.length > 0) score += 15;
    if (caring || serious.length > 0) score += 15;
    // Sending someone away (detour, refusal, form letter) is not caring, even by name.
    const answer = questionAnswer(ev);
    const warm = warmth.length > 0 || caring || serious.length > 0;
    if (
      bareRefusals(ev).length > 0 ||
      (!warm && (get(ev, 'tone.bureaucratic').length > 0 || (!answer.answered && !answer.status)))
    ) {
      score = Math.min(score, 45);
    }
    out.fromHits('strength', understanding);
    out.fromHits('strength', warmth);
    if (score < 60) out.add('issue', 'empathy.missing', 'complaint.show-understanding');
  } else {
    score = 30;
    if (apology.length > 0) score += 40;
    else if (vague.length > 0) score += 15;
    if (understanding.length > 0) score += 35;
    if (serious.length > 0) score += 20;
    else if (warmth.length > 0) score += 5;
    out.fromHits('strength', apology);
    out.fromHits('strength', understanding);
    out.fromHits('strength', serious);
    if (companyAtFault === true && apology.length === 0) {
      // Understanding carries the reply; without either it fails.
      if (understanding.length === 0) score = Math.min(score, vague.length > 0 ? 50 : 45);
      out.add('issue', 'empathy.missing-apology', 'complaint.admit-and-apologise');
    }
    if (score < 60 && !caring && serious.length === 0)
      out.add('issue', 'empathy.missing', 'complaint.show-understanding');
  }
  if (vague.length > 0 && kind !== 'praise') out.fromHits('issue', vague);
  if (pseudo.length > 0) {
    score = caring ? Math.min(score - 25, 55) : Math.min(score, 35);
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
    score = Math.min(score, 35);
    const quotes = [...cold, ...defensiveTroll].slice(0, 2).map((h) => hitQuote(ev, h));
    out.add('issue', 'empathy.cold', 'complaint.show-understanding', quotes);
  }
  return clamp(score);
}

// ---------------------------------------------------------------- personalization

export function scorePersonalization(ev: Evidence, out: Findings): number | null {
  if (!ev.hasText) return null;
  const { kind } = ev.ctx;
  const boiler = get(ev, 'personalization.boilerplate');
  const guideline = 'praise.use-name-and-remark';
  let score = 25;
  if (ev.nameQuote) {
    score += 30;
    out.add('strength', 'personalization.name', guideline, [ev.nameQuote]);
  } else {
    out.add('issue', 'personalization.missing-name', guideline, [], {
      name: String(ev.ctx.customerName ?? '').slice(0, 60),
    });
  }
  const n = ev.overlap.length;
  if (n > 0) {
    score += n >= 2 ? 35 : 20;
    out.add('strength', 'personalization.specific-point', guideline, ev.overlap.slice(0, 3));
  } else {
    out.add('issue', 'personalization.generic', guideline);
  }
  if (ev.signOff) {
    score += kind === 'praise' ? 15 : 10;
    out.add('strength', 'personalization.sign-off', 'praise.sign-own-name', [ev.signOff]);
  } else if (kind === 'praise' && ev.ctx.agentName) {
    out.add('issue', 'personalization.missing-sign-off', 'praise.sign-own-name', [], {
      name: ev.ctx.agentName.slice(0, 40),
    });
  }
  if (boiler.length > 0) {
    score -= Math.min(2, boiler.length) * 20;
    if (n < 2) score = Math.min(score, 40);
    out.fromHits('issue', boiler);
  }
  return clamp(score);
}

// ---------------------------------------------------------------- resolution

/** A "can't help" with nothing offered after it in the reply. */
function bareRefusals(ev: Evidence): Hit[] {
  const steps = [...get(ev, 'resolution.next-step'), ...get(ev, 'cue.private-channel')];
  return get(ev, 'resolution.cant-help').filter(
    (r) => !steps.some((s) => s.from >= r.to || s.to <= r.from),
  );
}

const BUT = new Set(['but', 'however', 'aber', 'jedoch', 'allerdings']);

/** Whether a reply to a question answers it, or at least gives a status update with a time. */
function computeQuestionAnswer(ev: Evidence): { answered: boolean; status: boolean; cues: Hit[] } {
  const { tokens } = ev.info;
  // Sentences that send the customer elsewhere or ask for data do not answer anything,
  // whatever numbers (a hotline) or words they contain.
  const away = new Set<number>();
  // A detour sentence can still carry the answer ("as stated on our homepage, we're open
  // until 10pm"): it counts when it has a figure and an answer word.
  const cueSentences = new Set(get(ev, 'cue.answer').map((h) => tokens[h.from]!.sentence));
  const figures = new Set(
    tokens.filter((t) => t.kind === 'word' && /\d/.test(t.norm)).map((t) => t.sentence),
  );
  for (const h of get(ev, 'channel.detour')) {
    const s = tokens[h.from]!.sentence;
    if (!(cueSentences.has(s) && figures.has(s))) away.add(s);
  }
  for (const h of get(ev, 'personalization.boilerplate')) away.add(tokens[h.from]!.sentence);
  for (const q of publicDataAsks(ev)) away.add(q.sentence);
  for (const t of tokens) if (t.kind === 'url' || t.kind === 'mail') away.add(t.sentence);
  for (const s of phoneSentences(ev)) away.add(s);
  const here = (h: Hit) => !away.has(tokens[h.from]!.sentence);
  const cues = get(ev, 'cue.answer').filter(here);
  const overlap = ev.overlap.filter((o) => !away.has(tokenAt(ev, o.start)));
  let digits = false;
  for (const t of tokens)
    if (!away.has(t.sentence) && t.kind === 'word' && /\d/.test(t.norm)) digits = true;
  const steps = get(ev, 'resolution.next-step').filter(here);
  const weak = get(ev, 'cue.weak-step').filter(here);
  // A plain yes or no is the most direct answer to a yes/no question.
  const yesNo = cues.some(
    (h) => YES_NO.has(tokens[h.from]!.norm) && (h.from < 6 || /\?/.test(ev.ctx.post)),
  );
  const answered =
    yesNo ||
    (cues.length > 0 && (overlap.length > 0 || digits)) ||
    (digits && overlap.length > 0) ||
    (overlap.length >= 2 && away.size === 0 && steps.length === 0 && weak.length === 0);
  const status =
    (steps.length > 0 || weak.length > 0) &&
    get(ev, 'resolution.time-frame').filter(here).length > 0;
  return { answered, status, cues };
}

const YES_NO = new Set([
  'ja',
  'nein',
  'yes',
  'no',
  'yep',
  'nope',
  'jep',
  'klar',
  'natürlich',
  'leider',
]);
const PHONE = /(?:\+|\b0)\d[\d /-]{6,}\d/g;

/** Sentences that contain a phone number (a hotline is a detour for a simple question). */
function computePhoneSentences(ev: Evidence): Set<number> {
  const out = new Set<number>();
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(ev.info.text); m !== null; m = PHONE.exec(ev.info.text)) {
    for (const s of ev.info.sentences)
      if (m.index >= s.start && m.index < s.end) out.add(ev.info.tokens[s.from]!.sentence);
  }
  return out;
}

/** Sentence number of the token that starts at a given offset. */
function tokenAt(ev: Evidence, start: number): number {
  for (const t of ev.info.tokens) if (t.start === start) return t.sentence;
  return -1;
}

function feedsTroll(ev: Evidence): boolean {
  return hostileHits(ev).length > 0 || get(ev, 'tone.defensive').length > 0 || ev.info.words > 80;
}

export function scoreResolution(ev: Evidence, out: Findings): number | null {
  const { kind, netiquetteViolated, companyAtFault } = ev.ctx;
  if (ev.ctx.onOwnProfile === false && ev.channel === 'none') return 75;
  if (kind === 'troll') {
    if (ev.channel === 'hide' || ev.channel === 'delete' || ev.channel === 'none' || !ev.hasText) {
      const ok = ev.channel === 'none' || netiquetteViolated === true;
      if (ok) out.add('strength', 'resolution.not-feeding', 'troll.dont-feed');
      return ok ? (ev.channel === 'delete' ? 75 : 85) : 35;
    }
    // A baseless accusation admitted ("you're right, our mistake") hands the troll a quote.
    const admission = get(ev, 'resolution.false-admission');
    if (companyAtFault !== true && admission.length > 0) {
      out.fromHits('issue', admission);
      return 30;
    }
    if (feedsTroll(ev)) {
      const quotes = hostileHits(ev)
        .concat(get(ev, 'tone.defensive'))
        .slice(0, 2)
        .map((h) => hitQuote(ev, h));
      out.add('issue', 'resolution.feeding-troll', 'troll.dont-feed', quotes);
      return 30;
    }
    out.add('strength', 'resolution.not-feeding', 'troll.dont-feed');
    return 70;
  }
  if (!wrote(ev)) {
    if ((ev.channel === 'hide' || ev.channel === 'delete') && netiquetteViolated === true)
      return 60;
    out.add(
      'issue',
      'resolution.no-reply',
      kind === 'praise' ? 'praise.thank-briefly' : 'complaint.never-ignore',
    );
    return kind === 'praise' ? 15 : 0;
  }
  const steps = get(ev, 'resolution.next-step');
  const time = get(ev, 'resolution.time-frame');
  const privateCue = get(ev, 'cue.private-channel');
  const refusals = bareRefusals(ev);
  if (kind === 'praise') {
    const push = get(ev, 'resolution.pushing');
    const links = ev.info.tokens.filter((t) => t.kind === 'url');
    if (push.length > 0 || links.length > 0) {
      if (push.length > 0) out.fromHits('issue', push);
      else
        out.add(
          'issue',
          'resolution.pushing',
          'praise.no-pushing',
          links.map((t) => ({
            text: ev.info.text.slice(t.start, t.end),
            start: t.start,
            end: t.end,
          })),
        );
      return 25;
    }
    // Thanks in words: a lone 👍 or "Ok" is not a thank-you.
    const thanks = [...get(ev, 'empathy.warmth'), ...get(ev, 'tone.friendly')].some(
      (h) => ev.info.tokens[h.from]!.kind === 'word',
    );
    if (thanks) out.add('strength', 'resolution.thanks', 'praise.no-pushing');
    return thanks ? 85 : 50;
  }
  let score: number;
  if (kind === 'question') {
    const detour = get(ev, 'channel.detour');
    const { answered, status, cues: answerCues } = questionAnswer(ev);
    if (answered) {
      score = 80;
      out.add(
        'strength',
        'resolution.direct-answer',
        'question.answer-in-thread',
        answerCues.slice(0, 2).map((h) => hitQuote(ev, h)),
      );
    } else if (
      status ||
      ((ev.ctx.privateDataNeeded === true || publicDataAsks(ev).length > 0) &&
        (steps.length > 0 || get(ev, 'cue.weak-step').length > 0))
    ) {
      score = 75;
      const first = steps[0] ?? get(ev, 'cue.weak-step')[0];
      out.add(
        'strength',
        'resolution.status-update',
        'question.status-update',
        [first, time[0]].filter((h) => h !== undefined).map((h) => hitQuote(ev, h)),
      );
    } else {
      score = steps.length > 0 || privateCue.length > 0 ? 45 : 30;
      out.add('issue', 'resolution.no-action', 'question.answer-in-thread');
    }
    if (!answered && detour.length > 0) score = Math.min(score, 35);
  } else {
    score = 25;
    const weak = get(ev, 'cue.weak-step');
    if (steps.length > 0) {
      score += 40;
      out.fromHits('strength', steps);
    } else if (weak.length > 0 || (privateCue.length > 0 && ev.channel === 'public')) {
      // "We'll look into it" is a start; only with a time does it become a plan.
      score += 25;
    }
    if (time.length > 0) {
      const planned = steps.length > 0 || weak.length > 0;
      score += planned ? 20 : 5;
      if (planned && steps.length === 0)
        out.add('strength', 'resolution.status-update', 'complaint.solve-and-explain-steps', [
          hitQuote(ev, weak[0]!),
          hitQuote(ev, time[0]!),
        ]);
      out.fromHits('strength', time);
    }
    const polite = hostileHits(ev).length === 0;
    const correction = get(ev, 'resolution.correction');
    if (companyAtFault !== true && correction.length > 0 && polite) {
      score += 35;
      out.fromHits('strength', correction);
    } else if (polite && steps.length === 0 && companyAtFault !== true) {
      // An explanation of what happened ("the extra €30 is the roaming pass") answers it.
      const { answered, cues } = questionAnswer(ev);
      if (answered && cues.length > 0) {
        score += 35;
        out.add(
          'strength',
          'resolution.direct-answer',
          'complaint.solve-and-explain-steps',
          cues.slice(0, 2).map((h) => hitQuote(ev, h)),
        );
      }
    }

    if (score < 60) out.add('issue', 'resolution.no-action', 'complaint.solve-and-explain-steps');
    const admission = get(ev, 'resolution.false-admission');
    if (companyAtFault === false && admission.length > 0) {
      score = Math.min(score, 40);
      out.fromHits('issue', admission);
    }
  }
  // A rude or sales-y reply to a complaint is no way to a solution (a flippant "lol" after a
  // real step, or a blunt but correct answer to a question, still is).
  if (
    kind === 'complaint' &&
    ['tone.sarcasm', 'tone.irritation', 'resolution.pushing'].some((c) => get(ev, c).length > 0)
  )
    score = Math.min(score, 50);
  if (refusals.length > 0) {
    score = Math.min(score, 40);
    out.add(
      'issue',
      'resolution.cant-help',
      'complaint.solve-and-explain-steps',
      refusals.map((h) => hitQuote(ev, h)),
    );
  }
  return clamp(score);
}

// ---------------------------------------------------------------- channel

const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b/;
const ORDER_NO =
  /\b(?:bestell|auftrag|kunden|vertrag|sendung|order|account|customer|contract|booking|tracking)\w*(?:[\s-]*(?:nr|nummer|number|no|id))?\.?\s*:?\s*#?\s*\d(?:[ .-]?\d){5,}/i;
/** Mobile numbers (a private person's, unlike a company hotline). */
const MOBILE = /(?:\+49\s?|\b0)1[5-7]\d[\d /-]{6,}\d|(?:\+44\s?|\b0)7\d{3}[\d ]{5,}\d/;
/** A street address with a house number. */
const STREET =
  /\b\p{Lu}\p{Ll}+(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|bach|berg|feld|hof|ufer|pfad|steig|chaussee)\s\d+|\b\d+\s(?:\p{Lu}\p{Ll}+\s){1,3}(?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Gardens|Court|Place|Row)\b/u;

/** An e-mail address with the customer's name in it (a company's service@ address is fine). */
function customerMail(ev: Evidence): { 0: string; index: number } | null {
  const names = nameParts(ev.ctx, []).filter((n) => n.length >= 3);
  const t = ev.info.tokens.find(
    (t) => t.kind === 'mail' && names.some((n) => t.norm.split('@')[0]!.includes(n)),
  );
  return t ? { 0: ev.info.text.slice(t.start, t.end), index: t.start } : null;
}

/**
 * Requests for personal data that are not sent to a private channel: a request word and a
 * personal-data word within a few words of each other in one sentence that names no DM,
 * e-mail or phone. Only a public reply can make them.
 */
function computePublicDataAsks(ev: Evidence): (Quote & { sentence: number })[] {
  if (ev.channel !== 'public') return [];
  const requests = get(ev, 'cue.request');
  const data = get(ev, 'cue.personal-data');
  if (requests.length === 0 || data.length === 0) return [];
  const privateCue = get(ev, 'cue.private-channel');
  const out: (Quote & { sentence: number })[] = [];
  for (const d of data) {
    const s = ev.info.tokens[d.from]!.sentence;
    const asked = requests.some(
      (r) => ev.info.tokens[r.from]!.sentence === s && r.from <= d.from + 2 && d.from - r.to <= 8,
    );
    const privately = privateCue.some((p) => ev.info.tokens[p.from]!.sentence === s);
    if (asked && !privately) out.push({ ...hitQuote(ev, d), sentence: s });
  }
  return out;
}

export function scoreChannel(ev: Evidence, out: Findings): number | null {
  const { kind, netiquetteViolated, privateDataNeeded } = ev.ctx;
  if (ev.ctx.onOwnProfile === false) {
    if (ev.channel === 'none') {
      out.add('strength', 'channel.stayed-out', 'channel.stay-on-own-profile');
      return 90;
    }
    out.add('issue', 'channel.foreign-profile', 'channel.stay-on-own-profile');
    return 20;
  }
  if (ev.channel === 'hide' || ev.channel === 'delete') {
    if (netiquetteViolated === true) {
      out.add('strength', 'channel.moderated-rule-breaker', 'troll.hide-rule-breakers');
      return ev.channel === 'hide' ? 95 : 75;
    }
    out.add('issue', 'channel.deleted-criticism', 'complaint.never-delete');
    return ev.channel === 'hide' ? 15 : 5;
  }
  if (ev.channel === 'none' || !ev.hasText) {
    if (kind === 'troll') {
      if (netiquetteViolated === true) return 45;
      out.add('strength', 'channel.fitting', 'troll.dont-feed');
      return 75;
    }
    out.add('issue', 'channel.ignored', 'complaint.never-ignore');
    return kind === 'praise' ? 20 : 0;
  }
  const isPublic = ev.channel === 'public';
  if (isPublic) {
    const requests = publicDataAsks(ev);
    if (requests.length > 0) {
      out.add(
        'issue',
        'channel.public-data-request',
        'channel.personal-data-private',
        requests.map(({ text, start, end }) => ({ text, start, end })),
      );
      return 10;
    }
    // A company's own address answers a question ("where is the shop?"); elsewhere a street
    // address or a mobile number in a public reply is the customer's.
    const revealed =
      IBAN.exec(ev.info.text) ??
      ORDER_NO.exec(ev.info.text) ??
      MOBILE.exec(ev.info.text) ??
      (kind !== 'question' ? STREET.exec(ev.info.text) : null) ??
      customerMail(ev);
    if (revealed) {
      out.add('issue', 'channel.public-data-revealed', 'channel.personal-data-private', [
        { text: revealed[0], start: revealed.index, end: revealed.index + revealed[0].length },
      ]);
      return 15;
    }
  }
  const privateCue = get(ev, 'cue.private-channel');
  if (kind === 'troll') {
    if (feedsTroll(ev)) {
      out.add(
        'issue',
        'channel.public-fight',
        'troll.dont-feed',
        hostileHits(ev)
          .slice(0, 2)
          .map((h) => hitQuote(ev, h)),
      );
      return 25;
    }
    if (netiquetteViolated === true) return 50;
    out.add('strength', 'channel.fitting', 'troll.dont-feed');
    return 65;
  }
  if (kind === 'question' && privateDataNeeded !== true) {
    const detour = get(ev, 'channel.detour');
    // Pointing to the website after answering is fine; instead of answering it is a detour.
    if (
      !questionAnswer(ev).answered &&
      (detour.length > 0 ||
        ev.info.tokens.some((t) => t.kind === 'url' || t.kind === 'mail') ||
        phoneSentences(ev).size > 0)
    ) {
      const quotes =
        detour.length > 0
          ? detour.map((h) => hitQuote(ev, h))
          : ev.info.tokens
              .filter((t) => t.kind === 'url')
              .map((t) => ({
                text: ev.info.text.slice(t.start, t.end),
                start: t.start,
                end: t.end,
              }));
      out.add('issue', 'channel.detour', 'question.answer-in-thread', quotes);
      return 30;
    }
    if (!isPublic || privateCue.length > 0) {
      out.add(
        'issue',
        'channel.detour',
        'question.answer-in-thread',
        privateCue.slice(0, 1).map((h) => hitQuote(ev, h)),
        {},
        'channel.detour-private',
      );
      return 40;
    }
    out.add('strength', 'channel.answered-in-thread', 'question.answer-in-thread');
    return 90;
  }
  if (privateDataNeeded === true) {
    if (!isPublic || privateCue.length > 0) {
      out.add('strength', 'channel.moved-private', 'complaint.offer-private-channel');
      return 90;
    }
    out.add('issue', 'channel.needs-private', 'complaint.offer-private-channel');
    return 45;
  }
  out.add('strength', 'channel.fitting', 'complaint.offer-private-channel');
  return isPublic || kind !== 'praise' ? 80 : 60;
}

// ---------------------------------------------------------------- entry points

const ANALYZERS: Record<Criterion, (ev: Evidence, out: Findings) => number | null> = {
  timing: scoreTiming,
  tone: scoreTone,
  empathy: scoreEmpathy,
  personalization: scorePersonalization,
  resolution: scoreResolution,
  channel: scoreChannel,
};

function evaluate(ev: Evidence, criteria: readonly Criterion[]): Evaluation {
  const out = new Findings(ev);
  const scores = {
    timing: null,
    tone: null,
    empathy: null,
    personalization: null,
    resolution: null,
    channel: null,
  } as Record<Criterion, number | null>;
  let sum = 0;
  let weight = 0;
  for (const c of criteria) {
    const s = ANALYZERS[c](ev, out);
    scores[c] = s;
    if (s !== null) {
      sum += s * WEIGHTS[c];
      weight += WEIGHTS[c];
    }
  }
  return { overall: weight > 0 ? clamp(sum / weight) : 0, scores, findings: out.list };
}

/** Scores a reply (or a moderation action) in its situation. Never throws on odd text. */
export function scoreReply(context: ScoringContext, action: ReplyAction): Evaluation {
  return evaluate(gatherEvidence(context, action), CRITERIA);
}

/**
 * Findings for a draft while the trainee types: everything but timing (the clock is not
 * the trainee's draft), for a written public reply unless another channel is picked.
 */
export function liveHints(
  context: ScoringContext,
  draft: string,
  channel: ReplyAction['channel'] = 'public',
): Finding[] {
  const ev = gatherEvidence(context, { channel, reply: draft });
  return evaluate(
    ev,
    CRITERIA.filter((c) => c !== 'timing'),
  ).findings;
}

export { Findings };
