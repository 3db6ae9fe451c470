import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { guidelines } from '../guidelines';
import { loadScenario, type Loaded } from './check';

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
