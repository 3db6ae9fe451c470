import { guidelines } from '../../lib/guidelines';
import { formatProblem, loadScenario } from '../../lib/sim/check';
import type { Scenario } from '../../lib/sim/schema';

/**
 * Every scenario in scenarios/ (*.yaml and *.yml alike), read and checked at build time the way
 * `npm run scenarios:check` reads them (pages only: the browser gets the validated data as a
 * prop, so zod and yaml never reach it). A broken file fails the build with the file, the line
 * and the path inside it.
 */
const files = import.meta.glob<string>('../../../scenarios/*.{yaml,yml}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

let cache: Scenario[] | undefined;

export function allScenarios(): Scenario[] {
  if (cache) return cache;
  const known = new Set(guidelines.map((g) => g.id));
  const loaded = Object.entries(files).map(([path, raw]) => {
    const file = path.replace(/^.*\/scenarios\//, 'scenarios/');
    const { scenario, problems } = loadScenario(file, raw, known);
    if (!scenario)
      throw new Error(
        `${file} is not a valid scenario:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\nRun "npm run scenarios:check" for details.`,
      );
    return { file, scenario };
  });
  const seen = new Map<string, string>();
  for (const { file, scenario } of loaded) {
    const other = seen.get(scenario.id);
    if (other) throw new Error(`${file}: the id "${scenario.id}" is also used by ${other}`);
    seen.set(scenario.id, file);
  }
  cache = loaded.map((l) => l.scenario).sort((a, b) => a.id.localeCompare(b.id));
  return cache;
}

export function findScenario(id: string): Scenario | undefined {
  return allScenarios().find((s) => s.id === id);
}
