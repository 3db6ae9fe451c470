import { describe, expect, it } from 'vitest';
import {
  aggregate,
  distribution,
  normBand,
  sortRows,
  type RunData,
} from '../../src/lib/drill/aggregate';
import { fixturePlan, runs } from '../fixtures/drill/runs';

// Expected figures: tests/fixtures/drill/results/README.md (computed by hand).
const data: RunData[] = runs.map((r) => r.content);

describe('drill aggregation', () => {
  const a = aggregate(data, fixturePlan.pass);

  it('has a row per trainee with the drill summary', () => {
    expect(a.runs).toBe(3);
    expect(a.passRate).toBeCloseTo(1 / 3);
    expect(a.trainees.map((t) => [t.name, t.overall, t.passed, t.decisions, t.timeouts])).toEqual([
      ['Anna Adler', 85, true, 2, 0],
      ['Ben <b>Bold</b>', 25, false, 2, 1],
      ['Cara Cruz', 65, false, 2, 0],
    ]);
    expect(a.trainees[0]!.medianLatencyMs).toBe(25000);
  });

  it('distributes overall and dimension scores', () => {
    expect(a.overall).toMatchObject({ count: 3, mean: 58, median: 65, threshold: 60 });
    expect(a.overall.passRate).toBeCloseTo(2 / 3);
    expect(a.overall.bins).toEqual([0, 0, 1, 0, 0, 0, 1, 0, 1, 0]);
    expect(a.dimensions.timing).toMatchObject({ mean: 80, median: 90 });
    expect(a.dimensions.personalization).toMatchObject({ mean: 52, median: 40 });
    const rates = Object.fromEntries(
      Object.entries(a.dimensions).map(([c, d]) => [c, Math.round(d.passRate! * 3)]),
    );
    expect(rates).toEqual({
      timing: 2,
      tone: 2,
      empathy: 2,
      personalization: 1,
      resolution: 2,
      channel: 2,
    });
  });

  it('counts findings per scenario and the most frequent issues', () => {
    const parcel = a.findings.find((f) => f.scenario === 'parcel-late-facebook')!;
    expect(parcel.decisions).toBe(3);
    expect(parcel.findings[0]).toEqual({
      code: 'tone.sarcasm',
      type: 'issue',
      lesson: 'complaints',
      count: 2,
      share: 2 / 3,
    });
    expect(parcel.findings.slice(1).every((f) => f.count === 1)).toBe(true);
    const question = a.findings.find((f) => f.scenario === 'product-question-simple')!;
    expect(question.findings).toHaveLength(7);
    expect(a.topIssues.map((i) => [i.code, i.count])).toEqual([
      ['tone.sarcasm', 2],
      ['channel.ignored', 1],
      ['empathy.missing-apology', 1],
      ['personalization.missing-name', 1],
      ['resolution.no-reply', 1],
      ['timing.late', 1],
    ]);
  });

  it('puts response times against the norms', () => {
    expect(a.responseTimes.latencyBins).toEqual([1, 1, 1, 1, 0, 1, 0, 0]);
    expect(a.responseTimes.timeouts).toBe(1);
    expect(a.responseTimes.norms.complaint).toEqual({
      exemplary: 0,
      'in-time': 3,
      late: 0,
      'no-norm': 0,
    });
    expect(a.responseTimes.norms.question).toEqual({
      exemplary: 1,
      'in-time': 1,
      late: 1,
      'no-norm': 0,
    });
    expect(normBand('praise', 2880)).toBe('in-time');
    expect(normBand('praise', 2881)).toBe('late');
    expect(normBand('troll', 5)).toBe('no-norm');
  });

  it('filters by scenario, trainee and result', () => {
    const q = aggregate(data, fixturePlan.pass, {
      scenario: 'product-question-simple',
      trainee: '',
      result: '',
    });
    expect(q.trainees.map((t) => t.overall)).toEqual([90, 10, 60]);
    expect(q.findings.map((f) => f.scenario)).toEqual(['product-question-simple']);
    expect(
      aggregate(data, fixturePlan.pass, { scenario: '', trainee: 'CARA', result: '' }).runs,
    ).toBe(1);
    expect(
      aggregate(data, fixturePlan.pass, { scenario: '', trainee: '', result: 'failed' }).runs,
    ).toBe(2);
  });

  it('sorts rows, nulls last, ties by name', () => {
    expect(sortRows(a.trainees, 'overall', false).map((r) => r.overall)).toEqual([85, 65, 25]);
    expect(sortRows(a.trainees, 'name', true).map((r) => r.name[0])).toEqual(['A', 'B', 'C']);
    expect(sortRows(a.trainees, 'personalization', true).map((r) => r.name[0])).toEqual([
      'B',
      'C',
      'A',
    ]);
    const q = aggregate(data, fixturePlan.pass, {
      scenario: 'product-question-simple',
      trainee: '',
      result: '',
    });
    expect(sortRows(q.trainees, 'tone', true).map((r) => r.name[0])).toEqual(['C', 'A', 'B']);
    expect(sortRows(q.trainees, 'tone', false).map((r) => r.name[0])).toEqual(['A', 'C', 'B']);
  });

  it('handles no runs and the bin edges', () => {
    const empty = aggregate([], fixturePlan.pass);
    expect(empty.passRate).toBeNull();
    expect(empty.overall).toMatchObject({ count: 0, mean: null, median: null, passRate: null });
    expect(distribution([0, 9, 10, 99, 100], 60).bins).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 2]);
  });
});
