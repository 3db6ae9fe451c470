import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { scoreReply } from '../../src/lib/scoring';
import { loadScenario } from '../../src/lib/sim/check';
import { restoreSimulation, snapshotFits, startSimulation } from '../../src/lib/sim/driver';
import { driverOptions } from '../../src/lib/sim/options';
import { scenario as schema } from '../../src/lib/sim/schema';
import { gameView } from '../../src/lib/sim-ui/to-view';

const file = 'tests/fixtures/scenarios/valid/minimal.yaml';
const scenario = loadScenario(file, readFileSync(file, 'utf8')).scenario!;
const options = driverOptions({ lang: 'en', agentName: 'Lena' });

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

  it('passes the trainee name and the picked channel to the scorer: the hints the trainee sees are the debrief’s', () => {
    const named = startSimulation(scenario, driverOptions({ lang: 'en', agentName: '  Kim ' }));
    const reply = 'Hi Max, yes – Saturdays from 9 am to 4 pm. Best, Kim';
    const signed = (sim: typeof named) =>
      sim.hints(reply, 'public', 'question').some((f) => f.code === 'personalization.sign-off');
    expect(signed(named)).toBe(true);
    expect(signed(startSimulation(scenario, driverOptions({ lang: 'en' })))).toBe(false);
    // A private answer to a simple question is a detour, and the hints say so.
    const codes = (channel: 'public' | 'private') =>
      named.hints(reply, channel, 'question').map((f) => f.code);
    expect(codes('public')).toContain('channel.answered-in-thread');
    expect(codes('private')).not.toContain('channel.answered-in-thread');
  });

  it('fills {agent} with the trainee name, or the default name when none is given', () => {
    const withName = startSimulation(scenario, driverOptions({ lang: 'en', agentName: 'Kim' }));
    const option = withName.scenario.beats.ask?.decision?.options[0]?.text?.en ?? '';
    expect(option).toMatch(/Best, Lena$/);
    const raw = schema.parse({
      ...scenario,
      beats: {
        ...scenario.beats,
        ask: {
          ...scenario.beats.ask,
          decision: {
            ...scenario.beats.ask!.decision!,
            options: [
              { id: 'a', text: { de: 'Gruß, {agent}', en: 'Cheers, {agent}' } },
              { id: 'b', text: { de: 'Nein.', en: 'No.' } },
            ],
          },
        },
      },
    });
    const kim = startSimulation(raw, driverOptions({ lang: 'en', agentName: 'Kim' }));
    expect(kim.scenario.beats.ask?.decision?.options[0]?.text?.en).toBe('Cheers, Kim');
    const nobody = startSimulation(raw, driverOptions({ lang: 'en', agentName: ' ' }));
    expect(nobody.options.agentName).toBeUndefined();
    expect(nobody.scenario.beats.ask?.decision?.options[0]?.text?.en).toBe('Cheers, Lena');
  });

  it('escalating is a timed internal hand-off that leaves the post open', () => {
    const sim = startSimulation(scenario, options);
    const start = sim.actor.getSnapshot().context.now;
    sim.act({ type: 'escalate' });
    const snap = sim.actor.getSnapshot();
    expect(snap.status).toBe('active');
    expect(snap.context.beat).toBe('ask');
    expect(snap.context.now).toBe(start + scenario.escalateMinutes);
    expect(snap.context.decisions.map((d) => d.action.type)).toEqual(['escalate']);
    expect(snap.context.decisions[0]?.evaluation).toBeNull();
    expect(sim.open()).toEqual(['question']);
    expect(snap.context.feed.filter((m) => m.from === 'agent')).toEqual([]);
  });

  it('an escalation that outlasts the deadline is recorded as the silence it was', () => {
    const slow = schema.parse({ ...scenario, escalateMinutes: 1440 });
    const sim = startSimulation(slow, options);
    sim.act({ type: 'escalate' });
    const snap = sim.actor.getSnapshot();
    expect(snap.context.beat).toBe('unclear');
    expect(snap.context.decisions.map((d) => d.action.type)).toEqual(['escalate', 'none']);
    expect(snap.context.decisions[1]?.evaluation?.findings.map((f) => f.code)).toContain(
      'resolution.no-reply',
    );
  });

  it('refuses moves that are not possible: a closed post, hiding where nothing can be hidden', () => {
    const locked = schema.parse({
      ...scenario,
      beats: {
        ...scenario.beats,
        ask: {
          ...scenario.beats.ask,
          decision: { ...scenario.beats.ask!.decision!, canModerate: false },
        },
      },
    });
    const sim = startSimulation(locked, options);
    sim.act({ type: 'moderate', how: 'hide' });
    expect(sim.actor.getSnapshot().context.decisions).toEqual([]);
    sim.act({ type: 'reply', channel: 'public', text: 'Hi', target: 'no-such-post' });
    expect(sim.actor.getSnapshot().context.decisions).toEqual([]);
    expect(sim.actor.getSnapshot().context.beat).toBe('ask');
  });

  it('scores an action on a post with that post’s own facts', () => {
    const sim = startSimulation(
      schema.parse({
        ...scenario,
        facts: { netiquetteViolated: false },
        beats: {
          ...scenario.beats,
          ask: {
            ...scenario.beats.ask,
            messages: [
              { ...scenario.beats.ask!.messages[0]!, facts: { netiquetteViolated: true } },
            ],
          },
        },
      }),
      options,
    );
    sim.act({ type: 'moderate', how: 'hide' });
    const codes = sim.actor
      .getSnapshot()
      .context.decisions[0]?.evaluation?.findings.map((f) => f.code);
    expect(codes).toContain('channel.moderated-rule-breaker');
    expect(codes).not.toContain('channel.deleted-criticism');
  });
});
