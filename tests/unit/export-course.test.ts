// CourseData from lesson MDX: escaping, component rendering, clear errors; the CLI's flag errors.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildCourseData } from '../../src/lib/export/course-data';
import { readFrontmatter, renderLessonBody } from '../../src/lib/export/lesson-html';
import { quizBank } from '../../src/lib/quiz';

const front = `---
id: fixture
order: 1
title: "Fixture <b>lesson</b>"
summary: "A summary."
objectives: ["One", "Two"]
minutes: 3
guidelines: [complaint.reply-within-24h]
check:
  - question: "Q?"
    options:
      - { text: "Yes", correct: true, feedback: "Right." }
      - { text: "No", feedback: "Wrong." }
  - question: "Q2?"
    options:
      - { text: "A", correct: true, feedback: "Right." }
      - { text: "B", feedback: "Wrong." }
---
`;

describe('lesson MDX to HTML', () => {
  it('renders markdown, Rule and Example with every text escaped', async () => {
    const body = `## Title & more\n\nText with **bold** and a <span>x</span> &lt;script&gt;.\n\n<Rule id="complaint.reply-within-24h" />\n\n<Example platform="facebook" customer="A <x>" post="p" weak="w" weakWhy="ww" strong='s "q"' strongWhy="sw" />\n`;
    const html = await renderLessonBody(body, 'en', 'fixture.mdx');
    expect(html).toContain('<h2>Title &amp; more</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('id="rule-complaint-reply-within-24h"');
    expect(html).toContain('Post by A &lt;x&gt;');
    expect(html).toContain('s &quot;q&quot;');
    expect(html).not.toMatch(/<script/i);
  });
  it('names the file and the problem for an unknown rule id or broken front matter', async () => {
    await expect(
      renderLessonBody('<Rule id="no.such" />', 'de', 'content/lessons/de/x.mdx'),
    ).rejects.toThrow(/content\/lessons\/de\/x\.mdx: <Rule id="no.such" \/>/);
    expect(() =>
      readFrontmatter({ path: 'x.mdx', text: front.replace('minutes: 3', 'minutes: 0') }),
    ).toThrow(/x\.mdx: front matter is invalid:\n {2}minutes/);
    await expect(renderLessonBody('<script>alert(1)</script>', 'de', 'z.mdx')).rejects.toThrow(
      /unknown element <script>/,
    );
    expect(() => readFrontmatter({ path: 'y.mdx', text: '# no front matter' })).toThrow(
      /y\.mdx: no front matter/,
    );
  });
  it('builds CourseData of one language with a balanced 20-item exam from the bank', async () => {
    const course = await buildCourseData({
      lang: 'en',
      version: '1.2.3',
      lessons: [
        { path: 'content/lessons/en/fixture.mdx', text: `${front}Body.\n` },
        { path: 'content/lessons/de/fixture.mdx', text: 'ignored: other language' },
      ],
      bank: quizBank,
    });
    expect(course.lessons.map((l) => l.title)).toEqual(['Fixture <b>lesson</b>']);
    expect(course.lessons[0]!.html).toBe('<p>Body.</p>');
    expect(course.quiz).toHaveLength(quizBank.length);
    expect(new Set(course.exam.itemIds).size).toBe(20);
    expect(
      new Set(course.exam.itemIds.map((id) => course.quiz.find((q) => q.id === id)!.area)).size,
    ).toBe(7);
  });
});

describe('export command line', () => {
  const run = (...args: string[]) => {
    try {
      execFileSync(
        'npx',
        ['tsx', '--import', './scripts/raw-import.mjs', 'scripts/export.ts', ...args],
        {
          stdio: 'pipe',
          encoding: 'utf8',
        },
      );
      return '';
    } catch (error) {
      return String((error as { stderr: string }).stderr);
    }
  };
  it('rejects bad flags with a clear message and the usage', () => {
    expect(run('--format', 'pdf', '--lang', 'de', '--out', '/tmp/x')).toMatch(
      /unknown format "pdf"[\s\S]*usage:/,
    );
    expect(run('--format', 'gift', '--lang', 'fr', '--out', '/tmp/x')).toMatch(
      /--lang must be de or en, not "fr"/,
    );
    expect(run('--format', 'csv-exam', '--out', '/tmp/x')).toMatch(
      /--in results\.json is required/,
    );
    expect(run('--bogus')).toMatch(/unknown argument "--bogus"/);
  }, 60_000);
});
