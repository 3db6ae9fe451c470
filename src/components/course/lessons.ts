import { getCollection } from 'astro:content';
import { byOrder, langOfEntry, type LessonMeta } from '../../lib/lessons/course';
import type { Lang } from '../../lib/i18n';

/** The lessons of one language in course order, with their collection entries. */
export async function lessonsIn(lang: Lang) {
  const entries = await getCollection('lessons', (e) => langOfEntry(e.id) === lang);
  return byOrder(entries.map((entry) => ({ ...entry.data, lang, entry }))) as (LessonMeta & {
    entry: (typeof entries)[number];
  })[];
}
