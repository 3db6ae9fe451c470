import { describe, expect, it } from 'vitest';
import '../../src/lib/scoring';
import {
  decisionEntry,
  resultsContent,
  runContext,
  scenarioEntry,
} from '../../src/lib/drill/entry';
import { drillHash } from '../../src/lib/drill/plan';
import {
  checkResults,
  emptySeen,
  sealResults,
  resultsContent as contentSchema,
} from '../../src/lib/drill/results';
import { startSimulation } from '../../src/lib/sim/driver';
import { loadScenarioFile } from '../../src/lib/sim/load-node';
import { driverOptions } from '../../src/lib/sim/options';
import { fixturePlan } from '../fixtures/drill/runs';

const scenario = loadScenarioFile('scenarios/product-question-simple.yaml').scenario!;
const options = driverOptions({ lang: 'en', agentName: 'Anna' });

describe('results entries from the engine', () => {
  it('turns a reply into a decision entry with the scorer’s scores and findings', () => {
    const sim = startSimulation(scenario, options);
    sim.advance(20);
    sim.act({
      type: 'reply',
      channel: 'public',
      text: 'Hi Lukas, yes: at 30 °C on the delicate cycle. Best wishes, Anna',
      optionId: 'a',
    });
    const snap = sim.actor.getSnapshot();
    const record = snap.context.decisions[0]!;
    const entry = decisionEntry(sim.scenario, snap.context, record, {
      latencyMs: 12345.6,
      timedOut: false,
    });
    expect(entry).toMatchObject({
      scenario: 'product-question-simple',
      beat: 'post',
      target: 'question',
      kind: 'question',
      action: 'reply',
      channel: 'public',
      optionId: 'a',
      latencyMs: 12346,
      timedOut: false,
      responseMinutes: 20,
      overall: record.evaluation!.overall,
    });
    expect(entry.scores).toEqual(record.evaluation!.scores);
    expect(entry.findings.map((f) => f.code)).toEqual(
      record.evaluation!.findings.map((f) => f.code),
    );
    expect(entry.findings.every((f) => f.lesson.length > 0)).toBe(true);

    const result = scenarioEntry(
      sim.scenario,
      snap.context,
      snap.status === 'done' ? (snap.value as string) : undefined,
    );
    expect(result.scenario).toBe('product-question-simple');
    expect(result.overall).toBe(record.evaluation!.overall);
  });

  it('records a time-out through the engine as no reply, and an unfinished scenario as bad', () => {
    const sim = startSimulation(scenario, options);
    sim.advance(3000);
    const snap = sim.actor.getSnapshot();
    const record = snap.context.decisions.at(-1)!;
    expect(record.action.type).toBe('none');
    const entry = decisionEntry(sim.scenario, snap.context, record, {
      latencyMs: 90000,
      timedOut: true,
    });
    expect(entry).toMatchObject({ action: 'none', channel: 'none', text: '', timedOut: true });
    expect(entry.responseMinutes).toBeGreaterThanOrEqual(1440);
    expect(entry.findings.some((f) => f.type === 'issue')).toBe(true);
    const fresh = startSimulation(scenario, options);
    expect(
      scenarioEntry(fresh.scenario, fresh.actor.getSnapshot().context, undefined),
    ).toMatchObject({ ending: 'unfinished', outcome: 'bad', overall: 0 });
  });

  it('builds a results file the dashboard accepts', async () => {
    const sim = startSimulation(scenario, options);
    sim.act({
      type: 'reply',
      channel: 'public',
      text: 'Hi Lukas, yes, at 30 °C. Best wishes, Anna',
    });
    const snap = sim.actor.getSnapshot();
    const plan = { ...fixturePlan, scenarios: ['product-question-simple'] };
    const content = await resultsContent({
      plan,
      run: '4fa0c8e2-5b71-4293-8edf-4a5b6c7d8e9f',
      trainee: { name: '  Anna ' },
      startedAt: new Date('2026-12-01T09:00:00Z'),
      finishedAt: new Date('2026-12-01T09:01:00Z'),
      decisions: snap.context.decisions.map((d) =>
        decisionEntry(sim.scenario, snap.context, d, { latencyMs: 5000, timedOut: false }),
      ),
      scenarios: [scenarioEntry(sim.scenario, snap.context, snap.value as string)],
    });
    expect(contentSchema.safeParse(content).success).toBe(true);
    expect(content.trainee).toEqual({ name: 'Anna', kind: 'name' });
    const sealed = await sealResults(content);
    const checked = await checkResults(JSON.stringify(sealed), emptySeen(), await drillHash(plan));
    expect(checked.ok).toBe(true);
  });

  it('builds the run context every statement shares', async () => {
    const ctx = await runContext(
      { ...fixturePlan, names: 'pseudonym' },
      '4fa0c8e2-5b71-4293-8edf-4a5b6c7d8e9f',
      ' Fox ',
      'https://replylab.example',
    );
    expect(ctx).toMatchObject({
      run: '4fa0c8e2-5b71-4293-8edf-4a5b6c7d8e9f',
      trainee: { name: 'Fox', kind: 'pseudonym' },
      homePage: 'https://replylab.example',
    });
    expect(ctx.drillHash).toBe(await drillHash({ ...fixturePlan, names: 'pseudonym' }));
  });
});
