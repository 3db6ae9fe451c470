import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReference, scenarioJsonSchema } from '../../src/lib/sim/reference';

describe('generated scenario schema and reference', () => {
  it('scenarios/scenario.schema.json is up to date (npm run scenarios:schema)', () => {
    const committed: unknown = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it('the field reference in scenarios/README.md is up to date (npm run scenarios:schema)', () => {
    expect(readFileSync('scenarios/README.md', 'utf8')).toContain(renderReference());
  });
});
