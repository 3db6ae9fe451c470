// Builds the exam island's props at build time: the practice items with their key, the
// certification items without theirs (src/lib/certification/public.ts), the lesson lookups.
import { bankOf, certificationItems } from '../../lib/certification/key';
import { publicItem } from '../../lib/certification/public';
import { AREAS, guidelines } from '../../lib/guidelines';
import type { Lang } from '../../lib/i18n';
import { itemArea, localiseItem, quizBank } from '../../lib/quiz';
import { lessonsIn } from '../course/lessons';
import type { ExamData } from './types';

export async function examData(lang: Lang): Promise<ExamData> {
  const lessons = await lessonsIn(lang);
  const practice = quizBank.filter((i) => i.use === 'practice');
  const certification = certificationItems(quizBank, itemArea);
  const { secret, bank } = bankOf(certification);
  return {
    practice: {
      items: practice.map((item) => publicItem(item, lang, itemArea(item), null)),
      keys: practice.map((item) => localiseItem(item, lang)),
    },
    certification: {
      bank,
      items: certification.map(({ item, area }) => publicItem(item, lang, area, secret)),
    },
    lessonOf: Object.fromEntries(guidelines.map((g) => [g.id, g.lesson])),
    lessonTitles: Object.fromEntries(lessons.map((l) => [l.id, l.title])),
    areaOrder: [...AREAS],
  };
}
