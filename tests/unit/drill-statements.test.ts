import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import {
  decisionStatement,
  drillActivityId,
  EXT,
  isoDuration,
  lifecycleStatement,
  runsFromStatements,
  VERBS,
  type RunContext,
} from '../../src/lib/drill/statements';
import { fixturePlan, runs } from '../fixtures/drill/runs';

const ben = runs[1]!.content;
const ctx: RunContext = {
  plan: fixturePlan,
  drillHash: 'a'.repeat(64),
  run: ben.run,
  trainee: ben.trainee,
  homePage: 'https://replylab.example',
};
let n = 0;
const meta = () => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  timestamp: new Date(Date.UTC(2026, 11, 1, 9, 0, n)).toISOString(),
});

function allStatements() {
  return [
    lifecycleStatement('initialized', ctx, meta()),
    ...ben.decisions.map((d) => decisionStatement(ctx, d, meta())),
    lifecycleStatement('completed', ctx, { ...meta(), durationMs: 360_000 }),
    lifecycleStatement('failed', ctx, { ...meta(), summary: ben.summary, durationMs: 360_000 }),
  ];
}

describe('drill xAPI statements', () => {
  it('every statement passes @learninglocker/xapi-validation', () => {
    for (const s of allStatements())
      expect(validateStatement(s), JSON.stringify(s.verb)).toEqual([]);
    const passed = lifecycleStatement('passed', ctx, {
      ...meta(),
      summary: runs[0]!.content.summary,
    });
    expect(validateStatement(passed)).toEqual([]);
  });

  it('a decision carries score, dimensions, latency, channel, findings and the registration', () => {
    const s = decisionStatement(ctx, ben.decisions[0]!, meta()) as {
      result: {
        score: { scaled: number };
        response: string;
        duration: string;
        extensions: Record<string, unknown>;
      };
      context: { registration: string; contextActivities: { parent: { id: string }[] } };
    };
    expect(s.result.score.scaled).toBe(0.4);
    expect(s.result.response).toBe(ben.decisions[0]!.text);
    expect(s.result.duration).toBe('PT75S');
    expect(s.result.extensions[EXT.dimensions]).toEqual({
      timing: 100,
      tone: 30,
      empathy: 20,
      personalization: 40,
      resolution: 50,
      channel: 60,
    });
    expect(s.result.extensions[EXT.latencyMs]).toBe(75000);
    expect(s.result.extensions[EXT.channel]).toBe('public');
    expect(s.result.extensions[EXT.findings]).toEqual(['tone.sarcasm', 'empathy.missing-apology']);
    expect(s.context.registration).toBe(ben.run);
    expect(s.context.contextActivities.parent[0]!.id).toBe(drillActivityId(fixturePlan.id));
    // A time-out: no tone, empathy or personalization score to report.
    const t = decisionStatement(ctx, ben.decisions[1]!, meta()) as {
      result: { extensions: Record<string, unknown> };
    };
    expect(t.result.extensions[EXT.dimensions]).toEqual({ timing: 0, resolution: 0, channel: 20 });
  });

  it('a broken statement is caught by the validator (the check is not vacuous)', () => {
    const s = decisionStatement(ctx, ben.decisions[0]!, meta()) as {
      context: { registration: string };
    };
    s.context.registration = 'run-1';
    expect(validateStatement(s).length).toBeGreaterThan(0);
  });

  it('formats durations', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1234)).toBe('PT1.23S');
    expect(isoDuration(90000)).toBe('PT90S');
  });

  it('rebuilds runs from statements, ignoring other drills and repeated statements', () => {
    const mine = allStatements();
    const other = lifecycleStatement(
      'initialized',
      {
        ...ctx,
        plan: { ...fixturePlan, id: 'otherDrill0001' },
        run: '9'.repeat(8) + '-0000-4000-8000-000000000000',
      },
      meta(),
    );
    const started = mine[0]!.timestamp;
    const got = runsFromStatements([...[...mine].reverse(), mine[0]!, other], fixturePlan.id);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      run: ben.run,
      drillHash: 'a'.repeat(64),
      trainee: ben.trainee,
      summary: ben.summary,
    });
    expect(got[0]!.decisions).toEqual(ben.decisions);
    expect(got[0]!.startedAt).toBe(started);
    expect(VERBS.responded).toBe('http://adlnet.gov/expapi/verbs/responded');
  });

  it('in a live run: the room’s registration, and one run per trainee account', () => {
    const room = '6f1e2d3c-4b5a-8a69-9788-a6b5c4d3e2f1';
    const other = '22222222-2222-4222-8222-222222222222';
    const a = lifecycleStatement('initialized', { ...ctx, registration: room }, meta());
    const b = lifecycleStatement(
      'initialized',
      { ...ctx, run: other, trainee: { name: 'Ben', kind: 'pseudonym' }, registration: room },
      meta(),
    );
    expect(a.context).toMatchObject({ registration: room });
    expect(a.actor).toMatchObject({ account: { name: ben.run } });
    const got = runsFromStatements([a, b], fixturePlan.id);
    expect(got.map((r) => [r.run, r.trainee.name])).toEqual([
      [ben.run, ben.trainee.name],
      [other, 'Ben'],
    ]);
  });
});
