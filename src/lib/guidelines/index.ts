import { parseYamlOrThrow } from '../content/yaml';
import raw from '../../../content/guidelines.yaml?raw';
import { guidelineCatalogue, type Guideline } from './schema';

export type { Guideline, Area } from './schema';
export { AREAS } from './schema';

/** Every guideline, in catalogue order. Throws with the offending id and field if the file is broken. */
export const guidelines: readonly Guideline[] = (() => {
  const result = guidelineCatalogue.safeParse(parseYamlOrThrow('content/guidelines.yaml', raw));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`content/guidelines.yaml is invalid:\n${lines.join('\n')}`);
  }
  return Object.entries(result.data).map(([id, g]) => ({ id, ...g }));
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
