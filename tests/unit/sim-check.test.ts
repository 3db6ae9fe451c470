import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidelines } from '../../src/lib/guidelines';
import { formatProblem, loadScenario } from '../../src/lib/sim/check';

const known = new Set(guidelines.map((g) => g.id));
const dir = 'tests/fixtures/scenarios';
const load = (file: string) => loadScenario(file, readFileSync(file, 'utf8'), known);

describe('scenario checks for authors', () => {
  it('accept a valid scenario', () => {
    const { scenario, problems } = load(join(dir, 'valid/minimal.yaml'));
    expect(problems).toEqual([]);
    expect(scenario?.id).toBe('minimal');
  });

  it('accept a file that declares only German, with German texts only', () => {
    const { scenario, problems } = load(join(dir, 'valid/german-only.yaml'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(scenario?.title).toEqual({ de: 'Öffnungszeiten' });
  });

  const invalid = readdirSync(join(dir, 'invalid'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  it('have a broken fixture for each kind of error', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of invalid) {
    it(`explain what is wrong in ${name}, with the file and the path`, () => {
      const file = join(dir, 'invalid', name);
      const { scenario, problems } = load(file);
      expect(scenario).toBeUndefined();
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect(formatProblem(p)).toContain(file);
      expect(problems.map(formatProblem).join('\n')).toMatchSnapshot();
    });
  }
});
