import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidelines } from '../../src/lib/guidelines';
import { formatProblem, loadScenario } from '../../src/lib/sim/check';
import { scenarioPaths } from '../../src/lib/sim/load-node';

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

describe('author files beyond the schema', () => {
  it('an oversized file is refused unread, with its size', () => {
    const big = `# padding\n${'#'.repeat(600 * 1024)}\n${readFileSync(join(dir, 'valid/minimal.yaml'), 'utf8')}`;
    const { scenario, problems } = loadScenario('scenarios/big.yaml', big, known);
    expect(scenario).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'scenarios/big.yaml  (file): the file is 602 KB, more than the 512 KB a file may have: split it or shorten it',
    ]);
  });

  it('a scenario saved as .yml is checked like .yaml (its id must match the name)', () => {
    const text = readFileSync(join(dir, 'valid/minimal.yaml'), 'utf8');
    expect(loadScenario('scenarios/minimal.yml', text, known).problems).toEqual([]);
    expect(loadScenario('scenarios/other.yml', text, known).problems.map(formatProblem)).toEqual([
      'scenarios/other.yml:1  id: the id "minimal" must equal the file name "other"',
    ]);
  });

  it('the site and the check list the same files: *.yaml and *.yml', () => {
    const source = readFileSync('src/components/scenarios/load.ts', 'utf8');
    expect(source).toContain("'../../../scenarios/*.{yaml,yml}'");
    expect(scenarioPaths('tests/fixtures/scenarios/valid')).toEqual([
      'tests/fixtures/scenarios/valid/german-only.yaml',
      'tests/fixtures/scenarios/valid/minimal.yaml',
    ]);
  });
});
