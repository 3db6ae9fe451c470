/**
 * The quiz part of CourseData, from quiz items with their areas. Free of the guideline
 * catalogue, so the trainer page can rebuild it from a key file (`withQuiz`).
 */
import type { Area } from '../guidelines/schema';
import type { Lang } from '../i18n';
import { drawExam } from '../quiz/draw';
import { localiseItemIn } from '../quiz/localise-item';
import type { QuizItem } from '../quiz/schema';
import type { CourseData } from './course-data';

/** Number of exam items in the packaged course, and the pass mark (as in the site's exam). */
export const PACKAGE_EXAM_SIZE = 20;
export const PASS_PERCENT = 80;

export interface ItemWithArea {
  item: QuizItem;
  area: string;
}

/** The quiz part of CourseData from items with their areas (bank order). */
export function courseQuiz(
  items: readonly ItemWithArea[],
  lang: Lang,
  version: string,
): Pick<CourseData, 'quiz' | 'exam'> {
  return {
    quiz: items.map(({ item, area }) => localiseItemIn(item, lang, area as Area)),
    exam: {
      itemIds: drawExam(
        items.map(({ item, area }) => ({ id: item.id, area })),
        (i) => i.area,
        { size: PACKAGE_EXAM_SIZE, seed: `package-${version}` },
      ).map((i) => i.id),
      passPercent: PASS_PERCENT,
    },
  };
}

/**
 * CourseData with the whole bank of a key file (practice and certification items) in place of
 * the practice items the site publishes: what the trainer page exports once the key is loaded.
 */
export function withQuiz(course: CourseData, items: readonly ItemWithArea[]): CourseData {
  return { ...course, ...courseQuiz(items, course.lang, course.version), quizScope: 'full' };
}
