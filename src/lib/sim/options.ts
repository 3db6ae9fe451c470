import { liveHints, scoreReply } from '../scoring/score';
import type { DriverOptions } from './driver';
import { withEngine, type PlayerSettings } from './player';

export { cleanName, type PlayerSettings } from './player';

/**
 * The one way to build the driver's options: the site, the walkthroughs, the author checks and
 * the model tests all call this (the browser through `withEngine` with the scorer it loads
 * after first paint), so the tests run exactly what the product runs.
 *
 * The scorer's language packs are not loaded here (a browser page bundles only its own, see
 * SimulatorDe.svelte); Node code imports src/lib/scoring, which loads both.
 */
export function driverOptions(settings: PlayerSettings): DriverOptions {
  return withEngine(settings, { scoreReply, liveHints });
}
