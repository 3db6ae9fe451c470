import { parse } from 'yaml';
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
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits and validates one lesson; errors name the file and the field. */
export function parseLesson(source: LessonSource): { lesson?: ParsedLesson; errors: string[] } {
  const match = FRONTMATTER.exec(source.text);
  if (!match)
    return { errors: [`${source.path}: no front matter (a block between --- lines at the top).`] };
  let raw: unknown;
  try {
    raw = parse(match[1] ?? '');
  } catch (error) {
    return {
      errors: [`${source.path}: front matter is not valid YAML: ${(error as Error).message}`],
    };
  }
  const result = lessonFrontmatter.safeParse(raw);
  if (!result.success) {
    return {
      errors: result.error.issues.map(
        (i) => `${source.path}: front matter field "${i.path.join('.') || '(root)'}": ${i.message}`,
      ),
    };
  }
  const errors: string[] = [];
  const fileId = source.path.replace(/^.*\//, '').replace(/\.mdx$/, '');
  if (result.data.id !== fileId) {
    errors.push(`${source.path}: id "${result.data.id}" must equal the file name "${fileId}".`);
  }
  return {
    lesson: {
      path: source.path,
      lang: source.lang,
      data: result.data,
      body: source.text.slice(match[0].length),
    },
    errors,
  };
}

/** Ids used in `<Rule id="…" />` in a lesson body. */
export function ruleIdsInBody(body: string): string[] {
  return [...body.matchAll(/<Rule\s+id=["']([^"']+)["']\s*\/>/g)].map((m) => m[1] ?? '');
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
): string[] {
  const errors: string[] = [];
  const lessons: ParsedLesson[] = [];
  for (const source of sources) {
    const { lesson, errors: e } = parseLesson(source);
    errors.push(...e);
    if (lesson) lessons.push(lesson);
  }
  const known = new Set(guidelines.map((g) => g.id));
  const byLang = { de: new Map<string, ParsedLesson>(), en: new Map<string, ParsedLesson>() };
  for (const lesson of lessons) {
    byLang[lesson.lang].set(lesson.data.id, lesson);
    for (const id of lesson.data.guidelines) {
      if (!known.has(id))
        errors.push(
          `${lesson.path}: guidelines lists unknown id "${id}" (see content/guidelines.yaml).`,
        );
    }
    for (const id of ruleIdsInBody(lesson.body)) {
      if (!known.has(id))
        errors.push(`${lesson.path}: <Rule id="${id}" /> names an unknown guideline.`);
    }
  }
  for (const [id, de] of byLang.de) {
    const en = byLang.en.get(id);
    if (!en) {
      errors.push(
        `${de.path}: lesson "${id}" has no English version (content/lessons/en/${id}.mdx).`,
      );
      continue;
    }
    if (de.data.order !== en.data.order)
      errors.push(`${en.path}: order ${en.data.order} differs from the German ${de.data.order}.`);
    if (de.data.check.length !== en.data.check.length) {
      errors.push(
        `${en.path}: ${en.data.check.length} check questions, the German version has ${de.data.check.length}; keep them parallel.`,
      );
    } else {
      de.data.check.forEach((q, qi) => {
        const other = en.data.check[qi]!;
        const correctDe = q.options.findIndex((o) => o.correct);
        const correctEn = other.options.findIndex((o) => o.correct);
        if (q.options.length !== other.options.length || correctDe !== correctEn) {
          errors.push(
            `${en.path}: check question ${qi + 1} must have the same number of options and the correct one at the same position as in German (progress is shared across languages).`,
          );
        }
      });
    }
  }
  for (const [id, en] of byLang.en) {
    if (!byLang.de.has(id))
      errors.push(
        `${en.path}: lesson "${id}" has no German version (content/lessons/de/${id}.mdx).`,
      );
  }
  for (const g of guidelines) {
    for (const lang of ['de', 'en'] as const) {
      const lesson = byLang[lang].get(g.lesson);
      if (!lesson) {
        errors.push(`guideline "${g.id}": its lesson "${g.lesson}" does not exist in ${lang}.`);
        continue;
      }
      if (!lesson.data.guidelines.includes(g.id)) {
        errors.push(
          `${lesson.path}: must list "${g.id}" under guidelines (the catalogue says this lesson teaches it).`,
        );
      }
      if (!ruleIdsInBody(lesson.body).includes(g.id)) {
        errors.push(`${lesson.path}: must show <Rule id="${g.id}" /> in its text.`);
      }
    }
  }
  return errors;
}
