import type { LessonFrontmatter } from './schema';

/** A lesson's front matter with the language it is written in. */
export interface LessonMeta extends LessonFrontmatter {
  lang: 'de' | 'en';
}

/** The entry id of the content collection is "<lang>/<file name>"; the lang comes from the folder. */
export function langOfEntry(entryId: string): 'de' | 'en' | undefined {
  const lang = entryId.split('/')[0];
  return lang === 'de' || lang === 'en' ? lang : undefined;
}

export function byOrder<T extends { order: number }>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.order - b.order);
}

/** The lessons just before and after `id` in course order. */
export function neighbours<T extends { id: string; order: number }>(
  lessons: readonly T[],
  id: string,
): { previous?: T | undefined; next?: T | undefined } {
  const ordered = byOrder(lessons);
  const index = ordered.findIndex((l) => l.id === id);
  if (index < 0) return {};
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/** Where a finding or quiz result sends the learner: the rule's box inside its lesson. */
export function lessonHref(lang: 'de' | 'en', lessonId: string, guidelineId?: string): string {
  const anchor = guidelineId ? `#rule-${guidelineId.replace(/\./g, '-')}` : '';
  return `/${lang}/lessons/${lessonId}/${anchor}`;
}
