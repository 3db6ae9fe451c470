/**
 * Collects the findings of one evaluation: each with its criterion and guideline from the
 * catalogue, a message in the reply's language (typed: every code has one), and the quoted
 * words it refers to.
 */
import { FINDINGS, type FindingCode, type MessageKey } from './catalog';
import { hitQuote, type Evidence } from './evidence';
import { fill as fillTemplate } from '../i18n/format';
import { languagePack } from './language';
import { lessonOf } from './lessons';
import type { Hit } from './matcher';
import { excerpt } from './text';
import type { Finding, Quote } from './types';

/** The slot a message keeps for its quote: " ({q})" or ": {q}" before the full stop. */
const NO_QUOTE = / \(\{q\}\)|: \{q\}(?=\.)/g;

export class Findings {
  readonly list: Finding[] = [];
  constructor(private readonly ev: Evidence) {}

  /** A finding the analyzer established; `messageKey` picks a variant's wording. */
  add(
    type: Finding['type'],
    code: FindingCode,
    guideline: string,
    quotes: Quote[] = [],
    vars: Record<string, string> = {},
    messageKey: MessageKey = code,
  ): void {
    // The first finding of a code stands; a later one is not worth formatting.
    if (this.has(code)) return;
    const template = languagePack(this.ev.lang).messages[messageKey];
    this.push(type, code, guideline, this.fill(template, quotes, vars), quotes);
  }

  /** A finding from the hits of one word rule, citing that rule's guideline. */
  fromHits(type: Finding['type'], hits: readonly Hit[]): void {
    if (hits.length === 0) return;
    const rule = this.ev.rules[hits[0]!.rule]!;
    const code = rule.name as FindingCode;
    if (this.has(code)) return;
    const quotes = hits.map((h) => hitQuote(this.ev, h));
    const template = languagePack(this.ev.lang).messages[code];
    this.push(type, code, rule.guideline, this.fill(template, quotes), quotes);
  }

  /** Leaves out the findings a later judgement contradicts. */
  drop(contradicted: (f: Finding) => boolean): void {
    for (let i = this.list.length - 1; i >= 0; i--)
      if (contradicted(this.list[i]!)) this.list.splice(i, 1);
  }

  private has(code: FindingCode): boolean {
    return this.list.some((f) => f.code === code);
  }

  private fill(template: string, quotes: readonly Quote[], vars: Record<string, string> = {}) {
    // With nothing to quote, the quote's slot goes too: "A detour." rather than "A detour ()."
    if (quotes.length === 0) template = template.replace(NO_QUOTE, '');
    const [open, close] = this.ev.lexicon.quote;
    // The same words twice ("Gutschein", "Gutschein") are quoted once.
    const q = [
      ...new Set(quotes.map((x) => `${open}${excerpt(this.ev.info.text, x.start, x.end)}${close}`)),
    ]
      .slice(0, 3)
      .join(', ');
    return fillTemplate(template, { ...vars, q });
  }

  private push(
    type: Finding['type'],
    code: FindingCode,
    guideline: string,
    message: string,
    quotes: Quote[],
  ): void {
    const lesson = lessonOf(guideline);
    this.list.push({
      criterion: FINDINGS[code].criterion,
      type,
      code,
      message,
      guideline,
      lesson,
      quotes,
    });
  }
}
