/**
 * Evidence: everything the analyzers look at, computed once per reply — tokens, word-rule
 * hits (grouped by rule), the customer's name, the post's words picked up, the sign-off.
 */
import type { RuleName } from './catalog';
import { languagePack, wordSet, type Lexicon } from './language';
import { compileRules, matchRules, type CompiledRules, type Hit, type LoadedRule } from './matcher';
import { spanQuote, tokenize, type TextInfo, type Token } from './text';
import type { Lang, Quote, ReplyAction, ScoringContext } from './types';

export interface Evidence {
  ctx: ScoringContext;
  channel: ReplyAction['channel'];
  lang: Lang;
  lexicon: Lexicon;
  info: TextInfo;
  hasText: boolean;
  rules: readonly LoadedRule[];
  /** Hits grouped by rule name. */
  byRule: Map<RuleName, Hit[]>;
  /** Content words of the post found in the reply (distinct stems), with their quotes. */
  overlap: Quote[];
  /** Stems of the post's content words. */
  postStems: ReadonlySet<string>;
  /** The post in lower case, to recognise the customer's own words. */
  postLower: string;
  /** The post's tokens (lower case), for exact look-ups. */
  postWords: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  nameQuote: Quote | undefined;
  /** Results of the structural checks several analyzers share, computed once. */
  memo: Map<string, unknown>;
  signOff: Quote | undefined;
}

const compiled: Partial<Record<Lang, CompiledRules>> = {};
function rulesFor(lang: Lang): CompiledRules {
  return (compiled[lang] ??= compileRules(languagePack(lang)));
}

/** Characters of a reply the scorer reads (Facebook's comment limit; X allows 280). */
export const MAX_REPLY = 8000;
/** Characters of the customer's post the scorer reads. */
const MAX_POST = 4000;

const STEM = 5;

function stem(word: string): string {
  return word.length > STEM ? word.slice(0, STEM) : word;
}

/** The parts of the customer's name that can address them (no titles, no @). */
export function nameParts(ctx: ScoringContext, titles: readonly string[]): string[] {
  return String(ctx.customerName ?? '')
    .toLowerCase()
    .split(/[\s\-_.,]+/)
    .map((p) => p.replace(/^@/, ''))
    .filter((p) => p.length >= 2 && !titles.includes(p));
}

/**
 * The customer addressed by a name the display name only implies: the first name inside a
 * handle ("Hi Annika" to @annikabaeckt, "Gaz" to @gazza_plays, "Steve" to SolarSteve_Leeds),
 * or a title with the surname's initial ("Frau K." to Renate K.). Only a capitalised word in
 * the greeting (the reply's first words) or right before a comma counts, so a noun that
 * happens to sit inside a handle ("Kind" in @kiezkind89) is not taken for a name.
 */
function findName(
  info: TextInfo,
  names: readonly string[],
  byHandle: boolean,
  ctx: ScoringContext,
  titles: readonly string[],
): Quote | undefined {
  const display = String(ctx.customerName ?? '').toLowerCase();
  const compact = display.replace(/[^\p{L}]/gu, '');
  const handleLike = byHandle || !/\s/.test(display.trim());
  const initials = String(ctx.customerName ?? '')
    .split(/\s+/)
    .filter((p) => /^\p{Lu}\.?$/u.test(p))
    .map((p) => p[0]!.toLowerCase());
  const tokens = info.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.raw)) continue;
    const next = tokens[i + 1];
    const greeting = i < 4 && t.sentence === 0;
    const beforeComma =
      next === undefined || next.clause !== t.clause || info.text.slice(t.end, t.end + 1) === ',';
    if (!greeting && !beforeComma) continue;
    const quote = spanQuote(info.text, t);
    if (
      handleLike &&
      t.norm.length >= 3 &&
      compact.includes(t.norm) &&
      !names.includes(t.norm) &&
      !/\d/.test(t.norm)
    )
      return quote;
    const prev = tokens[i - 1];
    if (
      initials.includes(t.norm) &&
      prev !== undefined &&
      titles.includes(prev.norm) &&
      t.norm.length === 1
    )
      return { text: info.text.slice(prev.start, t.end), start: prev.start, end: t.end };
  }
  return undefined;
}

interface PostWords {
  postStems: ReadonlySet<string>;
  postLower: string;
  postWords: ReadonlySet<string>;
}

/**
 * The last post read, by its text, language and the customer's name: a trainee's drafts (live
 * hints) and a drill's replies answer one post many times, and reading it is a tenth of the work.
 */
let lastPost:
  { post: string; stop: ReadonlySet<string>; names: string; words: PostWords } | undefined;

/** The post's words, its content words' stems (not the customer's name) and its text. */
function postWordsOf(
  ctx: ScoringContext,
  stop: ReadonlySet<string>,
  nameSet: ReadonlySet<string>,
): PostWords {
  const post = typeof ctx.post === 'string' ? ctx.post.slice(0, MAX_POST) : '';
  const names = [...nameSet].join(' ');
  if (lastPost && lastPost.post === post && lastPost.stop === stop && lastPost.names === names)
    return lastPost.words;
  // Content words of the post: 4+ letters, not function words, not the customer's name.
  const postStems = new Set<string>();
  const postTokens = tokenize(post).tokens;
  const postWords = new Set(postTokens.map((t) => t.norm));
  for (const t of postTokens) {
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
  const words = { postStems, postLower: post.toLowerCase(), postWords };
  lastPost = { post, stop, names, words };
  return words;
}

const LETTERS_AND_DIGITS = /\p{L}\d|\d\p{L}/u;

export function gatherEvidence(ctx: ScoringContext, action: ReplyAction): Evidence {
  const lang: Lang = ctx.lang === 'de' ? 'de' : 'en';
  const compiledRules = rulesFor(lang);
  // No platform takes a longer comment (Facebook's limit); the rest is not read.
  const reply = typeof action.reply === 'string' ? action.reply.slice(0, MAX_REPLY) : '';
  const info = tokenize(reply);
  const rules = compiledRules.rules;
  const raw = matchRules(compiledRules, info).filter((h) => {
    const scope = rules[h.rule]!.scope;
    return !scope || scope.includes(ctx.kind);
  });
  // A signal inside the words of a penalty ("sorry you feel that way", "bitten um
  // Verständnis") is not a signal: the penalty is what the words mean.
  const negative = raw.filter(
    (h) => rules[h.rule]!.role === 'cap' || rules[h.rule]!.role === 'penalty',
  );
  const lexicon = compiledRules.lexicon;
  const stop = wordSet(lexicon.stopwords);
  const names = nameParts(ctx, lexicon.titles);
  const nameSet = new Set(names);
  const { postStems, postLower, postWords } = postWordsOf(ctx, stop, nameSet);
  // Clauses that say what an apology or understanding is for: "leid, dass …", "sorry that …".
  const restated = new Set<number>();
  for (const h of raw) {
    const name = rules[h.rule]!.name;
    if (name !== 'empathy.apology' && name !== 'empathy.understanding') continue;
    for (let k = h.to; k < h.to + 3 && info.tokens[k]; k++)
      if (lexicon.that.includes(info.tokens[k]!.norm)) restated.add(info.tokens[k]!.clause);
  }
  const hits = raw.filter(
    (h) =>
      (rules[h.rule]!.role !== 'signal' ||
        !negative.some(
          (n) => n.from < h.to && h.from < n.to && rules[n.rule]!.criterion !== 'resolution',
        )) &&
      // A step word the customer used ("… wurde storniert"), or one in what an apology is
      // for ("sorry that your order was cancelled"), repeats the complaint: it is no step.
      !(
        rules[h.rule]!.name === 'resolution.next-step' &&
        h.to - h.from === 1 &&
        (postWords.has(info.tokens[h.from]!.norm) || restated.has(info.tokens[h.from]!.clause))
      ),
  );
  const byRule = new Map<RuleName, Hit[]>();
  for (const h of hits) {
    const name = rules[h.rule]!.name;
    const list = byRule.get(name);
    if (list) list.push(h);
    else byRule.set(name, [h]);
  }

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
        nameQuote = spanQuote(reply, t);
        break;
      }
    }
  }

  nameQuote ??= findName(info, names, byHandle, ctx, lexicon.titles);

  const overlap: Quote[] = [];
  const seenStems = new Set<string>();
  for (const t of info.tokens) {
    if (t.kind !== 'word' || t.norm.length < 4 || stop.has(t.norm) || nameSet.has(t.norm)) continue;
    const s = stem(t.norm);
    // Same word family (Paket/Pakete, room/rooms), or a part of a German compound in the
    // post (Zimmer in Hotelzimmer, Abschlag in Stromabschlag). A code of letters and digits
    // counts only as the post wrote it: a discount code named after the occasion (TAUFE10)
    // picks nothing up.
    const related = LETTERS_AND_DIGITS.test(t.norm)
      ? postWords.has(t.norm)
      : postStems.has(s) ||
        postStems.has(t.norm.slice(0, 4)) ||
        (t.norm.length >= 5 && postLower.includes(t.norm));
    if (related && !seenStems.has(s)) {
      seenStems.add(s);
      overlap.push(spanQuote(reply, t));
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
        signOff = spanQuote(reply, t);
        break;
      }
    }
  }

  return {
    ctx,
    channel: action.channel,
    lang,
    lexicon,
    info,
    hasText: info.tokens.length > 0,
    rules,
    byRule,
    overlap,
    postStems,
    postLower,
    postWords,
    stopwords: stop,
    nameQuote,
    signOff,
    memo: new Map(),
  };
}

/** The hits of one word rule. */
export const get = (ev: Evidence, name: RuleName): Hit[] => ev.byRule.get(name) ?? [];

/** A structural check computed once per reply and shared by the analyzers that need it. */
export function memo<T>(ev: Evidence, key: string, compute: (ev: Evidence) => T): T {
  const known = ev.memo.get(key);
  if (known !== undefined || ev.memo.has(key)) return known as T;
  const value = compute(ev);
  ev.memo.set(key, value);
  return value;
}

/** A token's text, with its position in the reply. */
export const tokenQuote = (ev: Evidence, t: Token): Quote => spanQuote(ev.info.text, t);

/** The words of a hit, with their position in the reply. */
export function hitQuote(ev: Evidence, hit: Hit): Quote {
  const start = ev.info.tokens[hit.from]!.start;
  const end = ev.info.tokens[hit.to - 1]!.end;
  return { text: ev.info.text.slice(start, end), start, end };
}

/** The trainee wrote something and sent it (not none, hide or delete). */
export const wrote = (ev: Evidence): boolean =>
  ev.hasText && ev.channel !== 'none' && ev.channel !== 'hide' && ev.channel !== 'delete';

/** Sentence number of a hit's first token. */
export const sentenceOf = (ev: Evidence, hit: Hit): number => ev.info.tokens[hit.from]!.sentence;
