/**
 * Matches the word patterns of a rule set against a tokenised reply in one pass.
 * Patterns are indexed by their first term (exact word → map, prefix → map keyed by its
 * first three letters, infix → short list), so a reply only tries the patterns its own
 * words can start; that keeps a 600-character reply far below 0.1 ms with ~500 patterns.
 *
 * Pattern syntax (space-separated terms, matched case-insensitively against the reply's
 * tokens, never across a sentence end):
 * - `wort`     the exact word
 * - `verspät*` any word starting with it (German inflection: verspätet, Verspätung …)
 * - `*verspät*` any word containing it (German compounds: Lieferverspätung)
 * - `a|b|c*`   alternatives for one position
 * - `~`        up to three arbitrary words
 * - `_`        exactly one arbitrary word
 * - `?`        at most one arbitrary word
 * Single words (and prefixes) of eight letters or more also match with one typo.
 */
import { RULE_NAMES, WORD_RULES, type RuleName, type WordRule } from './catalog';
import type { LanguagePack, Lexicon } from './language';
import type { TextInfo, Token } from './text';

type Term =
  | {
      t: 'alt';
      exact: readonly string[];
      /** The exact alternatives as a set, where a term has many (a list is faster for few). */
      exactSet: ReadonlySet<string> | null;
      prefix: readonly string[];
      infix: readonly string[];
    }
  | { t: 'gap'; min: number; max: number };

interface Phrase {
  rule: number;
  terms: Term[];
}

export interface Hit {
  /** Index of the rule in the rule set. */
  rule: number;
  /** Token range [from, to). */
  from: number;
  to: number;
}

/** A word rule of the catalogue with one language's patterns. */
export interface LoadedRule extends WordRule {
  name: RuleName;
  patterns: readonly string[];
}

export interface CompiledRules {
  /** The word rules in catalogue order; a hit's `rule` indexes this list. */
  rules: readonly LoadedRule[];
  lexicon: Lexicon;
  exact: Map<string, Phrase[]>;
  prefix: Map<string, { p: string; phrase: Phrase }[]>;
  infix: { p: string; phrase: Phrase }[];
  /** One-deletion variants of long single words and prefixes → phrases (typo tolerance). */
  fuzzy: Map<string, Phrase[]>;
  fuzzyPrefixLengths: number[];
  negators: Set<string>;
  trailingNegators: Set<string>;
  /**
   * The phrases a word can start, found once per distinct word (candidates depend on the word
   * alone): the direct ones (exact, prefix, infix, in that order) and, tried only when none of
   * them matched, those one typo away. Bounded; cleared when full.
   */
  candidates: Map<string, Candidates>;
}

interface Candidates {
  direct: readonly Phrase[];
  fuzzy: readonly Phrase[];
}

/** Distinct words kept in a rule set's candidate cache before it starts afresh. */
const CANDIDATE_CACHE = 20_000;

/** Shorter words collide with real words under one typo (backen/backend, albern/Albert). */
const FUZZY_MIN = 8;
/** Longer tokens are not words anyone mistyped. */
const FUZZY_MAX = 40;

export function parsePattern(pattern: string, rule: number): Phrase {
  const terms: Term[] = pattern
    .trim()
    .toLowerCase()
    // Hyphens separate tokens in the text, so "e-mail" in a pattern means "e mail".
    .split(/[\s-]+/)
    .filter((part) => part !== '')
    .map((part): Term => {
      if (part === '~') return { t: 'gap', min: 0, max: 3 };
      if (part === '_') return { t: 'gap', min: 1, max: 1 };
      if (part === '?') return { t: 'gap', min: 0, max: 1 };
      const exact: string[] = [];
      const prefix: string[] = [];
      const infix: string[] = [];
      for (const alt of part.split('|')) {
        if (alt.startsWith('*') && alt.endsWith('*') && alt.length > 2)
          infix.push(alt.slice(1, -1));
        else if (alt.endsWith('*') && alt.length > 1) prefix.push(alt.slice(0, -1));
        else exact.push(alt);
      }
      return {
        t: 'alt',
        exact,
        exactSet: exact.length > 2 ? new Set(exact) : null,
        prefix,
        infix,
      };
    });
  return { rule, terms };
}

/**
 * What is wrong with a pattern, or null. The packs are fixed data, so this runs in the tests
 * (scoring-rules.test.ts) rather than on every page that loads a pack.
 */
export function patternProblem(pattern: string): string | null {
  const { terms } = parsePattern(pattern, 0);
  if (terms.length === 0 || terms[0]!.t === 'gap' || terms[terms.length - 1]!.t === 'gap')
    return `pattern "${pattern}" must start and end with a word`;
  if (terms.some((term) => term.t === 'alt' && term.prefix.some((p) => p.length < 3)))
    return `pattern "${pattern}": a prefix needs at least three letters`;
  return null;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function compileRules(pack: Pick<LanguagePack, 'patterns' | 'lexicon'>): CompiledRules {
  const rules: LoadedRule[] = RULE_NAMES.map((name) => ({
    ...(WORD_RULES[name] as WordRule),
    name,
    patterns: pack.patterns[name],
  }));
  const exact = new Map<string, Phrase[]>();
  const prefix = new Map<string, { p: string; phrase: Phrase }[]>();
  const infix: { p: string; phrase: Phrase }[] = [];
  const fuzzy = new Map<string, Phrase[]>();
  const fuzzyPrefixLengths = new Set<number>();
  rules.forEach((rule, index) => {
    for (const pattern of rule.patterns) {
      const phrase = parsePattern(pattern, index);
      const first = phrase.terms[0] as Extract<Term, { t: 'alt' }>;
      for (const w of first.exact) {
        push(exact, w, phrase);
        if (w.length >= FUZZY_MIN) for (const d of deletions(w)) push(fuzzy, d, phrase);
      }
      for (const p of first.prefix) {
        push(prefix, p.slice(0, 3), { p, phrase });
        if (p.length >= FUZZY_MIN) {
          for (const d of deletions(p)) push(fuzzy, `${d}*`, phrase);
          fuzzyPrefixLengths.add(p.length - 1);
        }
      }
      for (const p of first.infix) infix.push({ p, phrase });
    }
  });
  return {
    rules,
    lexicon: pack.lexicon,
    exact,
    prefix,
    infix,
    fuzzy,
    fuzzyPrefixLengths: [...fuzzyPrefixLengths].sort((a, b) => a - b),
    negators: new Set(pack.lexicon.negators),
    trailingNegators: new Set(pack.lexicon.trailingNegators),
    candidates: new Map(),
  };
}

function termMatches(term: Extract<Term, { t: 'alt' }>, token: Token): boolean {
  if (token.kind !== 'word' && token.kind !== 'emoji') return false;
  const w = token.norm;
  if (term.exactSet) {
    if (term.exactSet.has(w)) return true;
  } else for (const e of term.exact) if (w === e) return true;
  for (const p of term.prefix) if (w.startsWith(p)) return true;
  for (const p of term.infix) if (w.includes(p)) return true;
  return false;
}

/** Matches the rest of a phrase from term `ti` at token `k`; returns the end token or -1. */
function matchRest(
  phrase: Phrase,
  ti: number,
  k: number,
  tokens: Token[],
  sentence: number,
): number {
  if (ti === phrase.terms.length) return k;
  const term = phrase.terms[ti]!;
  if (term.t === 'gap') {
    for (let skip = term.min; skip <= term.max; skip++) {
      const at = k + skip;
      if (at > tokens.length) break;
      if (skip > 0 && tokens[at - 1]!.sentence !== sentence) break;
      const end = matchRest(phrase, ti + 1, at, tokens, sentence);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[k];
  if (!token || token.sentence !== sentence || !termMatches(term, token)) return -1;
  return matchRest(phrase, ti + 1, k + 1, tokens, sentence);
}

/** Whether a phrase spells out a word itself ("not acceptable" contains its own "not"). */
function spells(phrase: Phrase, word: string): boolean {
  return phrase.terms.some((t) => t.t === 'alt' && t.exact.includes(word));
}

function isNegated(
  c: CompiledRules,
  tokens: Token[],
  from: number,
  to: number,
  phrase: Phrase,
): boolean {
  const { clause } = tokens[from]!;
  for (let k = from - 1; k >= 0 && k >= from - 3 && tokens[k]!.clause === clause; k--) {
    if (c.negators.has(tokens[k]!.norm)) return true;
  }
  // A negator inside the match that the pattern does not spell out came in through a gap:
  // "das nehmen wir nicht ernst". One the pattern spells out is part of its meaning.
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.norm;
    if (c.negators.has(w)) return !spells(phrase, w);
  }
  // German verb-final negation: "das verstehen wir nicht" — scan to the clause end.
  for (let k = to; k < tokens.length && k < to + 6 && tokens[k]!.clause === clause; k++) {
    if (c.trailingNegators.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/** Per-token state of matchRules (a plain object, so no closure is built per token). */
interface Scan {
  c: CompiledRules;
  tokens: Token[];
  hits: Hit[];
  seen: Set<number>;
  i: number;
  found: boolean;
}

function tryPhrase(st: Scan, phrase: Phrase): void {
  if (st.seen.has(phrase.rule)) return;
  const end = matchRest(phrase, 1, st.i + 1, st.tokens, st.tokens[st.i]!.sentence);
  if (end < 0) return;
  st.found = true;
  const rule = st.c.rules[phrase.rule]!;
  if (rule.negatable && isNegated(st.c, st.tokens, st.i, end, phrase)) return;
  st.seen.add(phrase.rule);
  st.hits.push({ rule: phrase.rule, from: st.i, to: end });
}

/** Appends phrases not yet in the list (a phrase tried twice at one token finds the same). */
function addNew(list: Phrase[], phrases: readonly Phrase[] | undefined): void {
  if (phrases) for (const phrase of phrases) if (!list.includes(phrase)) list.push(phrase);
}

function findCandidates(c: CompiledRules, w: string): Candidates {
  const direct: Phrase[] = [];
  addNew(direct, c.exact.get(w));
  if (w.length >= 3) {
    const pre = c.prefix.get(w.slice(0, 3));
    if (pre) for (const { p, phrase } of pre) if (w.startsWith(p)) addNew(direct, [phrase]);
  }
  for (const { p, phrase } of c.infix)
    if (w.length > p.length && w.includes(p)) addNew(direct, [phrase]);
  const fuzzy: Phrase[] = [];
  // A typo is looked for in ordinary words only: the deletions of a 20 KB "word" are 20 KB each.
  if (w.length >= FUZZY_MIN && w.length <= FUZZY_MAX) {
    // One typo: the token minus one letter, or the token as a deletion of a long word; a
    // substituted letter matches as both sides minus one letter.
    addNew(fuzzy, c.fuzzy.get(w));
    for (const d of deletions(w)) addNew(fuzzy, c.exact.get(d) ?? c.fuzzy.get(d));
    for (const n of c.fuzzyPrefixLengths) {
      if (n > w.length) break;
      addNew(fuzzy, c.fuzzy.get(`${w.slice(0, n)}*`));
    }
  }
  return { direct, fuzzy };
}

function candidatesFor(c: CompiledRules, w: string): Candidates {
  // A run of letters longer than any word is not worth keeping.
  if (w.length > FUZZY_MAX) return findCandidates(c, w);
  let found = c.candidates.get(w);
  if (!found) {
    if (c.candidates.size >= CANDIDATE_CACHE) c.candidates.clear();
    found = findCandidates(c, w);
    c.candidates.set(w, found);
  }
  return found;
}

/** All rule hits in the text, in token order, at most one per rule and start token. */
export function matchRules(c: CompiledRules, info: TextInfo): Hit[] {
  const { tokens } = info;
  const st: Scan = { c, tokens, hits: [], seen: new Set<number>(), i: 0, found: false };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' && token.kind !== 'emoji') continue;
    const { direct, fuzzy } = candidatesFor(c, token.norm);
    if (direct.length === 0 && fuzzy.length === 0) continue;
    st.seen.clear();
    st.i = i;
    st.found = false;
    for (const phrase of direct) tryPhrase(st, phrase);
    if (!st.found && token.kind === 'word') for (const phrase of fuzzy) tryPhrase(st, phrase);
  }
  return st.hits;
}
