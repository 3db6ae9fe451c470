import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { guidelines } from '../guidelines';
import { loadScenario, type Loaded, type Problem } from './check';
import { checkWalkthrough } from './walkthrough';

/**
 * Node-only: reads scenario files from disk for the command line and the tests. Kept apart
 * from the engine so nothing else in src/lib/sim touches the file system (the browser gets
 * scenarios already validated at build time).
 */

/** The scenario files of a folder (default: scenarios/), sorted by name. */
export function scenarioPaths(dir = 'scenarios'): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads and checks one file against the guideline catalogue; unreadable files are a problem too. */
export function loadScenarioFile(file: string, known = knownGuidelines()): Loaded {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return { problems: [{ file, path: '', message: 'cannot read the file' }] };
  }
  return loadScenario(file, source, known);
}

/** Ids in content/guidelines.yaml. */
export function knownGuidelines(): Set<string> {
  return new Set(guidelines.map((g) => g.id));
}

/** Every scenario file of the library, loaded and checked the way the build does. */
export function loadLibrary(dir = 'scenarios'): { file: string; loaded: Loaded }[] {
  const known = knownGuidelines();
  return scenarioPaths(dir).map((file) => ({ file, loaded: loadScenarioFile(file, known) }));
}

/**
 * Checks scenario files the way the build does: each file, ids unique across files, and every
 * walkthrough in every language the file declares (needs the scorer's language packs loaded).
 */
export function checkScenarioFiles(files: readonly string[]): Problem[] {
  const known = knownGuidelines();
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  for (const file of files) {
    const { scenario, problems: found } = loadScenarioFile(file, known);
    problems.push(...found);
    if (!scenario) continue;
    // scenarios/x.yaml and scenarios/x.yml would both be the scenario "x".
    const other = ids.get(scenario.id);
    if (other && !file.includes('/fixtures/'))
      problems.push({
        file,
        path: 'id',
        message: `the id "${scenario.id}" is also used by ${other}`,
      });
    ids.set(scenario.id, file);
    scenario.walkthroughs.forEach((w, i) => {
      for (const lang of scenario.languages)
        for (const message of checkWalkthrough(scenario, w, lang))
          problems.push({
            file,
            path: `walkthroughs[${i}]`,
            message: `"${w.name}" (${lang}): ${message}`,
          });
    });
  }
  return problems;
}
