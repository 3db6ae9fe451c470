import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { guidelines } from '../../src/lib/guidelines';
import { loadScenario, type Loaded } from '../../src/lib/sim/check';

/** Every scenario file in scenarios/, loaded and checked the way the build does. */
export function scenarioFiles(): { file: string; loaded: Loaded }[] {
  const known = new Set(guidelines.map((g) => g.id));
  return readdirSync('scenarios')
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const file = join('scenarios', f);
      return { file, loaded: loadScenario(file, readFileSync(file, 'utf8'), known) };
    });
}
