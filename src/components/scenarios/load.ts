import { parse } from 'yaml';
import { scenario as scenarioSchema, type Scenario } from '../../lib/sim/schema';

/**
 * Every scenario in scenarios/*.yaml, validated at build time (pages only: the browser gets
 * the validated data as a prop, so zod and yaml never reach it). A broken file fails the build
 * with the file and the path inside it.
 */
const files = import.meta.glob<string>('../../../scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

let cache: Scenario[] | undefined;

export function allScenarios(): Scenario[] {
  cache ??= Object.entries(files)
    .map(([path, raw]) => {
      const file = path.replace(/^.*\/scenarios\//, 'scenarios/');
      const result = scenarioSchema.safeParse(parse(raw));
      if (!result.success) {
        const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
        throw new Error(
          `${file} is not a valid scenario:\n${lines.join('\n')}\nRun "npm run scenarios:check" for details.`,
        );
      }
      return result.data;
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  return cache;
}

export function findScenario(id: string): Scenario | undefined {
  return allScenarios().find((s) => s.id === id);
}
