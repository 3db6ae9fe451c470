import type { Loaded } from '../../src/lib/sim/check';
import { loadLibrary } from '../../src/lib/sim/load-node';

/** Every scenario file in scenarios/, loaded and checked the way the build does. */
export function scenarioFiles(): { file: string; loaded: Loaded }[] {
  return loadLibrary();
}
