// Builds the exam island's props at build time: the localised bank and the lesson lookups.
import { AREAS, guidelines } from '../../lib/guidelines';
import type { Lang } from '../../lib/i18n';
import { localiseItem, quizBank } from '../../lib/quiz';
import { lessonsIn } from '../course/lessons';
import type { ExamData } from './types';

export async function examData(lang: Lang): Promise<ExamData> {
  const lessons = await lessonsIn(lang);
  return {
    bank: quizBank.map((item) => localiseItem(item, lang)),
    lessonOf: Object.fromEntries(guidelines.map((g) => [g.id, g.lesson])),
    lessonTitles: Object.fromEntries(lessons.map((l) => [l.id, l.title])),
    areaOrder: [...AREAS],
  };
}
