import type { z } from 'zod';

/**
 * One way to report a problem in an author's file, for every content kind (guidelines, lessons,
 * quiz, scenarios): the file, where inside it, the line when it is known, and what to do. The
 * build, the check commands and the tests print them alike.
 */
export interface Problem {
  file: string;
  /** Path inside the file, e.g. "beats.post.decision.onAct[0].to", "[3].options"; '' = the file. */
  path: string;
  /** 1-based line, when one is known. */
  line?: number | undefined;
  message: string;
}

/** `file:line  path: message` — the shape editors and terminals turn into a link. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}  ${p.path || '(file)'}: ${p.message}`;
}

/** A list of problems as one report, for the console or an error. */
export function formatProblems(kind: string, problems: readonly Problem[]): string {
  return `${problems.length} problem(s) in ${kind}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
}

/** `["beats", "post", "onAct", 0, "to"]` → `beats.post.onAct[0].to`. */
export function pathString(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('');
}

/** Thrown where content is loaded at build time: the message lists every problem, formatted. */
export class ContentProblems extends Error {
  readonly problems: readonly Problem[];
  constructor(kind: string, problems: readonly Problem[]) {
    super(formatProblems(kind, problems));
    this.name = 'ContentProblems';
    this.problems = problems;
  }
}

/** zod's wording turned into what to do; `found` is the value in the file. */
function advice(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? `missing: add it (${issue.expected})`
        : `expected ${issue.expected}, found ${JSON.stringify(found)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${JSON.stringify(found)}`;
    case 'unrecognized_keys':
      return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove it`;
    case 'invalid_key':
      return `the key is not valid: ${issue.issues.map((i) => i.message).join('; ')}`;
    case 'invalid_union': {
      // A union of literals (difficulty: 1 | 2 | 3): list what is allowed.
      const values = issue.errors.flat().flatMap((i) => (i.code === 'invalid_value' ? i.values : []));
      return values.length > 0
        ? `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}, found ${JSON.stringify(found)}`
        : `not a valid value here, found ${JSON.stringify(found)}`;
    }
    default:
      return issue.message;
  }
}

/** The value at a path of parsed data, own keys only (a key named "constructor" is not found). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, k) =>
      typeof v === 'object' && v !== null && Object.hasOwn(v, k)
        ? (v as Record<PropertyKey, unknown>)[k]
        : undefined,
    data,
  );
}

/**
 * Problems from a zod result, each with its line and advice; an unknown field is reported on
 * its own line and path, an invalid record key on the key.
 */
export function zodProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  data: unknown,
  /** Where `data` sits in the file, when it is one part of it (an item of a list). */
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  return issues.map((issue) => {
    const path = [
      ...prefix,
      ...issue.path,
      ...(issue.code === 'unrecognized_keys' ? [issue.keys[0] ?? ''] : []),
    ];
    return {
      file,
      path: pathString(path),
      line: lineOf(path),
      message: advice(issue, valueAt(data, issue.path)),
    };
  });
}
