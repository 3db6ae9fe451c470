import { readYaml } from '../content/yaml';
import { pathString, zodProblems, type Problem } from '../content/problems';
import { lessonFrontmatter, type LessonFrontmatter } from './schema';
import type { Guideline } from '../guidelines/schema';

/** A lesson file as read from disk: its path (for messages), language and raw MDX text. */
export interface LessonSource {
  path: string;
  lang: 'de' | 'en';
  text: string;
}

export interface ParsedLesson {
  path: string;
  lang: 'de' | 'en';
  data: LessonFrontmatter;
  body: string;
  /** The line of a front-matter field in the file. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The file line the body starts on. */
  bodyLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits and validates one lesson; problems name the file, the field and the line. */
export function parseLesson(source: LessonSource): {
  lesson?: ParsedLesson;
  problems: Problem[];
} {
  const file = source.path;
  const match = FRONTMATTER.exec(source.text);
  if (!match)
    return {
      problems: [
        {
          file,
          path: '',
          line: 1,
          message: 'no front matter: start the file with a block between --- lines',
        },
      ],
    };
  // The front matter starts on the file's second line.
  const read = readYaml(match[1] ?? '');
  const shift = (line: number | undefined) => (line === undefined ? undefined : line + 1);
  if (read.problems.length > 0)
    return {
      problems: read.problems.map((p) => ({
        file,
        path: '',
        line: shift(p.line),
        message: `front matter: ${p.message}`,
      })),
    };
  const lineOf = (path: readonly PropertyKey[]) => shift(read.lineOf(path));
  const result = lessonFrontmatter.safeParse(read.value ?? {});
  if (!result.success)
    return { problems: zodProblems(file, result.error.issues, lineOf, read.value) };
  const problems: Problem[] = [];
  const fileId = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  if (result.data.id !== fileId) {
    problems.push({
      file,
      path: 'id',
      line: lineOf(['id']),
      message: `the id "${result.data.id}" must equal the file name "${fileId}"`,
    });
  }
  return {
    lesson: {
      path: file,
      lang: source.lang,
      data: result.data,
      body: source.text.slice(match[0].length),
      lineOf,
      bodyLine: match[0].split('\n').length,
    },
    problems,
  };
}

/** `<Rule id="…" />` in a lesson body: each id with its line within the body (1-based). */
export function rulesInBody(body: string): { id: string; line: number }[] {
  return [...body.matchAll(/<Rule\s+id=["']([^"']+)["']\s*\/>/g)].map((m) => ({
    id: m[1] ?? '',
    line: body.slice(0, m.index).split('\n').length,
  }));
}

/** Ids used in `<Rule id="…" />` in a lesson body. */
export function ruleIdsInBody(body: string): string[] {
  return rulesInBody(body).map((r) => r.id);
}

/**
 * Checks the whole course: every lesson parses, both languages hold the same lessons with
 * the same order and the same knowledge-check structure (progress is keyed by lesson id and
 * question/option position, so the correct option must sit at the same index), every
 * referenced guideline exists, and every guideline is taught (listed and shown with <Rule>)
 * by the lesson its catalogue entry names.
 */
export function validateCourse(
  sources: LessonSource[],
  guidelines: readonly Guideline[],
): Problem[] {
  const problems: Problem[] = [];
  const add = (
    lesson: Pick<ParsedLesson, 'path' | 'lineOf'>,
    path: PropertyKey[],
    message: string,
  ) =>
    problems.push({
      file: lesson.path,
      path: pathString(path),
      line: lesson.lineOf(path),
      message,
    });
  const lessons: ParsedLesson[] = [];
  for (const source of sources) {
    const { lesson, problems: found } = parseLesson(source);
    problems.push(...found);
    if (lesson) lessons.push(lesson);
  }
  const known = new Set(guidelines.map((g) => g.id));
  const byLang = { de: new Map<string, ParsedLesson>(), en: new Map<string, ParsedLesson>() };
  const other = { de: 'en', en: 'de' } as const;
  const languageName = { de: 'German', en: 'English' } as const;
  for (const lesson of lessons) {
    byLang[lesson.lang].set(lesson.data.id, lesson);
    lesson.data.guidelines.forEach((id, i) => {
      if (!known.has(id))
        add(
          lesson,
          ['guidelines', i],
          `unknown guideline id "${id}" (see content/guidelines.yaml)`,
        );
    });
    for (const rule of rulesInBody(lesson.body)) {
      if (!known.has(rule.id))
        problems.push({
          file: lesson.path,
          path: '(text)',
          line: lesson.bodyLine + rule.line - 1,
          message: `<Rule id="${rule.id}" /> names an unknown guideline (see content/guidelines.yaml)`,
        });
    }
  }
  for (const lang of ['de', 'en'] as const) {
    for (const [id, lesson] of byLang[lang]) {
      if (!byLang[other[lang]].has(id))
        add(
          lesson,
          ['id'],
          `lesson "${id}" has no ${languageName[other[lang]]} version: add content/lessons/${other[lang]}/${id}.mdx`,
        );
    }
  }
  for (const [id, de] of byLang.de) {
    const en = byLang.en.get(id);
    if (!en) continue;
    if (de.data.order !== en.data.order)
      add(en, ['order'], `order ${en.data.order} differs from the German ${de.data.order}`);
    if (de.data.check.length !== en.data.check.length) {
      add(
        en,
        ['check'],
        `${en.data.check.length} check questions, the German version has ${de.data.check.length}: keep them parallel`,
      );
    } else {
      de.data.check.forEach((q, qi) => {
        const parallel = en.data.check[qi]!;
        const correctDe = q.options.findIndex((o) => o.correct);
        const correctEn = parallel.options.findIndex((o) => o.correct);
        if (q.options.length !== parallel.options.length || correctDe !== correctEn) {
          add(
            en,
            ['check', qi, 'options'],
            'must have the same number of options and the correct one at the same position as in German (progress is shared across languages)',
          );
        }
      });
    }
  }
  for (const g of guidelines) {
    for (const lang of ['de', 'en'] as const) {
      const lesson = byLang[lang].get(g.lesson);
      if (!lesson) {
        problems.push({
          file: 'content/guidelines.yaml',
          path: `${g.id}.lesson`,
          message: `the lesson "${g.lesson}" does not exist in ${lang}: name an existing lesson id`,
        });
        continue;
      }
      if (!lesson.data.guidelines.includes(g.id))
        add(
          lesson,
          ['guidelines'],
          `must list "${g.id}" (content/guidelines.yaml says this lesson teaches it)`,
        );
      if (!ruleIdsInBody(lesson.body).includes(g.id))
        problems.push({
          file: lesson.path,
          path: '(text)',
          message: `must show <Rule id="${g.id}" /> in its text (the lesson teaches it)`,
        });
    }
  }
  return problems;
}
