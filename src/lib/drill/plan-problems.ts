/**
 * What the builder tells a trainer about an unfinished plan, as codes the page words in its
 * own language (the schema's own lines are technical and English). Plus the key helpers: the
 * builder asks for "key:secret", the plan stores the Authorization header.
 */
import { drillPlan, LIMITS, type DrillPlan } from './plan';
import { problemLines } from './problems';

export type PlanProblem =
  | { code: 'needName' | 'needScenario' | 'badEndpoint' | 'badKey' }
  | {
      code: 'badNumber';
      field: 'decisionSeconds' | 'compression' | 'pass';
      min: number;
      max: number;
    }
  | { code: 'otherProblem'; detail: string };

export function planProblems(plan: DrillPlan): PlanProblem[] {
  const result = drillPlan.safeParse(plan);
  if (result.success) return [];
  const out: PlanProblem[] = [];
  const seen = new Set<string>();
  const add = (p: PlanProblem) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };
  for (const issue of result.error.issues) {
    const [head, second] = issue.path;
    if (head === 'name') add({ code: 'needName' });
    else if (head === 'scenarios' && second === undefined) add({ code: 'needScenario' });
    else if (head === 'decisionSeconds' || head === 'compression')
      add({ code: 'badNumber', field: head, ...LIMITS[head] });
    else if (head === 'pass') add({ code: 'badNumber', field: 'pass', min: 0, max: 100 });
    else if (head === 'lrs' && second === 'endpoint') add({ code: 'badEndpoint' });
    else if (head === 'lrs' && second === 'auth') add({ code: 'badKey' });
    else add({ code: 'otherProblem', detail: problemLines([issue])[0] ?? '' });
  }
  return out;
}

/** "key:secret" → the Authorization header value; "" for an empty or colon-less key. */
export function authFromKey(key: string): string {
  const trimmed = key.trim();
  if (!/^[^:\s]+:\S+$/.test(trimmed)) return '';
  const bytes = new TextEncoder().encode(trimmed);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

/** The Authorization header value back to "key:secret" for the form ("" if not Basic). */
export function keyFromAuth(auth: string): string {
  const m = /^Basic ([A-Za-z0-9+/]+=*)$/.exec(auth);
  if (!m) return '';
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(m[1]!), (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}
