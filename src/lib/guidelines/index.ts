import raw from '../../../content/guidelines.yaml?raw';
import { ContentProblems } from '../content/problems';
import type { Guideline } from './schema';
import { readGuidelines } from './validate';

export type { Guideline, Area } from './schema';
export { AREAS } from './schema';

/** Every guideline, in catalogue order. Throws every problem of a broken file, with lines. */
export const guidelines: readonly Guideline[] = (() => {
  const { guidelines: read, problems } = readGuidelines(raw);
  if (problems.length > 0) throw new ContentProblems('the guideline catalogue', problems);
  return read;
})();

const byId = new Map(guidelines.map((g) => [g.id, g]));

export function getGuideline(id: string): Guideline | undefined {
  return byId.get(id);
}

export function isGuidelineId(id: string): boolean {
  return byId.has(id);
}

/** The anchor of a rule inside its lesson page, e.g. "rule-complaint-reply-within-24h". */
export function ruleAnchor(id: string): string {
  return `rule-${id.replace(/\./g, '-')}`;
}
