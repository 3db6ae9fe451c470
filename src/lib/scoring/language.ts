/**
 * What a language pack holds (language only; what rules and findings do is in catalog.ts),
 * and the registry of loaded packs. Packs register themselves (lang-de.ts, lang-en.ts), so a
 * browser page bundles only its own language while the command line and the tests load both
 * through index.ts.
 */
import type { MessageKey, RuleName } from './catalog';
import type { Plural } from '../i18n/format';
import type { Lang } from '../vocabulary';

/** Word patterns per rule; syntax in matcher.ts. */
export type Patterns = Readonly<Record<RuleName, readonly string[]>>;

/** One message per finding code (and variant key); {q} is the quoted words, {n} a number, {name} a name. */
export type Messages = Readonly<Record<MessageKey, string>>;

/**
 * Texts each rule must and must not match, and the words a match must quote; one generic
 * test (tests/unit/scoring-rules.test.ts) runs them for every rule. Kept out of the packs the
 * browser loads.
 */
export type Examples = Readonly<Record<RuleName, RuleExamples>>;

export interface RuleExamples {
  /** Texts the rule matches; a `[text, quoted words]` pair also asserts what the match quotes. */
  match: readonly (string | readonly [string, string])[];
  noMatch: readonly string[];
}

/** How a language marks formal and informal address (German Sie/du; English Mr …/mate). */
export interface AddressForms {
  /** Formal words, matched as written (German "Sie", "Ihnen" …); not at a sentence start … */
  formal: readonly string[];
  /** … unless listed here with the ending the next word must have ("" = always). */
  formalAtSentenceStart: Readonly<Record<string, string>>;
  /** Titles that make a formal address when a capitalised name follows ("Mr Jenkins"). */
  titles: readonly string[];
  /** Formal set phrases of two or three words ("do not hesitate"). */
  formalPhrases: readonly string[];
  /** Informal words (du, dich … / mate, buddy …). */
  informal: readonly string[];
  /** Informal imperatives, written in lower case inside a sentence ("schau gern vorbei"). */
  informalImperatives: readonly string[];
  /** Informal greetings that count only as the reply's first word. */
  informalOpeners: readonly string[];
}

/** Everything language-specific the analyzers need besides patterns and messages. */
export interface Lexicon {
  /** Words that negate what follows (and, in German, a clause-final "nicht"). */
  negators: readonly string[];
  /** Negators that may also come at the end of a clause ("das verstehe ich nicht"). */
  trailingNegators: readonly string[];
  /** Function words ignored when comparing the reply with the post (four letters or more). */
  stopwords: readonly string[];
  /** Titles skipped in the customer's name. */
  titles: readonly string[];
  /** Opening and closing quotation marks used in messages. */
  quote: readonly [string, string];
  /** Words that answer a yes/no question on their own. */
  yesNo: readonly string[];
  /** Short clauses that answer a yes/no question by echoing it: "we do!", "you can't". */
  echoes: readonly string[];
  /** Words before a number that cites a rule or a page ("Abs. 3", "section 7"): no answer. */
  references: readonly string[];
  /** Question words that ask where or how to find something (then a menu path answers). */
  whereHow: readonly string[];
  /**
   * Where a request puts the answer in public: "reply here", "post it below", "in den
   * Kommentaren". Right after the request, it outweighs an "e-mail" that is part of the data.
   */
  publicPlaces: readonly string[];
  /** The word that opens what an apology is for ("sorry that …", "leid, dass …"). */
  that: readonly string[];
  /** Words that point back to the channel named before: "DM'd you; send your number there". */
  privatePlaces: readonly string[];
  /** Words that take back what came before ("sorry, but …"). */
  contrast: readonly string[];
  /** First-person words: a step someone owns ("I'll call you", "ich kümmere mich"). */
  firstPerson: readonly string[];
  /** Sentence openers that are a weak sign of irony ("Natürlich …", "Obviously …"). */
  ironicOpeners: readonly string[];
  address: AddressForms;
  /** Word stems that name a customer, order or contract number ("Bestell…", "booking"). */
  referenceWords: readonly string[];
  /** Words before a code that make it the company's own ("Ticket #KR-55812"): jargon, not data. */
  internalWords: readonly string[];
  /** Abbreviations every customer knows (DM, FAQ, PDF …): never jargon. */
  plainAbbreviations: readonly string[];
  /** Words before the last digits of a card ("ending", "Endung"). */
  cardWords: readonly string[];
  /**
   * A private person's mobile number (unlike a company hotline) in the country's shape: a
   * British landline ("0161 496 0732") has the shape of a German mobile.
   */
  mobile: RegExp;
  /** Words that make an amount a debt ("outstanding", "Rückstand"). */
  debtWords: readonly string[];
  /** A full date shortly after a word of birth ("date of birth 12/03/1951", "geb. 4.5.1962"). */
  birthDate: RegExp;
  /** Endings of street names written as one word ("…straße"). */
  streetSuffixes: readonly string[];
  /** Street types written after the name ("Road", "Lane"). */
  streetTypes: readonly string[];
  /**
   * Durations in the timing messages, singular and plural: `after` as in "replied after 3
   * days" (German dative: "nach 3 Tagen"), `norm` as in "norm: 2 days" ("Frist: 2 Tage").
   */
  durations: Record<'after' | 'norm', Record<'minutes' | 'hours' | 'days', Plural>>;
}

export interface LanguagePack {
  patterns: Patterns;
  messages: Messages;
  lexicon: Lexicon;
}

const sets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A word list of the lexicon as a set, built once per list: a look-up per token stays cheap. */
export function wordSet(list: readonly string[]): ReadonlySet<string> {
  let set = sets.get(list);
  if (!set) sets.set(list, (set = new Set(list)));
  return set;
}

const starts = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The first words of a list of set phrases ("do not hesitate" → "do"), built once per list. */
export function firstWords(phrases: readonly string[]): ReadonlySet<string> {
  let set = starts.get(phrases);
  if (!set) starts.set(phrases, (set = new Set(phrases.map((p) => p.split(' ')[0]!))));
  return set;
}

const packs: Partial<Record<Lang, LanguagePack>> = {};

export function registerLanguage(lang: Lang, pack: LanguagePack): void {
  packs[lang] = pack;
}

export function languagePack(lang: Lang): LanguagePack {
  const pack = packs[lang];
  if (!pack)
    throw new Error(
      `The scorer has no "${lang}" language loaded: import src/lib/scoring/lang-${lang}.ts.`,
    );
  return pack;
}
