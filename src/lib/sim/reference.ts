import { z } from 'zod';
import { FINDING_CODES } from '../scoring/codes';
import { CLAIMS } from './claims';
import { effect, guard, OUTCOMES, scenario, step } from './schema';

/** The JSON Schema of a scenario file, for editors (yaml-language-server). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenario, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://replylab.example/scenario.schema.json',
    title: 'ReplyLab scenario',
    description: 'One simulator scenario. Reference: scenarios/README.md',
  };
}

interface JsonNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  additionalProperties?: JsonNode | boolean;
  enum?: unknown[];
  anyOf?: JsonNode[];
  oneOf?: JsonNode[];
  const?: unknown;
  default?: unknown;
}

function typeOf(node: JsonNode): string {
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.anyOf ?? node.oneOf) return 'one of several forms (see below)';
  if (node.type === 'array') return `list of ${node.items ? typeOf(node.items) : 'items'}`;
  if (
    node.type === 'object' &&
    node.additionalProperties &&
    typeof node.additionalProperties === 'object'
  ) {
    return node.properties ? 'object' : `map of ${typeOf(node.additionalProperties)}`;
  }
  return Array.isArray(node.type) ? node.type.join(' \\| ') : (node.type ?? 'any');
}

/** Field reference rows, one per path, walking the JSON Schema. */
function rows(node: JsonNode, path: string, out: string[], depth = 0): void {
  if (depth > 7) return;
  const props = node.properties ?? {};
  for (const [key, child] of Object.entries(props)) {
    const p = path ? `${path}.${key}` : key;
    const required = node.required?.includes(key) && child.default === undefined ? 'yes' : '';
    const desc = (child.description ?? '').replace(/\n/g, ' ');
    out.push(`| \`${p}\` | ${typeOf(child)} | ${required} | ${desc} |`);
    const inner = child.type === 'array' ? child.items : child;
    if (inner?.properties) rows(inner, child.type === 'array' ? `${p}[]` : p, out, depth + 1);
    else if (
      inner?.additionalProperties &&
      typeof inner.additionalProperties === 'object' &&
      inner.additionalProperties.properties
    ) {
      rows(inner.additionalProperties, `${p}.<id>`, out, depth + 1);
    }
  }
}

/** The reference section of scenarios/README.md: fields, guards, effects, outcomes, codes. */
export function renderReference(): string {
  const json = z.toJSONSchema(scenario, { io: 'input', unrepresentable: 'any' }) as JsonNode;
  const fieldRows: string[] = [];
  rows(json, '', fieldRows);
  const guards = guard.options.map((o) => {
    const shape = o.shape;
    // Params with a default ({}) are wrapped; look inside for their keys.
    const inner = shape.params as unknown as { shape?: object; unwrap?: () => { shape: object } };
    const params = Object.keys(inner.shape ?? inner.unwrap?.().shape ?? {});
    return `| \`${shape.type.value}\` | ${params.map((p) => `\`${p}\``).join(', ') || '—'} | ${shape.type.description ?? ''} |`;
  });
  const effects = effect.options.map((o) => {
    const params = Object.keys(o.shape.params.shape);
    return `| \`${o.shape.type.value}\` | ${params.map((p) => `\`${p}\``).join(', ')} | ${o.shape.type.description ?? ''} |`;
  });
  const steps = step.options.map((o) => {
    const [key, ...rest] = Object.entries(o.shape) as [string, { description?: string }][];
    const extra = rest.map(([k]) => `\`${k}\``).join(', ');
    return `| \`${key?.[0] ?? ''}\` | ${extra || '—'} | ${key?.[1].description ?? ''} |`;
  });
  const outcomes = Object.entries(OUTCOMES).map(([o, c]) => `| \`${o}\` | ${c} |`);
  const claims = Object.entries(CLAIMS).map(([claim, { means }]) => `| \`${claim}\` | ${means} |`);
  const codes = Object.entries(FINDING_CODES).map(([code, what]) => `| \`${code}\` | ${what} |`);
  return [
    '### Fields',
    '',
    '| field | type | required | meaning |',
    '| --- | --- | --- | --- |',
    ...fieldRows,
    '',
    '### Guards (`when`)',
    '',
    '| type | params | meaning |',
    '| --- | --- | --- |',
    ...guards,
    '',
    '### Effects (`do`)',
    '',
    '| type | params | meaning |',
    '| --- | --- | --- |',
    ...effects,
    '',
    '### Walkthrough steps (`walkthroughs[].steps`)',
    '',
    'Each step is a map with one of these keys (plus the optional fields listed).',
    '',
    '| step | optional fields | meaning |',
    '| --- | --- | --- |',
    ...steps,
    '',
    '### Outcomes (`ending.outcome`)',
    '',
    '| outcome | class |',
    '| --- | --- |',
    ...outcomes,
    '',
    '### Claims (`ending.claims`)',
    '',
    "What an ending's text asserts about the play. The model tests check every claim on every path that reaches the ending; moves count over the whole play, findings over every action the scorer judged.",
    '',
    '| claim | holds when |',
    '| --- | --- |',
    ...claims,
    '',
    '### Finding codes (for `hasFinding` / `lacksFinding`)',
    '',
    '| code | meaning |',
    '| --- | --- |',
    ...codes,
    '',
  ].join('\n');
}
