import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Importer } from '../../src/lib/drill/importer';
import { checkLrsRun } from '../../src/lib/drill/lrs-runs';
import { drillHash } from '../../src/lib/drill/plan';
import { authFromKey, keyFromAuth, planProblems } from '../../src/lib/drill/plan-problems';
import { emptySeen } from '../../src/lib/drill/results';
import { fixturePlan, runs } from '../fixtures/drill/runs';
import { fullPlan } from '../fixtures/drill/plans';

const read = (name: string) => readFileSync(`tests/fixtures/drill/results/${name}`, 'utf8');

describe('dashboard importer', () => {
  it('imports many files concurrently with the same messages as one by one', async () => {
    const names = ['anna.json', 'tampered.json', 'anna-copy.json', 'ben.json', 'foreign.json'];
    const together = new Importer();
    await together.addFiles(names.map((n) => ({ source: n, text: Promise.resolve(read(n)) })));
    const alone = new Importer();
    for (const n of names) await alone.addFile(n, read(n));
    expect(together.messages).toEqual(alone.messages);
    expect(together.messages.map((m) => m.problem ?? 'ok')).toEqual([
      'ok',
      'tampered',
      'duplicate',
      'ok',
      'foreign',
    ]);
    expect(together.drillFromResults).toBe(true);
    expect(together.drill?.name).toBe('Fixture drill');
    expect(together.runs.map((r) => r.trainee.name)).toEqual(['Anna Adler', 'Ben <b>Bold</b>']);
  });

  it('checks runs from an LRS against the drill and what is imported', async () => {
    const hash = await drillHash(fixturePlan);
    const seen = emptySeen();
    const anna = runs[0]!.content;
    const run = {
      run: anna.run,
      drillHash: hash,
      trainee: anna.trainee,
      startedAt: anna.startedAt,
      finishedAt: anna.finishedAt,
      decisions: anna.decisions,
      summary: anna.summary as unknown,
    };
    expect(checkLrsRun(run, seen, hash).ok).toBe(true);
    expect(checkLrsRun(run, seen, hash)).toMatchObject({ ok: false, problem: 'duplicate' });
    expect(checkLrsRun({ ...run, run: 'x' }, emptySeen(), 'f'.repeat(64))).toMatchObject({
      problem: 'foreign',
    });
    expect(checkLrsRun({ ...run, summary: undefined }, emptySeen(), hash)).toMatchObject({
      problem: 'unfinished',
    });
    const broken = checkLrsRun({ ...run, decisions: [{ scenario: 1 }] }, emptySeen(), hash);
    expect(broken).toMatchObject({ ok: false, problem: 'invalid' });
  });
});

describe('builder checks', () => {
  it('words an unfinished plan as codes the page translates', () => {
    expect(planProblems(fullPlan())).toEqual([]);
    expect(
      planProblems(
        fullPlan({
          name: ' ',
          scenarios: [],
          decisionSeconds: 5,
          lrs: { endpoint: 'x', auth: '' },
        }),
      ),
    ).toEqual([
      { code: 'needName' },
      { code: 'needScenario' },
      { code: 'badNumber', field: 'decisionSeconds', min: 15, max: 900 },
      { code: 'badEndpoint' },
      { code: 'badKey' },
    ]);
  });

  it('turns key:secret into a Basic header and back', () => {
    expect(authFromKey(' writer:s3cret ')).toBe(`Basic ${btoa('writer:s3cret')}`);
    expect(keyFromAuth(authFromKey('wrïter:s3cret'))).toBe('wrïter:s3cret');
    expect(authFromKey('no-colon')).toBe('');
    expect(keyFromAuth('Bearer x')).toBe('');
  });
});
