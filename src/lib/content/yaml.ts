import {
  LineCounter,
  parseDocument,
  visit,
  isAlias,
  isMap,
  isNode,
  isScalar,
  type Document,
} from 'yaml';

/**
 * Reading an author's YAML file (scenarios, quiz, guidelines) with the parser's limits on, so a
 * hostile or broken file becomes a problem with its file and line like any other, never an
 * exception that hides the other files' problems.
 */

/** A file larger than this is refused unread (the largest scenario today is about 40 KB). */
export const MAX_YAML_BYTES = 512 * 1024;
/** How many times aliases may be expanded in one file (the parser's own limit). */
export const MAX_YAML_ALIASES = 100;

export interface YamlProblem {
  /** 1-based line, when one is known. */
  line?: number | undefined;
  message: string;
}

export interface ReadYaml {
  /** The parsed data; undefined when there were problems. */
  value?: unknown;
  /** The line of the node at a path inside the file (or of its nearest parent). */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  problems: YamlProblem[];
}

const none = () => undefined;

/** Parses one YAML file with size and alias limits; never throws. */
export function readYaml(source: string): ReadYaml {
  const bytes = new TextEncoder().encode(source).length;
  if (bytes > MAX_YAML_BYTES) {
    return {
      lineOf: none,
      problems: [
        {
          message: `the file is ${Math.ceil(bytes / 1024)} KB, more than the ${MAX_YAML_BYTES / 1024} KB a file may have: split it or shorten it`,
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    return { lineOf: none, problems: [{ message: `not valid YAML: ${(error as Error).message}` }] };
  }
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return {
      lineOf: none,
      problems: doc.errors.map((e) => ({
        line: e.linePos?.[0].line,
        message: `not valid YAML: ${e.message.split('\n')[0] ?? ''}`,
      })),
    };
  }

  // Aliases: each must name an anchor set before it (the parser would throw otherwise).
  const problems: YamlProblem[] = [];
  const anchors = new Set<string>();
  let firstAlias: number | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      firstAlias ??= lineAt(node.range?.[0]);
      if (!anchors.has(node.source))
        problems.push({
          line: lineAt(node.range?.[0]),
          message: `the alias *${node.source} names no anchor: set &${node.source} on an earlier value, or write the value out`,
        });
    } else if (isNode(node) && node.anchor) anchors.add(node.anchor);
  });
  if (problems.length > 0) return { lineOf: none, problems };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    const message = (error as Error).message;
    return {
      lineOf: none,
      problems: [
        {
          line: firstAlias,
          message: /alias count/i.test(message)
            ? `aliases expand to too much data (more than ${MAX_YAML_ALIASES} expansions, as in an "alias bomb"): write the values out instead of nesting aliases`
            : `cannot read the YAML: ${message}`,
        },
      ],
    };
  }
  // The line of a field is the line of its key ("options:"), not of its value, which for a
  // block list or map starts on the next line.
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const parent = n > 0 ? doc.getIn(path.slice(0, n - 1) as (string | number)[], true) : undefined;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[n - 1]);
        if (pair && isNode(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
      }
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  return { value, lineOf, problems: [] };
}
