import type { Criterion, PostKind } from '../types';

/**
 * How a rule's matches count:
 * - signal: evidence the reply meets the guideline (raises the score),
 * - penalty: evidence against it (lowers the score),
 * - cap: so serious that the dimension cannot pass while it is present,
 * - cue: no finding of its own; a building block for a structural check (e.g. a request
 *   verb and a personal-data noun in one sentence make a public data request).
 */
export type RuleKind = 'signal' | 'penalty' | 'cap' | 'cue';

/**
 * One rule: a named list of word patterns. Pattern syntax (space-separated terms, matched
 * case-insensitively against the reply's tokens, never across a sentence end):
 * - `wort`     the exact word
 * - `verspät*` any word starting with it (German inflection: verspätet, Verspätung …)
 * - `*verspät*` any word containing it (German compounds: Lieferverspätung)
 * - `a|b|c*`   alternatives for one position
 * - `~`        up to three arbitrary words
 * - `_`        exactly one arbitrary word
 * - `?`        at most one arbitrary word
 * Single words (and prefixes) of eight letters or more also match with one typo.
 */
export interface Rule {
  /** Stable rule id, e.g. "de.empathy.apology". */
  id: string;
  /** The finding code it contributes to (see FINDING_CODES), or a "cue.*" name for cues. */
  code: string;
  /** Dimension it counts for. */
  dimension: Criterion;
  kind: RuleKind;
  /** Post kinds it applies to; all when omitted. */
  scope?: readonly PostKind[];
  /** Guideline id in content/guidelines.yaml. */
  guideline: string;
  /** Word patterns (syntax above). */
  patterns: readonly string[];
  /** A negation just before it (or a German clause-final "nicht") cancels the match. */
  negatable?: boolean;
  /** Message in the rule set's language; {q} is replaced by the quoted words. Cues have none. */
  message?: string;
}

/**
 * Texts a rule must and must not match; one generic test runs them for every rule. They
 * live in a map beside each rule set (deExamples, enExamples), keyed by rule id, so that
 * the browser bundle does not carry them; the test fails for a rule without examples.
 */
export interface RuleExamples {
  match: readonly string[];
  noMatch: readonly string[];
}

/** Everything language-specific the analyzers need besides the rules. */
export interface Lexicon {
  /** Words that negate what follows (and, in German, a clause-final "nicht"). */
  negators: readonly string[];
  /** Negators that may also come at the end of a clause ("das verstehe ich nicht"). */
  trailingNegators: readonly string[];
  /** Function words ignored when comparing the reply with the post. */
  stopwords: readonly string[];
  /** Titles skipped in the customer's name. */
  titles: readonly string[];
  /** Opening and closing quotation marks used in messages. */
  quote: readonly [string, string];
}

export interface RuleSet {
  rules: readonly Rule[];
  lexicon: Lexicon;
}
