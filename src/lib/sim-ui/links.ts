import type { Lang } from '../vocabulary';

/**
 * The lesson section that teaches a guideline: the lesson page renders each rule with the
 * anchor `rule-<id with dots replaced by hyphens>`.
 */
export function lessonHref(lang: Lang, lesson: string, guideline: string): string {
  return `/${lang}/lessons/${encodeURIComponent(lesson)}/#rule-${guideline.replaceAll('.', '-')}`;
}

export function scenarioHref(lang: Lang, id: string): string {
  return `/${lang}/scenarios/${encodeURIComponent(id)}/`;
}
