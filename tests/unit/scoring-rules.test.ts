/**
 * The generic rule test: every rule of both rule sets proves itself with its own examples,
 * cites an existing guideline, and reports a stable finding code.
 */
import { describe, expect, it } from 'vitest';
import { getGuideline, isGuidelineId } from '../../src/lib/guidelines';
import { FINDING_CODES, isFindingCode } from '../../src/lib/scoring/codes';
import { GUIDELINE_LESSONS } from '../../src/lib/scoring/lessons';
import { compileRules, matchRules, parsePattern } from '../../src/lib/scoring/matcher';
import { MESSAGES } from '../../src/lib/scoring/messages';
import { de, deExamples } from '../../src/lib/scoring/rules/de';
import { en, enExamples } from '../../src/lib/scoring/rules/en';
import type { RuleExamples, RuleSet } from '../../src/lib/scoring/rules/types';
import { tokenize } from '../../src/lib/scoring/text';

const sets: [string, RuleSet, Readonly<Record<string, RuleExamples>>][] = [
  ['de', de, deExamples],
  ['en', en, enExamples],
];

describe.each(sets)('rule set %s', (lang, set, examples) => {
  const compiled = compileRules(set);
  const ruleHits = (text: string, index: number) =>
    matchRules(compiled, tokenize(text)).filter((h) => h.rule === index);

  it('has unique rule ids prefixed with the language', () => {
    const ids = set.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`${lang}.`)).toBe(true);
  });

  it('has examples for every rule and none for rules that do not exist', () => {
    const ids = new Set(set.rules.map((r) => r.id));
    for (const id of ids) expect(examples[id], `examples for ${id}`).toBeDefined();
    for (const id of Object.keys(examples))
      expect(ids.has(id), `examples for unknown rule ${id}`).toBe(true);
  });

  for (const [index, rule] of set.rules.entries()) {
    describe(rule.id, () => {
      const ex = examples[rule.id] ?? { match: [], noMatch: [] };
      it('matches its match examples', () => {
        expect(ex.match.length).toBeGreaterThan(0);
        for (const text of ex.match)
          expect(ruleHits(text, index).length, `"${text}"`).toBeGreaterThan(0);
      });
      it('does not match its noMatch examples', () => {
        expect(ex.noMatch.length).toBeGreaterThan(0);
        for (const text of ex.noMatch) expect(ruleHits(text, index), `"${text}"`).toEqual([]);
      });
      it('cites a guideline of the catalogue and reports a known code', () => {
        expect(isGuidelineId(rule.guideline), rule.guideline).toBe(true);
        expect(GUIDELINE_LESSONS[rule.guideline], `lesson for ${rule.guideline}`).toBeDefined();
        if (rule.kind === 'cue')
          expect(rule.code.startsWith('cue.') || isFindingCode(rule.code)).toBe(true);
        else {
          expect(isFindingCode(rule.code), rule.code).toBe(true);
          expect(rule.code.startsWith(`${rule.dimension}.`)).toBe(true);
          expect(rule.message ?? MESSAGES[lang as 'de' | 'en'][rule.code]).toContain('{q}');
        }
      });
      it('has well-formed patterns', () => {
        for (const p of rule.patterns) {
          expect(() => parsePattern(p, index)).not.toThrow();
          // A comma or full stop in a pattern can never match: the tokenizer drops them.
          for (const term of p.split(/\s+/))
            if (term !== '?') expect(term, p).not.toMatch(/[,.;:!?]/);
        }
      });
    });
  }
});

describe('guideline lessons', () => {
  it('copies the lesson of each cited guideline from the catalogue', () => {
    for (const [id, lesson] of Object.entries(GUIDELINE_LESSONS)) {
      expect(getGuideline(id)?.lesson, id).toBe(lesson);
    }
  });
});

describe('finding codes', () => {
  it('are dotted, lower-case and described', () => {
    for (const [code, description] of Object.entries(FINDING_CODES)) {
      expect(code).toMatch(/^(timing|tone|empathy|personalization|resolution|channel)\.[a-z-]+$/);
      expect(description.length).toBeGreaterThan(10);
    }
  });
  it('have a structural message in both languages where no rule carries one', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const key of Object.keys(MESSAGES[lang])) {
        expect(isFindingCode(key) || key === 'channel.detour-private', key).toBe(true);
      }
      expect(Object.keys(MESSAGES.de).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    }
  });
});
