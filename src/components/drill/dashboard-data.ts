import { lessonHref } from '../../lib/lessons/course';
import type { Lang } from '../../lib/vocabulary';
import { lessonsIn } from '../course/lessons';
import { drillCards } from './cards';
import type { DashboardData } from './dashboard-types';

/** Scenario titles and lesson links for the dashboard's labels (build time only). */
export async function dashboardData(lang: Lang): Promise<DashboardData> {
  const lessons = await lessonsIn(lang);
  return {
    scenarios: Object.fromEntries(drillCards(lang).map((c) => [c.id, c.title])),
    lessons: Object.fromEntries(
      lessons.map((l) => [l.id, { title: l.title, href: lessonHref(lang, l.id) }]),
    ),
  };
}
