/**
 * The rule catalogue and the language packs: every word rule proves itself with its own
 * examples in both languages (and quotes the words it should), cites an existing guideline,
 * and every finding has a typed message in both languages with the same placeholders.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getGuideline, isGuidelineId } from '../../src/lib/guidelines';
import {
  FINDINGS,
  RULE_NAMES,
  WORD_RULES,
  effectOf,
  isFindingCode,
  type FindingCode,
} from '../../src/lib/scoring/catalog';
import { FINDING_CODES, RULE_DESCRIPTIONS } from '../../src/lib/scoring/codes';
import { de } from '../../src/lib/scoring/lang/de';
import { examples as deExamples } from '../../src/lib/scoring/lang/de-examples';
import { en } from '../../src/lib/scoring/lang/en';
import { examples as enExamples } from '../../src/lib/scoring/lang/en-examples';
import type { Examples, LanguagePack } from '../../src/lib/scoring/language';
import type { Finding } from '../../src/lib/scoring/types';
import { lessonOf } from '../../src/lib/scoring/lessons';
import { compileRules, matchRules, patternProblem } from '../../src/lib/scoring/matcher';
import { MESSAGES } from '../../src/lib/scoring/messages';
import { tokenize } from '../../src/lib/scoring/text';

const packs: [string, LanguagePack, Examples][] = [
  ['de', de, deExamples],
  ['en', en, enExamples],
];

describe.each(packs)('language pack %s', (_lang, pack, examples) => {
  const compiled = compileRules(pack);
  const ruleHits = (text: string, index: number) => {
    const info = tokenize(text);
    return matchRules(compiled, info)
      .filter((h) => h.rule === index)
      .map((h) => text.slice(info.tokens[h.from]!.start, info.tokens[h.to - 1]!.end));
  };

  it('writes every wildcard as a prefix ("word*") or an infix ("*word*")', () => {
    // The matcher has no suffix form: "*formular" would silently match only itself (six such
    // alternatives once sat dead in the two packs).
    const alternatives = Object.values(pack.patterns)
      .flat()
      .flatMap((p) => p.split(/[\s-]+/))
      .flatMap((part) => part.split('|'));
    expect(alternatives.filter((a) => a.startsWith('*') && !a.endsWith('*'))).toEqual([]);
  });

  it('has patterns and examples for every rule of the catalogue, and for no other', () => {
    expect(Object.keys(pack.patterns).sort()).toEqual([...RULE_NAMES].sort());
    expect(Object.keys(examples).sort()).toEqual([...RULE_NAMES].sort());
  });

  for (const [index, name] of RULE_NAMES.entries()) {
    describe(name, () => {
      const ex = examples[name];
      it('matches its match examples and quotes the words it should', () => {
        expect(ex.match.length).toBeGreaterThan(0);
        // At least one example of every rule states the words the match must quote.
        expect(ex.match.some((m) => typeof m !== 'string')).toBe(true);
        for (const m of ex.match) {
          const [text, quote] = typeof m === 'string' ? [m, undefined] : m;
          const quotes = ruleHits(text, index);
          expect(quotes.length, `"${text}"`).toBeGreaterThan(0);
          if (quote !== undefined) expect(quotes, `"${text}"`).toContain(quote);
        }
      });
      it('does not match its noMatch examples', () => {
        expect(ex.noMatch.length).toBeGreaterThan(0);
        for (const text of ex.noMatch) expect(ruleHits(text, index), `"${text}"`).toEqual([]);
      });
      it('has well-formed patterns', () => {
        for (const p of pack.patterns[name]) {
          expect(patternProblem(p)).toBeNull();
          // A comma or full stop in a pattern can never match: the tokenizer drops them.
          for (const term of p.split(/\s+/))
            if (term !== '?') expect(term, p).not.toMatch(/[,.;:!?]/);
        }
      });
    });
  }
});

describe('patternProblem', () => {
  it('names patterns that start or end with a gap, or have a prefix under three letters', () => {
    expect(patternProblem('~ sorry')).toBe('pattern "~ sorry" must start and end with a word');
    expect(patternProblem('sorry ?')).toBe('pattern "sorry ?" must start and end with a word');
    expect(patternProblem('   ')).toBe('pattern "   " must start and end with a word');
    expect(patternProblem('we ab* it')).toBe(
      'pattern "we ab* it": a prefix needs at least three letters',
    );
    expect(patternProblem('we abc* it')).toBeNull();
  });
});

describe('word rules of the catalogue', () => {
  for (const name of RULE_NAMES) {
    const rule = WORD_RULES[name];
    it(`${name} cites a guideline and reports a finding of its own criterion`, () => {
      expect(RULE_DESCRIPTIONS[name].length).toBeGreaterThan(10);
      expect(isGuidelineId(rule.guideline), rule.guideline).toBe(true);
      if (rule.role === 'cue') {
        expect(name.startsWith('cue.') || isFindingCode(name)).toBe(true);
      } else {
        expect(isFindingCode(name), name).toBe(true);
        expect(FINDINGS[name as FindingCode].criterion).toBe(rule.criterion);
        // A finding that comes from words quotes them.
        for (const messages of Object.values(MESSAGES))
          expect(messages[name as FindingCode]).toContain('{q}');
      }
    });
  }
});

describe('guideline lessons', () => {
  it('names the lesson content/guidelines.yaml gives every guideline the scorer cites', () => {
    // Cited by a word rule, or by a finding in the golden file (every development reply and
    // scenario option).
    const cited = new Set<string>(Object.values(WORD_RULES).map((r) => r.guideline));
    const golden = readFileSync('tests/fixtures/scoring/golden.jsonl', 'utf8');
    for (const line of golden.split('\n').filter((l) => l.trim() !== '')) {
      const { anonymous, named } = JSON.parse(line) as Record<string, { findings: Finding[] }>;
      for (const f of [...anonymous!.findings, ...named!.findings]) cited.add(f.guideline);
    }
    expect(cited.size).toBeGreaterThan(25);
    for (const id of cited) expect(lessonOf(id), id).toBe(getGuideline(id)?.lesson);
  });
});

describe('findings', () => {
  it('are dotted, lower-case, described and belong to the criterion they are named after', () => {
    for (const [code, spec] of Object.entries(FINDINGS)) {
      expect(code).toMatch(/^(timing|tone|empathy|personalization|resolution|channel)\.[a-z-]+$/);
      expect(code.startsWith(`${spec.criterion}.`)).toBe(true);
      expect(FINDING_CODES[code as FindingCode].length).toBeGreaterThan(10);
    }
    expect(Object.keys(FINDING_CODES).sort()).toEqual(Object.keys(FINDINGS).sort());
  });

  it('have a message in both languages, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of Object.keys(FINDINGS) as FindingCode[]) {
      for (const lang of ['de', 'en'] as const) {
        expect(MESSAGES[lang][code], `${lang} ${code}`).toEqual(expect.any(String));
        expect(MESSAGES[lang][code].trim().length, `${lang} ${code}`).toBeGreaterThan(10);
      }
      expect(placeholders(MESSAGES.de[code]), code).toEqual(placeholders(MESSAGES.en[code]));
    }
    expect(Object.keys(MESSAGES.de).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it('declare numeric effects within 0–100 (adds within ±100)', () => {
    for (const code of Object.keys(FINDINGS) as FindingCode[]) {
      const spec = FINDINGS[code] as (typeof FINDINGS)[FindingCode] & {
        variants?: Record<string, object>;
      };
      for (const variant of [undefined, ...Object.keys(spec.variants ?? {})]) {
        const e = effectOf(code, variant);
        for (const v of [e.set, e.cap]) if (v !== undefined) expect(v).toBeGreaterThanOrEqual(0);
        for (const v of [e.set, e.cap]) if (v !== undefined) expect(v).toBeLessThanOrEqual(100);
        if (e.add !== undefined) expect(Math.abs(e.add)).toBeLessThanOrEqual(100);
      }
    }
  });
});
