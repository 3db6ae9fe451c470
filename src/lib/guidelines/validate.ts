import { readYaml } from '../content/yaml';
import { zodProblems, type Problem } from '../content/problems';
import { guidelineCatalogue, type Guideline } from './schema';

/** Where the catalogue lives; messages name it. */
export const GUIDELINES_FILE = 'content/guidelines.yaml';

/** Reads the guideline catalogue; every problem names the file, the id, the field and the line. */
export function readGuidelines(
  source: string,
  file: string = GUIDELINES_FILE,
): { guidelines: Guideline[]; problems: Problem[] } {
  const read = readYaml(source);
  if (read.problems.length > 0)
    return {
      guidelines: [],
      problems: read.problems.map((p) => ({ file, path: '', line: p.line, message: p.message })),
    };
  const result = guidelineCatalogue.safeParse(read.value ?? {});
  if (!result.success)
    return {
      guidelines: [],
      problems: zodProblems(file, result.error.issues, read.lineOf, read.value),
    };
  return {
    guidelines: Object.entries(result.data).map(([id, g]) => ({ id, ...g })),
    problems: [],
  };
}
