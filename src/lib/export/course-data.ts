/**
 * CourseData: everything an export needs, as plain serialisable data. Built once from the
 * lesson MDX files and the quiz bank (by the command line from content/, by the static endpoint
 * /[lang]/course.json at build time), so the browser never compiles MDX.
 */
import { byOrder } from '../lessons/course';
import { itemArea, type LocalisedItem } from '../quiz/localise';
import { courseQuiz } from './course-quiz';
import type { QuizItem } from '../quiz/schema';
import { t, type Lang } from '../i18n';
import { readFrontmatter, renderLessonBody, type LessonSource } from './lesson-html';
import type { Scenario } from '../sim/schema';
import { DEFAULT_PASS_RULE, type PassRule } from './passing';

export { PACKAGE_EXAM_SIZE, PASS_PERCENT } from './course-quiz';

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
  /**
   * The quiz bank in this language: the whole bank from the command line; only the practice
   * items in the site's /<lang>/course.json (the certification key stays off the site; the
   * trainer page adds those items from the key file, see `withQuiz`).
   */
  quiz: LocalisedItem[];
  /** Whether `quiz` holds the certification items too. */
  quizScope: 'practice' | 'full';
  /** The exam of the packaged course: item ids drawn balanced across areas (fixed per version). */
  exam: { itemIds: string[]; passPercent: number };
  /** The scenario library in this language (validated scenario data), played in the packages. */
  scenarios: Scenario[];
  /** What "passed" means in the LMS packages (set at export; the exam alone by default). */
  passing: PassRule;
}

/** Builds the CourseData of one language; lesson files of other languages are ignored by path. */
export async function buildCourseData(options: {
  lang: Lang;
  version: string;
  lessons: readonly LessonSource[];
  bank: readonly QuizItem[];
  /** Every scenario of the library; those offered in `lang` are kept. */
  scenarios?: readonly Scenario[];
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
    ...courseQuiz(
      bank.map((item) => ({ item, area: itemArea(item) })),
      lang,
      version,
    ),
    quizScope: bank.some((i) => i.use === 'certification') ? 'full' : 'practice',
    scenarios: (options.scenarios ?? []).filter((s) => s.languages.includes(lang)),
    passing: DEFAULT_PASS_RULE,
  };
}
