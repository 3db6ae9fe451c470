import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { resultsCsv, RESULTS_CSV_HEADER } from '../../src/lib/drill/csv';
import { drillHash } from '../../src/lib/drill/plan';
import {
  checkResults,
  emptySeen,
  resultsFileName,
  sealResults,
  summarize,
  type ResultsFile,
} from '../../src/lib/drill/results';
import { fixturePlan, runs } from '../fixtures/drill/runs';

const dir = 'tests/fixtures/drill/results/';
const read = (name: string) => readFileSync(dir + name, 'utf8');

describe('results file', () => {
  it('the fixtures were written from runs.ts with the current hash (regenerate with make-results.ts)', async () => {
    const anna = JSON.parse(read('anna.json')) as ResultsFile;
    expect(anna.drill.hash).toBe(await drillHash(fixturePlan));
    const { integrity: _i, ...content } = anna;
    expect(await sealResults(content)).toEqual(anna);
  });

  it('summarize gives the hand-computed summaries of the fixture runs', () => {
    for (const run of runs)
      expect(summarize(run.content.scenarios, fixturePlan.pass)).toEqual(run.content.summary);
  });

  it('takes good files and gives one reason for each bad one', async () => {
    const seen = emptySeen();
    const hash = await drillHash(fixturePlan);
    const outcome = async (name: string) => {
      const r = await checkResults(read(name), seen, hash);
      return r.ok ? 'ok' : r.problem;
    };
    expect(await outcome('anna.json')).toBe('ok');
    expect(await outcome('ben.json')).toBe('ok');
    expect(await outcome('anna-copy.json')).toBe('duplicate');
    expect(await outcome('tampered.json')).toBe('tampered');
    expect(await outcome('foreign.json')).toBe('foreign');
    expect(await outcome('truncated.json')).toBe('malformed');
    expect(await outcome('drill.json')).toBe('not-results');
    expect(await outcome('cara.json')).toBe('ok');
    expect(seen.runs.size).toBe(3);
  });

  it('names schema problems, an outdated version, and a duplicate run under a new hash', async () => {
    const anna = JSON.parse(read('anna.json')) as ResultsFile;
    const broken = { ...anna, decisions: [{ ...anna.decisions[0], latencyMs: -1 }] };
    const r = await checkResults(JSON.stringify(broken), emptySeen());
    expect(r).toEqual({
      ok: false,
      problem: 'invalid',
      details: ['decisions.0.latencyMs: must be at least 0'],
    });
    expect(await checkResults(JSON.stringify({ ...anna, v: 0 }), emptySeen())).toMatchObject({
      problem: 'outdated',
    });
    expect(await checkResults(JSON.stringify({ ...anna, v: 2 }), emptySeen())).toMatchObject({
      problem: 'newer',
    });
    // The same run re-sealed with another finish time is still the same run.
    const { integrity: _i, ...content } = anna;
    const again = await sealResults({ ...content, finishedAt: '2026-12-01T10:00:00.000Z' });
    const seen = emptySeen();
    expect((await checkResults(read('anna.json'), seen)).ok).toBe(true);
    expect(await checkResults(JSON.stringify(again), seen)).toMatchObject({ problem: 'duplicate' });
  });

  it('suggests a safe file name', () => {
    const anna = JSON.parse(read('anna.json')) as ResultsFile;
    expect(resultsFileName({ ...anna, trainee: { name: '../../Ünal <x>', kind: 'name' } })).toBe(
      'drill-Fixture-drill-Unal-x-2026-12-01.json',
    );
  });
});

describe('results CSV', () => {
  it('has one row per decision, neutralises formulas and keeps HTML as text', () => {
    const files = ['anna.json', 'ben.json', 'cara.json'].map(
      (n) => JSON.parse(read(n)) as ResultsFile,
    );
    const csv = resultsCsv(files);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(6);
    expect(Object.keys(rows[0]!)).toEqual([...RESULTS_CSV_HEADER]);
    const ben = rows.filter((r) => r.trainee === 'Ben <b>Bold</b>');
    expect(ben[0]!.text!.startsWith("'=HYPERLINK")).toBe(true);
    expect(ben[1]).toMatchObject({
      timed_out: 'yes',
      action: 'none',
      score_tone: '',
      findings: 'resolution.no-reply channel.ignored timing.late',
    });
  });
});
