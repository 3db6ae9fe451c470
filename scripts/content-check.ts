/**
 * Checks the author's content, every kind with one reporter (file:line  path: message):
 * the guideline catalogue, the lessons, the quiz bank and the scenarios (schema, references,
 * graph, walkthroughs in every language). Exit 1 on any problem. Part of the build.
 * Usage: npm run content:check [-- KIND …] [-- FILE …]
 *   KIND: guidelines | lessons | quiz | scenarios (default: all); FILE: scenario files only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems, type Problem } from '../src/lib/content/problems.ts';
import { GUIDELINES_FILE, readGuidelines } from '../src/lib/guidelines/validate.ts';
import type { Area } from '../src/lib/guidelines/schema.ts';

const KINDS = ['guidelines', 'lessons', 'quiz', 'scenarios'] as const;
type Kind = (typeof KINDS)[number];

const args = process.argv.slice(2).filter((a) => a !== '--');
const kinds = args.filter((a): a is Kind => (KINDS as readonly string[]).includes(a));
const files = args.filter((a) => !(KINDS as readonly string[]).includes(a));
const wanted = new Set<Kind>(kinds.length > 0 ? kinds : files.length > 0 ? ['scenarios'] : KINDS);

const report: string[] = [];
const summary: string[] = [];
const note = (kind: string, problems: readonly Problem[], ok: string) => {
  if (problems.length > 0) report.push(formatProblems(kind, problems));
  else summary.push(ok);
};

// Every other kind refers to guideline ids: a broken catalogue stops the check here.
const guidelineCheck = readGuidelines(readFileSync(GUIDELINES_FILE, 'utf8'));
note(
  'the guideline catalogue',
  guidelineCheck.problems,
  `${guidelineCheck.guidelines.length} guidelines`,
);
if (guidelineCheck.problems.length === 0) {
  if (wanted.has('lessons')) {
    const { validateCourse } = await import('../src/lib/lessons/validate.ts');
    const sources = (['de', 'en'] as const).flatMap((lang) =>
      readdirSync(join('content/lessons', lang))
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((f) => {
          const path = join('content/lessons', lang, f);
          return { path, lang, text: readFileSync(path, 'utf8') };
        }),
    );
    note(
      'the lessons',
      validateCourse(sources, guidelineCheck.guidelines),
      `${sources.length} lesson files, every guideline taught`,
    );
  }
  if (wanted.has('quiz')) {
    const { checkQuizBank } = await import('../src/lib/quiz/validate.ts');
    const sources = readdirSync('content/quiz')
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => {
        const path = join('content/quiz', f);
        const area = f.replace(/\.ya?ml$/, '') as Area;
        return { area, path, text: readFileSync(path, 'utf8') };
      });
    const { bank, problems } = checkQuizBank(sources);
    note('the quiz bank', problems, `${bank.length} quiz items`);
  }
  if (wanted.has('scenarios')) {
    // The scorer with both languages: the walkthroughs play in every language a file declares.
    await import('../src/lib/scoring/index.ts');
    const { checkScenarioFiles, scenarioPaths } = await import('../src/lib/sim/load-node.ts');
    const targets = files.length > 0 ? files : scenarioPaths();
    note('the scenarios', checkScenarioFiles(targets), `${targets.length} scenario file(s)`);
  }
}

if (report.length > 0) {
  console.error(report.join('\n'));
  process.exit(1);
}
console.log(`Content OK: ${summary.join(', ')}.`);
