import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { scoreReply } from '../../src/lib/scoring';
import { loadScenario } from '../../src/lib/sim/check';
import { restoreSimulation, snapshotFits, startSimulation } from '../../src/lib/sim/driver';
import { gameView } from '../../src/lib/sim-ui/to-view';

const file = 'tests/fixtures/scenarios/valid/minimal.yaml';
const scenario = loadScenario(file, readFileSync(file, 'utf8')).scenario!;
const options = { lang: 'en' as const, scorer: scoreReply, agentName: 'Lena' };

describe('simulation driver', () => {
  it('scores an action with the scenario facts and the simulated clock, then moves on', () => {
    const sim = startSimulation(scenario, options);
    sim.advance(30);
    sim.act({
      type: 'reply',
      channel: 'public',
      text: 'Hi Max, yes – Saturdays from 9 am to 4 pm. Best, Lena',
    });
    const snap = sim.actor.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.context.beat).toBe('answered');
    const decision = snap.context.decisions[0]!;
    expect(decision.at).toBe(10 * 60 + 30);
    expect(decision.evaluation).toEqual(
      scoreReply(
        {
          lang: 'en',
          kind: 'question',
          platform: 'facebook',
          customerName: 'Max Muster',
          post: 'Are you open on Saturdays?',
          companyAtFault: false,
          privateDataNeeded: false,
          netiquetteViolated: false,
          onOwnProfile: true,
          responseMinutes: 30,
          agentName: 'Lena',
        },
        { channel: 'public', reply: 'Hi Max, yes – Saturdays from 9 am to 4 pm. Best, Lena' },
      ),
    );
    const view = gameView(scenario, snap, 'en', en.sim, 'Lena');
    expect(view.ending).toMatchObject({ id: 'answered', outcome: 'good' });
    expect(view.feed.map((f) => f.from)).toEqual(['customer', 'agent']);
  });

  it('records the silence when time runs out and scores it', () => {
    const sim = startSimulation(scenario, options);
    sim.advance(1500);
    const snap = sim.actor.getSnapshot();
    expect(snap.context.beat).toBe('unclear');
    expect(snap.context.decisions[0]?.action.type).toBe('none');
    expect(snap.context.decisions[0]?.evaluation?.overall).toBeLessThan(60);
  });

  it('keeps user text as plain text, never markup', () => {
    const sim = startSimulation(scenario, options);
    const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    sim.act({ type: 'reply', channel: 'public', text: html });
    expect(gameView(scenario, sim.actor.getSnapshot(), 'en', en.sim).feed.at(-1)?.text).toBe(html);
  });

  it('resumes from a persisted snapshot and rejects one that no longer fits', () => {
    const sim = startSimulation(scenario, options);
    sim.advance(20);
    const saved = JSON.parse(JSON.stringify(sim.persist())) as Record<string, unknown>;
    const resumed = restoreSimulation(scenario, saved, options);
    expect(resumed?.actor.getSnapshot().context.now).toBe(10 * 60 + 20);
    expect(snapshotFits(scenario, { ...saved, value: 'no-such-beat' })).toBe(false);
    expect(snapshotFits(scenario, null)).toBe(false);
    expect(
      snapshotFits(scenario, { ...saved, context: { ...(saved.context as object), feed: 'x' } }),
    ).toBe(false);
    expect(restoreSimulation(scenario, { value: 'ask' }, options)).toBeUndefined();
  });
});
