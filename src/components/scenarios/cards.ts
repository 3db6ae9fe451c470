import type { Lang } from '../../lib/vocabulary';
import type { ScenarioCard } from '../../lib/sim-ui/library';
import { getGuideline } from '../../lib/guidelines';
import { allScenarios } from './load';

/** Library cards for every scenario, in one language (build time only). */
export function scenarioCards(lang: Lang): ScenarioCard[] {
  return allScenarios()
    .filter((s) => s.languages.includes(lang))
    .map((s) => ({
      id: s.id,
      title: s.title[lang] ?? s.id,
      summary: s.summary[lang] ?? '',
      kind: s.kind,
      platform: s.platform,
      difficulty: s.difficulty,
      minutes: s.minutes,
      lessons: [...new Set(s.guidelines.flatMap((g) => getGuideline(g)?.lesson ?? []))],
    }));
}
