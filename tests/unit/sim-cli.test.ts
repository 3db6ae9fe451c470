import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The author's command line: npm run scenarios:check, as the build runs it. */
const check = (...files: string[]) =>
  spawnSync('npm', ['run', '--silent', 'scenarios:check', '--', ...files], { encoding: 'utf8' });

describe('npm run scenarios:check', () => {
  it('passes a valid file, walkthroughs included', () => {
    const result = check('tests/fixtures/scenarios/valid/minimal.yaml');
    expect(result.stdout).toContain('1 scenario file(s).');
    expect(result.status).toBe(0);
  }, 30_000);

  it('exits 1 and names file, line and path for every broken file', () => {
    const result = check(
      'tests/fixtures/scenarios/invalid/unknown-beat.yaml',
      'tests/fixtures/scenarios/invalid/missing-language.yaml',
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'tests/fixtures/scenarios/invalid/unknown-beat.yaml:30  beats.ask.decision.onAct[0].to: no beat "answerd"',
    );
    expect(result.stderr).toContain(
      'tests/fixtures/scenarios/invalid/missing-language.yaml:12  title: the en text is missing',
    );
  }, 30_000);

  it('reports an alias bomb, an undefined alias and a normal error together, without a stack trace', () => {
    const result = check(
      'tests/fixtures/scenarios/invalid/alias-bomb.yaml',
      'tests/fixtures/scenarios/invalid/undefined-alias.yaml',
      'tests/fixtures/scenarios/invalid/unknown-beat.yaml',
      'tests/fixtures/scenarios/valid/minimal.yaml',
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('4 problem(s) in the scenarios');
    expect(result.stderr).toContain(
      'tests/fixtures/scenarios/invalid/alias-bomb.yaml:3  (file): aliases expand',
    );
    expect(result.stderr).toContain(
      'tests/fixtures/scenarios/invalid/undefined-alias.yaml:13  (file): the alias *short-summary names no anchor',
    );
    expect(result.stderr).toContain('unknown-beat.yaml:30');
    expect(result.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  }, 30_000);
});
