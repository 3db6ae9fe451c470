/**
 * Readable problems from zod issues, for drill links, drill files and results files: one line
 * per problem, "where: what is wrong". zod/mini ships no message locale, so the wording is ours
 * (short, in English: these lines are details under a translated headline).
 */
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${String(issue.minimum)} entries`
        : issue.origin === 'string'
          ? `needs at least ${String(issue.minimum)} characters`
          : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `takes at most ${String(issue.maximum)} entries`
        : issue.origin === 'string'
          ? `takes at most ${String(issue.maximum)} characters`
          : `must be at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      // Our own refinements and format checks carry a message written for this purpose.
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

/** "scenarios.2: use a scenario id …" — the path in dots ("(top)" for the whole value). */
export function problemLines(issues: readonly Issue[], limit = 8): string[] {
  const lines = issues
    .slice(0, limit)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(top)'}: ${describe(i)}`);
  if (issues.length > limit) lines.push(`… and ${issues.length - limit} more`);
  return lines;
}
