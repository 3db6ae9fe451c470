import type { Lang } from '../../lib/scoring/types';
import type { ScenarioCard } from '../../lib/sim-ui/library';

/** Library cards for every scenario, in one language (build time only). */
export function scenarioCards(_lang: Lang): ScenarioCard[] {
  // Filled from the scenario engine's loader once src/lib/sim lands.
  return [];
}
