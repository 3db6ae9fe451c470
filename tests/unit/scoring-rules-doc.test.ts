/** The rules table in docs/ is generated from the catalogue and must not go stale. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { RULES_DOC, rulesDoc } from '../../scripts/gen-scoring-rules';

it('docs/scoring-rules.md matches the catalogue (run npm run scoring:rules)', () => {
  expect(readFileSync(RULES_DOC, 'utf8')).toBe(rulesDoc());
});
