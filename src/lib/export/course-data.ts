/**
 * CourseData: everything an export needs, as plain serialisable data. Built once from the
 * lesson MDX files and the quiz bank (by the command line from content/, by the static endpoint
 * /[lang]/course.json at build time), so the browser never compiles MDX.
 */
import { byOrder } from '../lessons/course';
import { drawExam } from '../quiz/draw';
import { itemArea, localiseItem, type LocalisedItem } from '../quiz/localise';
import type { QuizItem } from '../quiz/schema';
import { t, type Lang } from '../i18n';
import { readFrontmatter, renderLessonBody, type LessonSource } from './lesson-html';

/** Number of exam items in the packaged course, and the pass mark (as in the site's exam). */
export const PACKAGE_EXAM_SIZE = 20;
export const PASS_PERCENT = 80;

export interface CourseCheckQuestion {
  question: string;
  options: { text: string; correct: boolean; feedback: string }[];
}

export interface CourseLesson {
  id: string;
  order: number;
  title: string;
  summary: string;
  objectives: string[];
  minutes: number;
  /** The lesson body as static HTML (escaped text, markup only from the renderer). */
  html: string;
  /** The knowledge check of the lesson. */
  check: CourseCheckQuestion[];
}

export interface CourseData {
  lang: Lang;
  /** Course version "major.minor.patch" (package.json). */
  version: string;
  title: string;
  description: string;
  lessons: CourseLesson[];
  /** The whole quiz bank in this language. */
  quiz: LocalisedItem[];
  /** The exam of the packaged course: item ids drawn balanced across areas (fixed per version). */
  exam: { itemIds: string[]; passPercent: number };
}

/** Builds the CourseData of one language; lesson files of other languages are ignored by path. */
export async function buildCourseData(options: {
  lang: Lang;
  version: string;
  lessons: readonly LessonSource[];
  bank: readonly QuizItem[];
}): Promise<CourseData> {
  const { lang, version, bank } = options;
  const mine = options.lessons.filter((s) => s.path.replace(/\\/g, '/').includes(`/${lang}/`));
  if (mine.length === 0) throw new Error(`no lesson files for language "${lang}"`);
  const lessons = await Promise.all(
    mine.map(async (source): Promise<CourseLesson> => {
      const { data, body } = readFrontmatter(source);
      return {
        id: data.id,
        order: data.order,
        title: data.title,
        summary: data.summary,
        objectives: data.objectives,
        minutes: data.minutes,
        html: await renderLessonBody(body, lang, source.path),
        check: data.check.map((q) => ({
          question: q.question,
          options: q.options.map((o) => ({
            text: o.text,
            correct: o.correct,
            feedback: o.feedback,
          })),
        })),
      };
    }),
  );
  const m = t(lang);
  return {
    lang,
    version,
    title: `${m.meta.siteName} – ${m.meta.tagline}`,
    description: m.course.homeIntro,
    lessons: byOrder(lessons),
    quiz: bank.map((item) => localiseItem(item, lang)),
    exam: {
      itemIds: drawExam(bank, itemArea, {
        size: PACKAGE_EXAM_SIZE,
        seed: `package-${version}`,
      }).map((i) => i.id),
      passPercent: PASS_PERCENT,
    },
  };
}
