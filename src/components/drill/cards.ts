import type { Lang } from '../../lib/vocabulary';
import { allScenarios } from '../scenarios/load';
import type { DrillCard } from './types';

/** Every library scenario as the drill pages need it, titled in `lang` (build time only). */
export function drillCards(lang: Lang): DrillCard[] {
  return allScenarios().map((s) => ({
    id: s.id,
    title: s.title[lang] ?? Object.values(s.title)[0] ?? s.id,
    kind: s.kind,
    minutes: s.minutes,
    languages: [...s.languages],
  }));
}
