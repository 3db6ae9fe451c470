/**
 * Writes the scorer's rules table (docs/scoring-rules.md) from the catalogue: every word rule
 * and every finding with its criterion, guideline and declared effect.
 * Usage: npm run scoring:rules   (tests/unit/scoring-rules-doc.test.ts fails when it is stale)
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  BASE,
  FINDINGS,
  RULE_NAMES,
  SITUATION_SCORES,
  STRONG_RULE_SCORE,
  WORD_RULES,
  type Effect,
  type FindingCode,
  type FindingSpec,
} from '../src/lib/scoring/catalog';
import { FINDING_CODES, RULE_DESCRIPTIONS } from '../src/lib/scoring/codes';
import { de } from '../src/lib/scoring/lang/de';
import { en } from '../src/lib/scoring/lang/en';

export const RULES_DOC = 'docs/scoring-rules.md';

function effectText(e: Effect): string {
  const parts: string[] = [];
  if (e.set !== undefined) parts.push(`sets ${e.set}`);
  if (e.add !== undefined) parts.push(e.add >= 0 ? `+${e.add}` : `−${-e.add}`);
  if (e.cap !== undefined) parts.push(`at most ${e.cap}`);
  return parts.length > 0 ? parts.join(', ') : 'explains';
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function rulesDoc(): string {
  const lines = [
    '# Scoring rules',
    '',
    'Generated from `src/lib/scoring/catalog.ts` by `npm run scoring:rules`; do not edit by hand.',
    'The analyzers (`src/lib/scoring/analyzers/`) decide whether a finding holds; its effect on',
    "the rule layer's score is declared in the catalogue and read from there. The learned layer",
    '(`model.ts`) then weighs that score with the rest of the evidence, within two bounds: a',
    '**decisive** issue never lets its dimension pass, a **sufficient** strength never lets it fail',
    '(unless a decisive issue is there too), and an **absence** issue (the rules found none of what',
    'the dimension asks for) is left out where the learned layer finds the dimension met, and a',
    '**verdict** strength (one that says the dimension is met) is left out where its score fails. The',
    'language packs (`src/lib/scoring/lang/`) hold',
    'only patterns, messages, examples and word lists.',
    '',
    '## Findings',
    '',
    '| code | criterion | type | bound | effect | variants | also caps | meaning |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const code of Object.keys(FINDINGS) as FindingCode[]) {
    const spec: FindingSpec = FINDINGS[code];
    const variants = Object.entries(spec.variants ?? {})
      .map(([k, e]) => `${k}: ${effectText(e)}`)
      .join('; ');
    const also = Object.entries(spec.alsoCaps ?? {})
      .map(([c, n]) => `${c} ≤ ${n}`)
      .join('; ');
    const bound = spec.decisive
      ? 'decisive'
      : spec.sufficient
        ? 'sufficient'
        : spec.absence
          ? 'absence'
          : spec.verdict
            ? 'verdict'
            : '';
    lines.push(
      `| \`${code}\` | ${spec.criterion} | ${spec.type} | ${bound} | ${effectText(spec.effect)} | ${variants} | ${also} | ${cell(FINDING_CODES[code])} |`,
    );
  }
  lines.push(
    '',
    '## Word rules',
    '',
    'Patterns per language; roles: signal (evidence for), penalty and cap (evidence against),',
    'cue (a building block of a structural check).',
    '',
    '| rule | criterion | role | scope | guideline | patterns de / en | finds |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const name of RULE_NAMES) {
    const r: (typeof WORD_RULES)[typeof name] & { scope?: readonly string[] } = WORD_RULES[name];
    lines.push(
      `| \`${name}\` | ${r.criterion} | ${r.role} | ${r.scope?.join(', ') ?? 'all'} | \`${r.guideline}\` | ${de.patterns[name].length} / ${en.patterns[name].length} | ${cell(RULE_DESCRIPTIONS[name])} |`,
    );
  }
  lines.push(
    '',
    '## Starting scores',
    '',
    '```json',
    JSON.stringify({ BASE, SITUATION_SCORES, STRONG_RULE_SCORE }, null, 2),
    '```',
    '',
  );
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(RULES_DOC, rulesDoc());
  process.stdout.write(`${RULES_DOC} written\n`);
}
