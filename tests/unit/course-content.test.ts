import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS, guidelines, getGuideline, ruleAnchor } from '../../src/lib/guidelines';
import { validateCourse, type LessonSource } from '../../src/lib/lessons/validate';
import { formatProblem } from '../../src/lib/content/problems';

function lessonSources(): LessonSource[] {
  const sources: LessonSource[] = [];
  for (const lang of ['de', 'en'] as const) {
    const dir = join('content/lessons', lang);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      sources.push({ path: join(dir, file), lang, text: readFileSync(join(dir, file), 'utf8') });
    }
  }
  return sources;
}

describe('guideline catalogue', () => {
  it('has 35-50 rules across every area, each in both languages', () => {
    expect(guidelines.length).toBeGreaterThanOrEqual(35);
    expect(guidelines.length).toBeLessThanOrEqual(50);
    for (const area of AREAS) expect(guidelines.some((g) => g.area === area)).toBe(true);
    for (const g of guidelines) {
      expect(g.text.de.length, g.id).toBeGreaterThan(20);
      expect(g.text.en.length, g.id).toBeGreaterThan(20);
    }
  });

  it('looks rules up by id and builds their anchors', () => {
    expect(getGuideline('complaint.reply-within-24h')?.lesson).toBe('complaints');
    expect(getGuideline('nope.nope')).toBeUndefined();
    expect(ruleAnchor('complaint.reply-within-24h')).toBe('rule-complaint-reply-within-24h');
  });
});

describe('lessons', () => {
  it('teach every guideline, in both languages, with parallel knowledge checks', () => {
    expect(validateCourse(lessonSources(), guidelines)).toEqual([]);
  });

  it('has at least the eight lessons of the course in both languages', () => {
    const ids = lessonSources().map((s) => `${s.lang}/${s.path.replace(/^.*\//, '')}`);
    for (const id of [
      'why-social-care',
      'guidelines-teamwork',
      'complaints',
      'trolls-criticism',
      'questions',
      'praise',
      'channels',
      'priorities-timing',
    ]) {
      expect(ids).toContain(`de/${id}.mdx`);
      expect(ids).toContain(`en/${id}.mdx`);
    }
  });

  it('reports a rule no lesson teaches, naming the rule', () => {
    const errors = validateCourse(
      lessonSources().filter((s) => !s.path.endsWith('/praise.mdx')),
      guidelines,
    );
    expect(errors.some((e) => formatProblem(e).includes('praise.thank-briefly'))).toBe(true);
  });

  it('reports broken front matter with the file and the field', () => {
    const errors = validateCourse(
      [{ path: 'content/lessons/de/x.mdx', lang: 'de', text: '---\nid: x\norder: one\n---\nbody' }],
      [],
    );
    expect(errors.map(formatProblem)).toContain(
      'content/lessons/de/x.mdx:3  order: expected number, found "one"',
    );
  });
});
