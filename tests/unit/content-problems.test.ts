/**
 * One problem reporter for every content kind: a broken guideline catalogue, lesson, quiz file
 * and scenario are reported alike (file:line  path: message), every problem at once. The
 * snapshots are the reports an author reads; the line numbers asserted by hand below were
 * counted in the fixtures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/lib/content/problems';
import { readGuidelines } from '../../src/lib/guidelines/validate';
import { guidelines } from '../../src/lib/guidelines';
import { validateCourse } from '../../src/lib/lessons/validate';
import { checkQuizBank } from '../../src/lib/quiz/validate';
import { loadScenario } from '../../src/lib/sim/check';

const report = (problems: readonly Problem[]) => problems.map(formatProblem).join('\n');

const brokenGuidelines = `strategy.public-dialogue:
  area: strategy
  lesson: why-social-care
  practisable: maybe
  source: { seed: "000", section: "Einleitung" }
  text: { de: "Der Dialog ist öffentlich.", en: "The dialogue is public." }
Complaint.Reply:
  area: complaints
  lesson: complaints
  practisable: true
  source: { seed: "003", section: "Beschwerden" }
  text: { de: "Antworten Sie.", en: "Reply." }
  colour: red
`;

const lesson = (id: string, extra = '', body = '<Rule id="praise.thank-briefly" />\n') => `---
id: ${id}
order: 6
title: "Praise"
summary: "Replying to praise."
objectives: ["One", "Two"]
minutes: 5
guidelines: [praise.thank-briefly, praise.no-such-rule]
${extra}check:
  - question: "Which reply?"
    options:
      - { text: "A", correct: true, feedback: "Yes." }
      - { text: "B", feedback: "No." }
  - question: "And which one now?"
    options:
      - { text: "A", feedback: "No." }
      - { text: "B", correct: true, feedback: "Yes." }
---
Some text.

${body}`;

const brokenQuiz = `- id: q-one
  type: single
  difficulty: 9
  guidelines: [strategy.public-dialogue]
  prompt: { de: "Frage", en: "Question" }
  options:
    - { id: a, correct: true, text: { de: "A", en: "A" }, feedback: { de: "A", en: "A" } }
    - { id: b, correct: false, text: { de: "B", en: "B" }, feedback: { de: "B", en: "B" } }
    - { id: c, correct: false, text: { de: "C", en: "C" }, feedback: { de: "C", en: "C" } }
- id: q-two
  type: single
  difficulty: 1
  guidelines: [strategy.public-dialogue, strategy.nope]
  prompt: { de: "Frage", en: "Question" }
  options:
    - { id: a, correct: true, text: { de: "A", en: "A" }, feedback: { de: "A", en: "A" } }
    - { id: b, correct: true, text: { de: "B", en: "B" }, feedback: { de: "B", en: "B" } }
    - { id: c, correct: false, text: { de: "C", en: "C" }, feedback: { de: "C", en: "C" } }
`;

describe('one problem reporter for every content kind', () => {
  it('guidelines: every broken entry, with its id, field and line', () => {
    const { problems } = readGuidelines(brokenGuidelines, 'content/guidelines.yaml');
    expect(report(problems)).toMatchSnapshot();
    const lines = problems.map((p) => `${p.path}@${p.line}`);
    expect(lines).toContain('strategy.public-dialogue.practisable@4');
    expect(lines).toContain('Complaint.Reply@7');
  });

  it('lessons: front matter, unknown ids in the list and in the text, a missing translation', () => {
    const problems = validateCourse(
      [
        {
          path: 'content/lessons/en/praise.mdx',
          lang: 'en',
          text: lesson(
            'praise',
            '',
            'Text.\n\n<Rule id="praise.thank-briefly" />\n<Rule id="praise.typo" />\n',
          ),
        },
        { path: 'content/lessons/de/lob.mdx', lang: 'de', text: lesson('praise', 'colour: red\n') },
      ],
      guidelines.filter((g) => g.id === 'praise.thank-briefly'),
    );
    expect(report(problems)).toMatchSnapshot();
    const where = problems.map((p) => `${p.file}:${p.line ?? '-'} ${p.path}`);
    // Front matter starts on line 2; "guidelines:" is the file's 8th line.
    expect(where).toContain('content/lessons/en/praise.mdx:8 guidelines[1]');
    // The body starts after the closing --- on line 18: "<Rule id="praise.typo" />" is line 24.
    expect(where).toContain('content/lessons/en/praise.mdx:24 (text)');
    expect(where).toContain('content/lessons/de/lob.mdx:9 colour');
  });

  it('quiz: schema errors and bank rules, each naming the item by id', () => {
    const { problems } = checkQuizBank([
      { area: 'strategy', path: 'content/quiz/strategy.yaml', text: brokenQuiz },
    ]);
    expect(report(problems)).toMatchSnapshot();
    const where = problems.map((p) => `${p.line} ${p.path}`);
    expect(where).toContain('3 [0].difficulty');
    expect(where).toContain('13 [1].guidelines[1]');
    expect(where).toContain('15 [1].options');
  });

  it('scenarios: the same shape (the scenario checker has its own snapshots per fixture)', () => {
    const file = 'tests/fixtures/scenarios/invalid/unknown-beat.yaml';
    const { problems } = loadScenario(file, readFileSync(file, 'utf8'));
    expect(problems.map(formatProblem)[0]).toMatch(
      `${file}:30  beats.ask.decision.onAct[0].to: no beat "answerd"`,
    );
  });

  it('broken YAML is a problem with its line in every kind, never an exception', () => {
    const bad = 'a: [';
    const g = readGuidelines(bad, 'g.yaml').problems;
    const q = checkQuizBank([{ area: 'strategy', path: 'q.yaml', text: bad }]).problems;
    const l = validateCourse([{ path: 'l.mdx', lang: 'en', text: `---\n${bad}\n---\n` }], []);
    const s = loadScenario('s.yaml', bad).problems;
    for (const problems of [g, q, l, s]) {
      expect(problems.length).toBeGreaterThan(0);
      expect(problems[0]!.message).toMatch(/^(front matter: )?not valid YAML/);
      expect(problems[0]!.line).toBeGreaterThan(0);
    }
    // In a lesson, the front matter's first line is the file's second.
    expect(l[0]!.line).toBe(2);
  });
});
